#pragma once

#include <QWidget>

class Database;
class QPlainTextEdit;
class QTableWidget;

// The credit rule versions: their history, the text of each, and a new version.
class CreditRulesPage final : public QWidget
{
    Q_OBJECT

public:
    explicit CreditRulesPage(QWidget *parent = nullptr);

    void setDatabase(Database *database);
    QTableWidget *versionsTable() const { return m_versions; }
    QPlainTextEdit *textView() const { return m_text; }

private:
    void refresh();
    void showSelected();
    void newVersion();

    Database *m_database = nullptr;
    QTableWidget *m_versions;
    QPlainTextEdit *m_text;
};
