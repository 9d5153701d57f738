#pragma once

#include <QWidget>

class Database;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

// The audit trail: who changed what and when, filtered by user, record and date (in
// SQL), and a check of the hash chain.
class AuditTab final : public QWidget
{
    Q_OBJECT

public:
    explicit AuditTab(QWidget *parent = nullptr);

    void setDatabase(Database *database);
    void refresh();
    void setRecordFilter(const QString &table, qint64 rowId);
    QString verifyChain();
    QTableWidget *table() const { return m_table; }

private:
    Database *m_database = nullptr;
    QComboBox *m_user;
    QLineEdit *m_record;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_chain;
    QTableWidget *m_table;
};
