#pragma once

#include "common/PageHost.h"

#include <QList>
#include <QMainWindow>
#include <QStringList>

class DatabaseController;
class HelpWindow;
class QAction;
class QListWidget;
class QMenu;
class Page;
class QStackedWidget;
class WelcomePage;

// The frame: a navigation sidebar for every registered page (PageRegistry), the File
// and Help menus. Pages do their own work; this class only switches between them,
// hands them the open database and passes on what one page asks of another.
class MainWindow final : public QMainWindow, public PageHost
{
    Q_OBJECT

public:
    explicit MainWindow(DatabaseController *controller, QWidget *parent = nullptr);

    // Ids accepted by --page: every registered page and the sub-pages they name.
    static QStringList pageIds();
    bool showPage(const QString &id) override;
    // The manual at the current page (F1); the window, for tests.
    void showManual();
    HelpWindow *helpWindow() const { return m_help; }
    // A dashboard to-do line's record, opened where it is worked on and selected.
    void openRecord(const QString &kind, qint64 recordId, const QString &uscc, const QDate &date) override;
    // A dashboard tile's records: the list its figure counts from.
    void openIndicator(const QString &indicatorId, const QDate &from, const QDate &to) override;
    void importFile(const QString &kind) override;
    void openDemo() override;
    QString currentPageId() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildPages();
    void buildMenus();
    void refreshRecentMenu();
    void onDatabaseChanged();
    void chooseAndOpen();
    void chooseAndCreate();
    void backUp();
    void restoreFromBackup();
    void importEnterprises();
    void saveDemoFiles();
    void showAbout();

    DatabaseController *m_controller;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    WelcomePage *m_welcome;
    QList<Page *> m_pages; // in PageRegistry order, as the sidebar and the stack
    HelpWindow *m_help = nullptr;
    QAction *m_manualAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_backupAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_demoFilesAction = nullptr;
};
