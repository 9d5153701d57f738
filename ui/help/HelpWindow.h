#pragma once

#include <QUrl>
#include <QWidget>

class QTextBrowser;

// The user manual, built into the program: a page per area with its tasks step by step
// and a screenshot, opened by F1 at the page the user is on. In Chinese, the users'
// language, whatever the interface's.
class HelpWindow final : public QWidget
{
    Q_OBJECT

public:
    explicit HelpWindow(QWidget *parent = nullptr);

    // The manual's page for a page of the program (MainWindow::pageIds()), or its
    // contents for anything else.
    static QUrl pageUrl(const QString &pageId);
    void showPage(const QString &pageId);
    QUrl source() const;
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
};
