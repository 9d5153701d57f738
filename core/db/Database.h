#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// One open FairCheck database file: a named QSqlDatabase connection configured the
// same way every time (WAL, foreign keys, busy timeout) and migrated to the current
// schema. A file that is not a FairCheck database, is newer than this program or is
// damaged is refused with a DatabaseError before anything is written to it.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    // "FCK1": marks the file as ours in the SQLite header (PRAGMA application_id).
    static constexpr int ApplicationId = 0x46434B31;
    static constexpr int NewFilePageSize = 16384; // bytes

    enum class OpenMode {
        CreateIfMissing, // create the file (and its folder) when it does not exist
        ExistingOnly,    // refuse a path with no file
    };
    enum class Access {
        ReadWrite,
        ReadOnly, // nothing is written, not even a schema upgrade; every change is refused
    };

    static Database open(const QString &path, OpenMode mode = OpenMode::CreateIfMissing, Access access = Access::ReadWrite);

    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    ~Database();

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;
    bool isReadOnly() const { return m_readOnly; }
    // What a user must be told about this file now that it is open (a repair made on
    // opening); empty when nothing.
    QString notice() const { return m_notice; }
    // Whether a connection was opened read-only (every write path asks before writing).
    static bool isReadOnly(const QSqlDatabase &db);

    // Folders that belong to a database file and must never be written by an export.
    static QString backupFolder(const QString &path);
    static QString attachmentFolder(const QString &path);

    // Where open() keeps the copy it takes before upgrading a file of schema fromVersion.
    static QString preMigrationBackupPath(const QString &path, int fromVersion);
    // The per-user default location, QStandardPaths::AppDataLocation/faircheck.db.
    static QString defaultPath();
    // --db wins over FAIRCHECK_DB, which wins over the default.
    static QString resolvePath(const QString &commandLineValue);

private:
    Database(QString connectionName, QString path);
    void close();
    // Upgrade (after a copy), page size, WAL and the check of the capture triggers.
    static void prepareForWriting(Database &database, int from, bool fresh);

    QString m_connectionName;
    QString m_path;
    bool m_readOnly = false;
    QString m_notice;
};
