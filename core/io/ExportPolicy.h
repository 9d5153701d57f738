#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// Which tables a role may export (resources/io/export-tables.json). Users, settings
// (the inspection-code key), the change log's raw values and internal queues are never
// exported, whatever the role; the rest by the least role listed for each.
class ExportPolicy final
{
    Q_DECLARE_TR_FUNCTIONS(ExportPolicy)

public:
    // -1 when the table is never exported; else the rank Session::rank gives the role.
    static int minimumRank(const QString &table);
    // Throws DatabaseError (Rejected) when the signed-in user may not export the table.
    static void require(const QSqlDatabase &db, const QString &table);
    // Records an export in the audit trail (who, what, how many rows, masked or not).
    // A read-only connection cannot record, so exports from it are refused up front.
    static void refuseWhenUnrecordable(const QSqlDatabase &db);
    static void record(const QSqlDatabase &db, const QString &what, qint64 rows, const QString &file, bool unmasked);
};
