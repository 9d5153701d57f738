#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// Row-level capture of every change to the record (schema 10). Triggers, generated from
// each table's columns, write the old and new values of every insert, update and delete
// into change_log, whoever makes it. When the program commits a transaction, seal()
// records the range of change ids it made in one hash-chained audit entry with their
// count and SHA-256; changes made by other tools fall outside every sealed range.
// AuditLog::verify recomputes every seal and reports unsealed changes and altered
// triggers. Nothing is written back to the captured rows, so capture stays cheap.
class ChangeCapture final
{
    Q_DECLARE_TR_FUNCTIONS(ChangeCapture)

public:
    // Tables whose rows are captured: all but the audit trail itself, settings (the chain's
    // head and the inspection-code key), queues, the exchange's bookkeeping of hashes and the
    // search index.
    static QStringList capturedTables(const QSqlDatabase &db);
    // Whether the database has change capture (schema 10 or later).
    static bool capturing(const QSqlDatabase &db);
    // (Re)creates the capture triggers; run by every migration so new columns are covered.
    static void install(const QSqlDatabase &db);
    // The expression the triggers use for a row's values: json_object('a', R.a, …).
    static QString rowValues(const QSqlDatabase &db, const QString &table, const QString &row);
    static QString triggerName(const QString &table, const char *op);
    // SHA-256 over the SQL of every trigger, by name: dropping or editing one shows.
    static QString triggerDigest(const QSqlDatabase &db);
    // The newest change's id: a transaction notes it when it begins…
    static qint64 lastChange(const QSqlDatabase &db);
    // …and at commit seals the changes made after it into one audit entry. Changes made
    // before by another tool are never swept into a seal.
    static void seal(const QSqlDatabase &db, qint64 after);
    // SHA-256 over the changes with ids in [first, last], in order; *count gets how many.
    static QString digest(const QSqlDatabase &db, qint64 first, qint64 last, qint64 *count);
    // The ranges of change ids sealed by audit entries, ascending.
    static QList<QPair<qint64, qint64>> sealedRanges(const QSqlDatabase &db);

    struct Change
    {
        qint64 id = 0;
        QString table, op, oldValues, newValues;
        qint64 rowId = 0;
        qint64 sealedBy = 0; // the audit entry that sealed it (history only); 0: made outside FairCheck
        qint64 bulkRows = 0; // an insert captured with a bulk load of this many rows (history only)
    };
    static QList<Change> unsealed(const QSqlDatabase &db, int limit = 10);
    static qint64 unsealedCount(const QSqlDatabase &db);
    // One row's history, newest first, each change with the audit entry that sealed it. A
    // row inserted by a bulk load (BulkInsertCapture) gets its insert with the values it
    // was inserted with.
    static QList<Change> history(const QSqlDatabase &db, const QString &table, qint64 rowId, int limit = 200);
};
