#include "DatabaseRestore.h"

#include "AuditLog.h"
#include "BackupRotation.h"
#include "Database.h"
#include "DatabaseError.h"
#include "DatabaseLock.h"
#include "OpenDatabases.h"
#include "SqliteFileReader.h"
#include "Transaction.h"
#include "AccessPolicy.h"
#include "util/Refusal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

#include <sqlite3.h>

namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

[[noreturn]] void refuse(const QString &message)
{
    throw Refusal(message);
}

struct Connection
{
    sqlite3 *db = nullptr;
    ~Connection() { sqlite3_close(db); }
};

bool hasPasswords(const QString &path)
{
    Connection c;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &c.db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return false;
    sqlite3_stmt *statement = nullptr;
    bool found = false;
    if (sqlite3_prepare_v2(c.db, "SELECT 1 FROM app_user WHERE active = 1 AND password_hash IS NOT NULL LIMIT 1", -1, &statement,
                           nullptr)
        == SQLITE_OK)
        found = sqlite3_step(statement) == SQLITE_ROW;
    sqlite3_finalize(statement);
    return found;
}

// Whether any other connection, in any process, has the file open: in exclusive locking
// mode SQLite takes an exclusive lock on the database file itself for its first
// transaction, which every open connection's shared lock prevents.
bool inUse(const QString &path)
{
    Connection c;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &c.db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
        return false;
    sqlite3_busy_timeout(c.db, 200);
    sqlite3_exec(c.db, "PRAGMA locking_mode = EXCLUSIVE", nullptr, nullptr, nullptr);
    const int rc = sqlite3_exec(c.db, "BEGIN EXCLUSIVE; COMMIT", nullptr, nullptr, nullptr);
    return rc == SQLITE_BUSY || rc == SQLITE_LOCKED;
}

// The backup, with whatever its own WAL holds, copied into one self-contained file.
void copyBackup(const QString &backup, const QString &into)
{
    QFile::remove(into);
    Connection source;
    Connection dest;
    if (sqlite3_open_v2(QFile::encodeName(backup).constData(), &source.db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK
        || sqlite3_open_v2(QFile::encodeName(into).constData(), &dest.db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
            != SQLITE_OK)
        refuse(DatabaseRestore::tr("Cannot copy the backup next to the database; nothing was restored."));
    sqlite3_backup *copy = sqlite3_backup_init(dest.db, "main", source.db, "main");
    const int rc = copy ? sqlite3_backup_step(copy, -1) : SQLITE_ERROR;
    sqlite3_backup_finish(copy);
    if (rc != SQLITE_DONE || sqlite3_exec(dest.db, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr) != SQLITE_OK) {
        sqlite3_close(dest.db);
        dest.db = nullptr;
        QFile::remove(into);
        refuse(DatabaseRestore::tr("Cannot copy the backup next to the database; nothing was restored."));
    }
}

void moveWithCompanions(const QString &from, const QString &to)
{
    QFile::rename(from, to);
    for (const QString &suffix : OpenDatabases::companionSuffixes()) {
        if (QFileInfo::exists(from + suffix))
            QFile::rename(from + suffix, to + suffix);
    }
}

} // namespace

QString DatabaseRestore::keptName(const QString &databasePath)
{
    const QString base = QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".before-restore");
    QString name = base;
    for (int n = 2; QFileInfo::exists(name) || QFileInfo::exists(name + QStringLiteral("-wal")); ++n)
        name = base + QLatin1Char('.') + QString::number(n);
    return name;
}

bool DatabaseRestore::weakensProtection(const QString &backupPath, const QString &databasePath)
{
    return QFileInfo::exists(databasePath) && hasPasswords(databasePath) && !hasPasswords(backupPath);
}

