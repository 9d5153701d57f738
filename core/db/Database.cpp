#include "Database.h"

#include "CaptureGuard.h"
#include "DatabaseBackup.h"
#include "DatabaseError.h"
#include "Migrator.h"
#include "NetworkDrive.h"
#include "OpenDatabases.h"
#include "SqliteFileReader.h"
#include "Sql.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>
#include <QStorageInfo>

namespace {

QAtomicInteger<int> s_connectionCounter;

const QString kReadOnlyOption = QStringLiteral("QSQLITE_OPEN_READONLY");

// A random file must be refused before a connection touches it, so the header is read
// first: every SQLite 3 file starts with these 16 bytes. Read through SQLite's file
// layer, because this process may already hold the file open (a second window, the
// daily backup's connection) and a descriptor of our own would drop its locks.
bool hasSqliteHeader(const QString &path, bool *emptyFile)
{
    bool ok = false;
    const QByteArray head = SqliteFileReader::head(path, 16, &ok);
    if (!ok)
        return false;
    *emptyFile = head.isEmpty();
    return head == QByteArrayLiteral("SQLite format 3\0");
}

// Less room than SQLite needs to write a few pages and its log.
bool diskFull(const QString &folder)
{
    const QStorageInfo storage(folder);
    return storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < 256 * 1024;
}

QString diskFullMessage(const QString &path)
{
    return Database::tr("The disk holding %1 is full: the database cannot be opened or set up there. Nothing was changed; "
                        "free some space (or choose another disk) and try again.")
        .arg(QDir::toNativeSeparators(path));
}

} // namespace

Database::Database(QString connectionName, QString path)
    : m_connectionName(std::move(connectionName))
    , m_path(std::move(path))
{
}

Database::Database(Database &&other) noexcept
    : m_connectionName(std::exchange(other.m_connectionName, QString()))
    , m_path(std::exchange(other.m_path, QString()))
    , m_readOnly(other.m_readOnly)
    , m_notice(std::move(other.m_notice))
{
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_connectionName = std::exchange(other.m_connectionName, QString());
        m_path = std::exchange(other.m_path, QString());
        m_readOnly = other.m_readOnly;
        m_notice = std::move(other.m_notice);
    }
    return *this;
}

Database::~Database()
{
    close();
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    OpenDatabases::remove(m_path);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    return Sql::scalar(connection(), QStringLiteral("PRAGMA user_version")).toInt();
}

bool Database::isReadOnly(const QSqlDatabase &db)
{
    return db.connectOptions().contains(kReadOnlyOption);
}

QString Database::backupFolder(const QString &path)
{
    return QFileInfo(path).absoluteDir().filePath(QStringLiteral("backups"));
}

QString Database::attachmentFolder(const QString &path)
{
    const QFileInfo info(path);
    return info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral("-files"));
}

