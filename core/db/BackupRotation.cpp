#include "BackupRotation.h"

#include "Database.h"
#include "DatabaseBackup.h"
#include "DatabaseError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace {

const QString kStamp = QStringLiteral("yyyyMMdd-HHmmss");

QString baseName(const QString &databasePath)
{
    return QFileInfo(databasePath).completeBaseName();
}

} // namespace

QString BackupRotation::folder(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

QList<BackupRotation::Backup> BackupRotation::list(const QString &databasePath)
{
    QList<Backup> backups;
    const QString prefix = baseName(databasePath) + QLatin1Char('-');
    const QFileInfoList files = QDir(folder(databasePath)).entryInfoList({prefix + QStringLiteral("*.db")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QFileInfo &file : files) {
        const QDateTime taken = QDateTime::fromString(file.completeBaseName().mid(prefix.size()), kStamp);
        if (taken.isValid())
            backups.append({file.absoluteFilePath(), taken, file.size()});
    }
    return backups;
}

QString BackupRotation::backUp(const Database &database, const QDateTime &now)
{
    const QString dir = folder(database.path());
    if (!QDir().mkpath(dir))
        throw DatabaseError(DatabaseError::Kind::CannotOpen, tr("Cannot create the backup folder %1.").arg(dir));
    const QString target = QDir(dir).filePath(baseName(database.path()) + QLatin1Char('-') + now.toString(kStamp) + QStringLiteral(".db"));
    DatabaseBackup::write(database, target);
    const QList<Backup> backups = list(database.path());
    for (qsizetype i = Kept; i < backups.size(); ++i)
        QFile::remove(backups.at(i).path);
    return target;
}

QString BackupRotation::backUpIfDue(const Database &database, const QDateTime &now)
{
    const QList<Backup> backups = list(database.path());
    if (!backups.isEmpty() && backups.first().taken.date() == now.date())
        return {};
    return backUp(database, now);
}

QString BackupRotation::problem(const QString &backupPath)
{
    QFile file(backupPath);
    if (!file.open(QIODevice::ReadOnly))
        return tr("cannot be read");
    if (file.read(16) != QByteArrayLiteral("SQLite format 3\0"))
        return tr("is not a database");
    file.close();
    sqlite3 *raw = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(backupPath).constData(), &raw, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(raw);
        return tr("cannot be opened");
    }
    QString issue;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(raw, "PRAGMA quick_check", -1, &statement, nullptr) != SQLITE_OK || sqlite3_step(statement) != SQLITE_ROW
        || qstrcmp(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)), "ok") != 0)
        issue = tr("is damaged");
    sqlite3_finalize(statement);
    if (issue.isEmpty() && (sqlite3_prepare_v2(raw, "PRAGMA application_id", -1, &statement, nullptr) != SQLITE_OK
                            || sqlite3_step(statement) != SQLITE_ROW || sqlite3_column_int(statement, 0) != Database::ApplicationId))
        issue = tr("is not a FairCheck database");
    sqlite3_finalize(statement);
    sqlite3_close(raw);
    return issue;
}

QString BackupRotation::latestGood(const QString &databasePath)
{
    for (const Backup &b : list(databasePath)) {
        if (problem(b.path).isEmpty())
            return b.path;
    }
    return {};
}

void BackupRotation::restore(const QString &backupPath, const QString &databasePath)
{
    const QString issue = problem(backupPath);
    if (!issue.isEmpty())
        throw DatabaseError(DatabaseError::Kind::Rejected, tr("The backup %1 %2; nothing was restored.").arg(backupPath, issue));
    const QString target = QFileInfo(databasePath).absoluteFilePath();
    const QString partial = target + QStringLiteral(".restoring");
    QFile::remove(partial);
    if (!QFile::copy(backupPath, partial))
        throw DatabaseError(DatabaseError::Kind::Rejected, tr("Cannot copy the backup next to %1; nothing was restored.").arg(target));
    // The replaced file is kept, never lost; a stale WAL must not be replayed into the backup.
    const QString kept = target + QStringLiteral(".before-restore");
    QFile::remove(kept);
    if (QFileInfo::exists(target) && !QFile::rename(target, kept)) {
        QFile::remove(partial);
        throw DatabaseError(DatabaseError::Kind::Rejected, tr("Cannot set %1 aside; nothing was restored.").arg(target));
    }
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(kept + suffix);
        QFile::rename(target + suffix, kept + suffix);
    }
    if (!QFile::rename(partial, target)) {
        QFile::rename(kept, target);
        throw DatabaseError(DatabaseError::Kind::Rejected, tr("Cannot put the backup in place of %1; the file was left as it was.").arg(target));
    }
}
