#include "BackupRotation.h"

#include "Database.h"
#include "DatabaseBackup.h"
#include "DatabaseError.h"
#include "OpenDatabases.h"
#include "SqliteFileReader.h"
#include "AccessPolicy.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

#include <sqlite3.h>

namespace {

const QString kStamp = QStringLiteral("yyyyMMdd-HHmmss");

QString baseName(const QString &databasePath)
{
    return QFileInfo(databasePath).completeBaseName();
}

void removeWithCompanions(const QString &path)
{
    QFile::remove(path);
    for (const QString &suffix : OpenDatabases::companionSuffixes())
        QFile::remove(path + suffix);
}

// Working files left behind by a backup that is gone (a copy another tool had open
// while it was rotated away).
void removeOrphans(const QString &dir)
{
    const QStringList patterns = {QStringLiteral("*.db-wal"), QStringLiteral("*.db-shm"), QStringLiteral("*.db-journal")};
    for (const QFileInfo &file : QDir(dir).entryInfoList(patterns, QDir::Files)) {
        const QString path = file.absoluteFilePath();
        const QString main = path.left(path.lastIndexOf(u'-'));
        if (!QFileInfo::exists(main))
            QFile::remove(path);
    }
}

} // namespace

QString BackupRotation::folder(const QString &databasePath)
{
    return Database::backupFolder(databasePath);
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
    auto nameAt = [&](const QDateTime &when) {
        return QDir(dir).filePath(baseName(database.path()) + QLatin1Char('-') + when.toString(kStamp) + QStringLiteral(".db"));
    };
    // Two backups in the same second: the later takes the next free second rather than
    // replacing the earlier.
    QString target = nameAt(now);
    for (int second = 1; QFileInfo::exists(target); ++second)
        target = nameAt(now.addSecs(second));
    DatabaseBackup::write(database, target);
    const QList<Backup> backups = list(database.path());
    const QList<Backup> keep = retained(backups);
    for (const Backup &b : backups) {
        const bool kept = std::any_of(keep.cbegin(), keep.cend(), [&b](const Backup &k) { return k.path == b.path; });
        if (!kept)
            removeWithCompanions(b.path);
    }
    removeOrphans(dir);
    return target;
}

QString BackupRotation::backUpNow(const Database &database, const QDateTime &now)
{
    AccessPolicy::current().require(database.connection(), AccessPolicy::Permission::BackUpNow);
    return backUp(database, now);
}

QList<BackupRotation::Backup> BackupRotation::retained(const QList<Backup> &backups)
{
    QList<Backup> keep;
    QSet<QString> days;
    QSet<QString> weeks;
    QSet<QString> months;
    for (qsizetype i = 0; i < backups.size(); ++i) {
        const Backup &b = backups.at(i);
        const QDate d = b.taken.date();
        int weekYear = 0;
        const int week = d.weekNumber(&weekYear);
        const QString day = d.toString(Qt::ISODate);
        const QString weekKey = QStringLiteral("%1-W%2").arg(weekYear).arg(week);
        const QString month = d.toString(QStringLiteral("yyyy-MM"));
        bool kept = i < KeptNewest;
        // Newest first: the first backup met of a day, week or month is its newest.
        if (!days.contains(day) && days.size() < KeptDays) {
            days.insert(day);
            kept = true;
        }
        if (!weeks.contains(weekKey) && weeks.size() < KeptWeeks) {
            weeks.insert(weekKey);
            kept = true;
        }
        if (!months.contains(month) && months.size() < KeptMonths) {
            months.insert(month);
            kept = true;
        }
        if (kept)
            keep.append(b);
    }
    return keep;
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
    // Through SQLite's file layer: the path may name a file this process has open.
    bool readable = false;
    const QByteArray head = SqliteFileReader::head(backupPath, 16, &readable);
    if (!readable || !QFileInfo(backupPath).isFile())
        return tr("cannot be read");
    if (head != QByteArrayLiteral("SQLite format 3\0"))
        return tr("is not a database");
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

QString BackupRotation::auditHead(const QString &backupPath)
{
    sqlite3 *raw = nullptr;
    QString head;
    if (sqlite3_open_v2(QFile::encodeName(backupPath).constData(), &raw, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(raw, "SELECT value FROM setting WHERE key = 'audit.head'", -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW)
            head = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        sqlite3_finalize(statement);
    }
    sqlite3_close(raw);
    return head;
}
