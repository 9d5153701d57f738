#pragma once

#include <QDialog>

class Database;
class QDateEdit;
class QLabel;
class QTableWidget;

// 检查结果 for one visit: a row per item with compliant / rectify by a date / violation
// and a note; all departments' items on one sheet. Nothing is written until every item
// has its result; a refusal is shown here with everything entered kept.
class ResultDialog final : public QDialog
{
    Q_OBJECT

public:
    ResultDialog(Database *database, qint64 visitId, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // Sets row's result: 0 compliant, 1 rectify, 2 violation.
    void setResult(int row, int result);
    bool save();
    QString message() const;

private:
    void accept() override;

    Database *m_database;
    qint64 m_visitId;
    QDateEdit *m_visited;
    QTableWidget *m_table;
    QLabel *m_message;
};
