#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// Row-level capture of every change to the record (schema 10). Triggers, generated from
// each table's columns, write the old and new values of every insert, update and delete
// into change_log, whoever makes it. When the program commits a transaction, seal()
// folds that transaction's captured changes into one hash-chained audit entry holding
// their count and SHA-256; changes made by other tools stay unsealed. AuditLog::verify
// recomputes every seal and reports unsealed changes and altered triggers.
class ChangeCapture final
{
    Q_DECLARE_TR_FUNCTIONS(ChangeCapture)

public:
    // Tables whose rows are captured: all but the audit trail itself, settings (the chain's
    // head and the inspection-code key), queues and the search index.
    static QStringList capturedTables(const QSqlDatabase &db);
    // Whether the database has change capture (schema 10 or later).
    static bool capturing(const QSqlDatabase &db);
    // (Re)creates the capture triggers; run by every migration so new columns are covered.
    static void install(const QSqlDatabase &db);
    // SHA-256 over the SQL of every trigger, by name: dropping or editing one shows.
    static QString triggerDigest(const QSqlDatabase &db);
    // The newest change's id: a transaction notes it when it begins…
    static qint64 lastChange(const QSqlDatabase &db);
    // …and at commit seals the changes made after it into one audit entry. Changes made
    // before by another tool are never swept into a seal.
    static void seal(const QSqlDatabase &db, qint64 after);
    // SHA-256 over the changes a seal covers, in order.
    static QString digest(const QSqlDatabase &db, qint64 sealId, qint64 *count);

    struct Change
    {
        qint64 id = 0;
        QString at, table, op, oldValues, newValues;
        qint64 rowId = 0;
        qint64 sealedBy = 0;
    };
    static QList<Change> unsealed(const QSqlDatabase &db, int limit = 10);
    static qint64 unsealedCount(const QSqlDatabase &db);
    // One row's history, newest first.
    static QList<Change> history(const QSqlDatabase &db, const QString &table, qint64 rowId, int limit = 200);
};
