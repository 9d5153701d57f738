#pragma once

#include <QWidget>

class CreditRuleForm;
class Database;
class QPlainTextEdit;
class QTableWidget;

// The credit rule versions: their history, each one as a form (read-only) and as its
// JSON text, and a new version.
class CreditRulesPage final : public QWidget
{
    Q_OBJECT

public:
    explicit CreditRulesPage(QWidget *parent = nullptr);

    void setDatabase(Database *database);
    QTableWidget *versionsTable() const { return m_versions; }
    QPlainTextEdit *textView() const { return m_text; }
    CreditRuleForm *formView() const { return m_form; }

private:
    void refresh();
    void showSelected();
    void newVersion();

    Database *m_database = nullptr;
    QTableWidget *m_versions;
    CreditRuleForm *m_form;
    QPlainTextEdit *m_text;
};
