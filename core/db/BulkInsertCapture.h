#pragma once

#include <QSqlDatabase>
#include <QString>

// For a bulk load into a table (a first import into an empty register): the per-row
// capture trigger for inserts is set aside and every new row is captured afterwards
// with one INSERT … SELECT producing exactly what the trigger would have written. Both
// happen inside the caller's transaction, so a failure restores the trigger with
// everything else; finish() puts the identical trigger back, so the triggers' digest
// does not change.
class BulkInsertCapture final
{
public:
    BulkInsertCapture(const QSqlDatabase &db, const QString &table);
    BulkInsertCapture(const BulkInsertCapture &) = delete;
    BulkInsertCapture &operator=(const BulkInsertCapture &) = delete;

    void finish();

private:
    QSqlDatabase m_db;
    QString m_table;
    QString m_triggerSql; // empty when the table has no capture trigger
    qint64 m_lastRow = 0;
};
