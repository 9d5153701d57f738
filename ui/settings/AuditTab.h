#pragma once

#include "common/Page.h"

#include <QWidget>

class Database;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

// The audit trail: who changed what and when, filtered by user, record and date (in
// SQL), a check of the hash chain, and for one record every captured change with its
// old and new values and the entry that sealed it (or that it was made outside).
// An anchor kept outside the file (printed on a report, carried by a backup) is checked
// here against the trail, and the file's own anchor now is shown to be noted down.
class AuditTab final : public QWidget, public Page
{
    Q_OBJECT

public:
    explicit AuditTab(QWidget *parent = nullptr);

    void setDatabase(Database *database) override;
    void refresh();
    void setRecordFilter(const QString &table, qint64 rowId);
    QString verifyChain();
    // Checks an anchor ("entry:hash" from a printed report or a backup); the sentence shown.
    QString checkAnchor(const QString &text);
    QTableWidget *table() const { return m_table; }
    QTableWidget *changes() const { return m_changes; }

private:
    Database *m_database = nullptr;
    QComboBox *m_user;
    QLineEdit *m_record;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_chain;
    QLineEdit *m_anchor;
    QLabel *m_head;
    QTableWidget *m_table;
    QLabel *m_changesTitle;
    QTableWidget *m_changes; // the filtered record's captured changes, row by row
};
