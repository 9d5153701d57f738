#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

class Database;

// Automatic backups kept beside the database in backups/<name>-yyyyMMdd-HHmmss.db:
// on close, once a day, and when a signed-in user asks. They are kept by generation
// (the newest few, one a day for 14 days, one a week for 8 weeks, one a month for 12
// months), so however many backups are taken in a row, older generations stay; the
// copy taken before each schema upgrade lives beside the database and is never
// rotated. A backup is checked before it is offered or restored (DatabaseRestore).
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

    static constexpr int KeptNewest = 4;
    static constexpr int KeptDays = 14;
    static constexpr int KeptWeeks = 8;
    static constexpr int KeptMonths = 12;

    static QString folder(const QString &databasePath);
    // Writes a backup now (online backup API, checked) and rotates; returns its path.
    // The program's own backups (on opening and closing) need no role; a user's request
    // goes through backUpNow, which needs a signed-in user.
    static QString backUp(const Database &database, const QDateTime &now = QDateTime::currentDateTime());
    static QString backUpNow(const Database &database, const QDateTime &now = QDateTime::currentDateTime());
    // A backup when none was taken today; returns its path or an empty string.
    static QString backUpIfDue(const Database &database, const QDateTime &now = QDateTime::currentDateTime());
    // Which of `backups` (newest first) the generations keep.
    static QList<Backup> retained(const QList<Backup> &backups);
    // Newest first.
    static QList<Backup> list(const QString &databasePath);
    // Empty when the file is a sound FairCheck database (header, quick_check, application id).
    static QString problem(const QString &backupPath);
    // The newest backup without a problem, or an empty string.
    static QString latestGood(const QString &databasePath);
    // The chain head (entry:hash) of the audit trail a backup was made from, empty when
    // it has none: an anchor `audit verify --anchor` can check the live file against.
    static QString auditHead(const QString &backupPath);
};