DatabaseRestore::Result DatabaseRestore::restore(const QString &backupPath, const QString &databasePath, const Options &options)
{
    const QString target = QFileInfo(databasePath).absoluteFilePath();
    const QString backup = QFileInfo(backupPath).absoluteFilePath();
    if (OpenDatabases::isDatabaseOrCompanion(backup, target))
        refuse(tr("%1 is the database itself, not a backup of it; nothing was restored.").arg(shown(backup)));
    if (OpenDatabases::covers(target))
        refuse(tr("%1 is open in this program; close it before restoring it.").arg(shown(target)));
    const QString issue = BackupRotation::problem(backup);
    if (!issue.isEmpty())
        refuse(tr("The backup %1 %2; nothing was restored.").arg(shown(backup), issue));
    DatabaseLock lock(target);
    if (!lock.tryLock())
        refuse(tr("%1 is open in %2; close it there before restoring it.").arg(shown(target), lock.holder()));

    Result result;
    const QString backupSha = QString::fromLatin1(SqliteFileReader::sha256(backup).toHex());
    const bool exists = QFileInfo::exists(target);
    if (exists) {
        try {
            const Database current = Database::open(target, Database::OpenMode::ExistingOnly);
            AccessPolicy::current().require(current.connection(), AccessPolicy::Permission::Restore);
            if (!options.acceptWeakerProtection && weakensProtection(backup, target))
                refuse(tr("The backup %1 has no passwords while %2 has: restoring it would let anyone change the record. "
                          "Nothing was restored; an administrator who wants exactly that must confirm it.")
                           .arg(shown(backup), shown(target)));
            // Said in the file that goes, before it goes.
            Transaction transaction(current.connection());
            AuditLog::recordEvent(current.connection(), QStringLiteral("restore"),
                                  QJsonObject{{QStringLiteral("step"), QStringLiteral("replaced")},
                                              {QStringLiteral("backup"), QFileInfo(backup).fileName()},
                                              {QStringLiteral("backup_sha256"), backupSha},
                                              {QStringLiteral("role"), AccessPolicy::current().role()}});
            transaction.commit();
        } catch (const DatabaseError &error) {
            // A file that cannot be opened has no roles to ask and no trail to write to.
            if (error.kind() != DatabaseError::Kind::Corrupted && error.kind() != DatabaseError::Kind::NotFairCheck)
                throw;
            result.replacedWasDamaged = true;
        }
        if (inUse(target))
            refuse(tr("%1 is in use by another program; close it there before restoring it.").arg(shown(target)));
        result.replacedSha256 = QString::fromLatin1(SqliteFileReader::sha256(target).toHex());
    }

    const QString partial = target + QStringLiteral(".restoring");
    copyBackup(backup, partial);
    if (exists) {
        result.keptAs = keptName(target);
        moveWithCompanions(target, result.keptAs);
        if (QFileInfo::exists(target)) {
            QFile::remove(partial);
            refuse(tr("Cannot set %1 aside; nothing was restored.").arg(shown(target)));
        }
    }
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        if (exists)
            moveWithCompanions(result.keptAs, target);
        refuse(tr("Cannot put the backup in place of %1; the file was left as it was.").arg(shown(target)));
    }
    try {
        // Said in the file that arrives: it may come from before any of this happened.
        const Database restored = Database::open(target, Database::OpenMode::ExistingOnly);
        Transaction transaction(restored.connection());
        AuditLog::recordEvent(restored.connection(), QStringLiteral("restore"),
                              QJsonObject{{QStringLiteral("step"), QStringLiteral("restored")},
                                          {QStringLiteral("backup"), QFileInfo(backup).fileName()},
                                          {QStringLiteral("backup_sha256"), backupSha},
                                          {QStringLiteral("replaced_sha256"), result.replacedSha256},
                                          {QStringLiteral("replaced_damaged"), result.replacedWasDamaged},
                                          {QStringLiteral("kept_as"), QFileInfo(result.keptAs).fileName()},
                                          {QStringLiteral("role"), AccessPolicy::current().role()}});
        transaction.commit();
    } catch (const Error &) {
        for (const QString &suffix : QStringList{QString()} + OpenDatabases::companionSuffixes())
            QFile::remove(target + suffix);
        if (exists)
            moveWithCompanions(result.keptAs, target);
        throw;
    }
    return result;
}
