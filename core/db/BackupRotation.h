#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

class Database;

// Automatic backups kept beside the database in backups/<name>-yyyyMMdd-HHmmss.db:
// on close and once a day, the oldest beyond the kept number removed. A backup is
// checked before it is offered or restored; restoring keeps the file it replaces.
class BackupRotation final
{
    Q_DECLARE_TR_FUNCTIONS(BackupRotation)

public:
    struct Backup
    {
        QString path;
        QDateTime taken;
        qint64 size = 0;
    };

    static constexpr int Kept = 14;

    static QString folder(const QString &databasePath);
    // Writes a backup now (online backup API, checked) and rotates; returns its path.
    static QString backUp(const Database &database, const QDateTime &now = QDateTime::currentDateTime());
    // A backup when none was taken today; returns its path or an empty string.
    static QString backUpIfDue(const Database &database, const QDateTime &now = QDateTime::currentDateTime());
    // Newest first.
    static QList<Backup> list(const QString &databasePath);
    // Empty when the file is a sound FairCheck database (header, quick_check, application id).
    static QString problem(const QString &backupPath);
    // The newest backup without a problem, or an empty string.
    static QString latestGood(const QString &databasePath);
    // Replaces the database file with the backup after checking it; the replaced file is kept
    // as <file>.before-restore. Throws DatabaseError (Rejected); nothing changes then.
    static void restore(const QString &backupPath, const QString &databasePath);
};
