#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

// For a bulk load into a table (a first import into an empty register): the per-row
// capture trigger for inserts is set aside, and the load is captured as one change:
// the range of rows it inserted, their count and where they came from (the file and
// its SHA-256). No value is lost: a row's values as inserted are the old values of its
// first captured update or delete, or the row as it stands (ChangeCapture::history
// gives them back that way). Both happen inside the caller's transaction, so a failure
// restores the trigger with everything else; finish() puts the identical trigger back,
// so the triggers' digest does not change.
class BulkInsertCapture final
{
public:
    BulkInsertCapture(const QSqlDatabase &db, const QString &table);
    BulkInsertCapture(const BulkInsertCapture &) = delete;
    BulkInsertCapture &operator=(const BulkInsertCapture &) = delete;

    // source: what the rows came from, e.g. {"file": …, "sha256": …}.
    void finish(const QJsonObject &source);

private:
    QSqlDatabase m_db;
    QString m_table;
    QString m_triggerSql; // empty when the table has no capture trigger
    qint64 m_lastRow = 0;
};