Database Database::open(const QString &path, OpenMode mode, Access access)
{
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    const bool readOnly = access == Access::ReadOnly;
    const bool created = !info.exists();
    // Two PCs writing one file on a shared drive corrupt it: SQLite's locks do not hold
    // across SMB or NFS. Such a file is only ever opened for reading.
    const NetworkDrive::Verdict drive = NetworkDrive::check(info.exists() ? absolute : info.absolutePath());
    if (drive.network && !readOnly)
        throw DatabaseError(DatabaseError::Kind::NetworkDrive,
                            tr("%1 is on a network drive (%2). FairCheck does not write to a database there: the file's "
                               "locks do not hold across the network, and two computers writing it at once damage it. "
                               "Open it read-only, or copy it to this computer and work on the copy; offices share "
                               "their data by exchange packages instead.")
                                .arg(QDir::toNativeSeparators(absolute), drive.kind));
    if (info.exists()) {
        if (!info.isFile())
            throw DatabaseError(DatabaseError::Kind::CannotOpen,
                                tr("%1 is a folder, not a database file.").arg(absolute));
        bool empty = false;
        if (!info.isReadable())
            throw DatabaseError(DatabaseError::Kind::CannotOpen,
                                tr("You do not have permission to read %1.").arg(absolute));
        if (!hasSqliteHeader(absolute, &empty) && !empty)
            throw DatabaseError(DatabaseError::Kind::NotFairCheck,
                                tr("%1 is not a FairCheck database; it was left unchanged.")
                                    .arg(absolute));
    } else {
        if (mode == OpenMode::ExistingOnly || readOnly)
            throw DatabaseError(DatabaseError::Kind::CannotOpen,
                                tr("The database file %1 does not exist.").arg(absolute));
        if (!QDir().mkpath(info.absolutePath()))
            throw DatabaseError(DatabaseError::Kind::CannotOpen,
                                tr("Cannot create the folder %1.").arg(info.absolutePath()));
    }

    const QString name = QStringLiteral("faircheck-%1").arg(s_connectionCounter.fetchAndAddOrdered(1));
    Database database(name, absolute);
    database.m_readOnly = readOnly;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(absolute);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000") + (readOnly ? QLatin1Char(';') + kReadOnlyOption : QString()));
        if (!db.open()) {
            if (diskFull(info.absolutePath()))
                throw DatabaseError(DatabaseError::Kind::Full, diskFullMessage(absolute), db.lastError().text());
            throw DatabaseError(DatabaseError::Kind::CannotOpen,
                                tr("Cannot open the database file %1.").arg(absolute),
                                db.lastError().text());
        }
    }
    OpenDatabases::add(absolute);
    QSqlDatabase db = database.connection();

    // Read before writing anything: identity, version, and that the schema is readable.
    bool fresh = false;
    try {
        const int appId = Sql::scalar(db, QStringLiteral("PRAGMA application_id")).toInt();
        const int version = Sql::scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
        const int objects = Sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master")).toInt();
        if (appId != ApplicationId && (objects > 0 || version != 0))
            throw DatabaseError(DatabaseError::Kind::NotFairCheck,
                                tr("%1 is a database of another program, not of FairCheck; it was left unchanged.")
                                    .arg(absolute));
        if (version > Migrator::currentVersion())
            throw DatabaseError(DatabaseError::Kind::TooNew,
                                tr("%1 was written by a newer FairCheck (schema %2; this program knows up to %3). "
                                   "Please install the newer version.")
                                    .arg(absolute)
                                    .arg(version)
                                    .arg(Migrator::currentVersion()));
        fresh = objects == 0 && version == 0;
    } catch (const DatabaseError &error) {
        if (error.kind() == DatabaseError::Kind::Corrupted)
            throw DatabaseError(DatabaseError::Kind::Corrupted,
                                tr("%1 is damaged and cannot be opened; it was left unchanged. "
                                   "Restore it from a backup.")
                                    .arg(absolute),
                                error.details());
        throw;
    }

    // A file written by an older FairCheck is copied before its schema is upgraded, so a
    // new program version can never cost the user their data; no copy, no upgrade. This
    // comes before the first write (switching to WAL) so a refused file keeps every byte.
    const int from = database.schemaVersion();
    if (readOnly) {
        if (from < Migrator::currentVersion())
            throw DatabaseError(DatabaseError::Kind::ReadOnly,
                                tr("%1 comes from an older FairCheck and must be upgraded before use, which cannot be "
                                   "done while it is opened read-only.")
                                    .arg(absolute));
        Sql::exec(db, QStringLiteral("PRAGMA query_only = ON"));
        return database;
    }
    try {
        prepareForWriting(database, from, fresh);
    } catch (const DatabaseError &error) {
        if (error.kind() != DatabaseError::Kind::Full && !diskFull(info.absolutePath()))
            throw;
        // A file this call created is not left behind half made.
        if (created) {
            db = QSqlDatabase(); // the last handle on the connection, so that it closes
            database.close();
            for (const QString &suffix : QStringList{QString()} + OpenDatabases::companionSuffixes())
                QFile::remove(absolute + suffix);
        }
        throw DatabaseError(DatabaseError::Kind::Full, diskFullMessage(absolute), error.details());
    }
    return database;
}

void Database::prepareForWriting(Database &database, int from, bool fresh)
{
    const QString absolute = database.path();
    const QSqlDatabase db = database.connection();
    if (from > 0 && from < Migrator::currentVersion()) {
        try {
            DatabaseBackup::write(database, preMigrationBackupPath(absolute, from));
        } catch (const Error &error) {
            const auto *failure = dynamic_cast<const DatabaseError *>(&error);
            throw DatabaseError(failure ? failure->kind() : DatabaseError::Kind::ReadOnly,
                                tr("%1 comes from an older FairCheck and must be upgraded, but the backup "
                                   "taken before the upgrade could not be written; it was left unchanged.")
                                    .arg(absolute),
                                error.message());
        }
    }
    // A new file gets larger pages than SQLite's 4 KiB: a register of a million rows and its
    // indexes are read and written in a quarter as many pages (a first import of 1M rows
    // about 10 % faster, mostly in building the indexes). It must be set before the first
    // write; a file made by an older FairCheck keeps the size it has.
    if (fresh)
        Sql::exec(db, QStringLiteral("PRAGMA page_size = %1").arg(NewFilePageSize));
    // Settings every connection needs; foreign keys are off by default in SQLite.
    Sql::exec(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    Sql::exec(db, QStringLiteral("PRAGMA journal_mode = WAL"));
    Sql::exec(db, QStringLiteral("PRAGMA synchronous = NORMAL"));
    Migrator::migrate(db);
    if (const qint64 repair = CaptureGuard::repairIfAltered(db))
        database.m_notice = CaptureGuard::repairNotice(repair);
}

QString Database::preMigrationBackupPath(const QString &path, int fromVersion)
{
    return path + QStringLiteral(".schema%1.bak").arg(fromVersion);
}

QString Database::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("faircheck.db"));
}

QString Database::resolvePath(const QString &commandLineValue)
{
    if (!commandLineValue.isEmpty())
        return commandLineValue;
    const QString fromEnvironment = qEnvironmentVariable("FAIRCHECK_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return defaultPath();
}
