#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QSqlDatabase>
#include <QCoreApplication>
#include <QString>

// Who changed what. Every write path in core records here inside its own transaction,
// so the audit row and the change commit or roll back together.
class AuditLog final
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    enum class Action { Insert, Update, Delete, Bulk, Schema };

    struct Entry
    {
        Action action = Action::Insert;
        QString table;
        qint64 rowId = 0;         // 0 when the entry covers many rows
        QJsonObject oldValues;
        QJsonObject newValues;
    };

    // The user written into entries: the signed-in user (Session) when there is one,
    // else the name this process was given (the CLI's --user in a file without users);
    // "system" until set.
    static void setActor(const QString &user);
    static QString actor();

    static void record(const QSqlDatabase &db, const Entry &entry);
    static void recordSchemaChange(const QSqlDatabase &db, int fromVersion, int toVersion);
    // `what` is a code (AuditText says it in words); `details` its values.
    static void recordBulk(const QSqlDatabase &db, const QString &table, qint64 rows, const QString &what,
                           const QJsonObject &details = {});
    // The entry that seals a transaction's captured changes (ChangeCapture::seal): their
    // count and SHA-256 and the capture triggers' digest. Not permission-checked: it
    // records what the write paths already allowed. Returns the entry's id.
    static qint64 recordSeal(const QSqlDatabase &db, qint64 first, qint64 last, qint64 changes, const QString &sha256,
                             const QString &triggers);

    // What happened to the file as a whole or what was read out of it (an export, a
    // restore, a repair, an acknowledgement), under `kind` as the entry's table. Not
    // permission-checked: callers require the permission their action needs first.
    // Inside the caller's transaction; returns the entry's id.
    static qint64 recordEvent(const QSqlDatabase &db, const QString &kind, const QJsonObject &values);

    // The chain's head, "entry:hash", empty for an empty trail: the anchor printed on
    // reports and kept in backups.
    static QString head(const QSqlDatabase &db);
    struct Anchor
    {
        qint64 entry = 0;
        QString hash;
        static Anchor parse(const QString &text); // "N:HASH"; entry 0 when malformed
    };
    // Whether the trail still holds the anchored entry with that hash. *reason says
    // what differs when it does not.
    static bool holds(const QSqlDatabase &db, const Anchor &anchor, QString *reason);

    static QString actionName(Action action);

    // The hash chain (schema 7): each entry's hash covers the previous hash and its own
    // fields; the newest entry's id and hash are also kept as the chain's head, so a
    // removed tail shows too.
    struct Verification
    {
        bool ok = true;
        qint64 entries = 0;
        qint64 firstBroken = 0; // the id of the first entry that does not fit, 0 when ok
        qint64 outsideChanges = 0; // captured changes no program transaction sealed
        QString reason;
        // One sentence for people: intact, broken at an entry, or changed outside.
        QString summary() const;
    };
    static Verification verify(const QSqlDatabase &db);

    // Entries for the audit viewer, newest first, filtered in SQL.
    struct Filter
    {
        QString user;   // empty: everyone
        QString table;  // empty: every table
        qint64 rowId = 0;
        QDate from, to; // by the entry's date (UTC)
        int limit = 1000;
    };
    struct Row
    {
        qint64 id = 0;
        QString at, user, action, table;
        qint64 rowId = 0;
        QString oldValues, newValues;
    };
    static QList<Row> entries(const QSqlDatabase &db, const Filter &filter);
    static QStringList users(const QSqlDatabase &db);
    // Hashes entries written before the chain existed (migration to schema 7).
    static void sealUnhashed(const QSqlDatabase &db);

private:
    static qint64 append(const QSqlDatabase &db, const Entry &entry);
};
