#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>

// Which tables a role may export (resources/io/export-tables.json). Users, settings
// (the inspection-code key), the change log's raw values and internal queues are never
// exported, whatever the role; the rest by the least role listed for each.
class ExportPolicy final
{
    Q_DECLARE_TR_FUNCTIONS(ExportPolicy)

public:
    // -1 when the table is never exported; else the rank Session::rank gives the role.
    static int minimumRank(const QString &table);
    // Throws Refusal when the signed-in user may not export the table.
    static void require(const QSqlDatabase &db, const QString &table);
    // Records an export in the audit trail (who, what, how many rows, masked or not).
    // A read-only connection cannot record, so exports from it are refused up front.
    static void refuseWhenUnrecordable(const QSqlDatabase &db);
    static void record(const QSqlDatabase &db, const QString &what, qint64 rows, const QString &file, bool unmasked);
    // Runs write (which returns the rows written to path), then records it; if the record
    // cannot be written the file goes too, so there is never an export the audit trail
    // does not know of.
    static qint64 recorded(const QSqlDatabase &db, const QString &what, const QString &path, bool unmasked,
                           const std::function<qint64()> &write);};
