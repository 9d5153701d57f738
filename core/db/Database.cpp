#include "Database.h"

#include "DatabaseBackup.h"
#include "DatabaseError.h"
#include "Migrator.h"
#include "Sql.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>

namespace {

QAtomicInteger<int> s_connectionCounter;

// A random file must be refused without SQLite ever touching it, so the header is
// read by hand first: every SQLite 3 file starts with these 16 bytes.
bool hasSqliteHeader(const QString &path, bool *emptyFile)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(16);
    *emptyFile = head.isEmpty();
    return head == QByteArrayLiteral("SQLite format 3\0");
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
{
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_connectionName = std::exchange(other.m_connectionName, QString());
        m_path = std::exchange(other.m_path, QString());
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
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    return Sql::scalar(connection(), QStringLiteral("PRAGMA user_version")).toInt();
}

Database Database::open(const QString &path, OpenMode mode)
{
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
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
        if (mode == OpenMode::ExistingOnly)
            throw DatabaseError(DatabaseError::Kind::CannotOpen,
                                tr("The database file %1 does not exist.").arg(absolute));
        if (!QDir().mkpath(info.absolutePath()))
            throw DatabaseError(DatabaseError::Kind::CannotOpen,
                                tr("Cannot create the folder %1.").arg(info.absolutePath()));
    }

    const QString name = QStringLiteral("faircheck-%1").arg(s_connectionCounter.fetchAndAddOrdered(1));
    Database database(name, absolute);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(absolute);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            throw DatabaseError(DatabaseError::Kind::CannotOpen,
                                tr("Cannot open the database file %1.").arg(absolute),
                                db.lastError().text());
    }
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
    if (from > 0 && from < Migrator::currentVersion()) {
        try {
            DatabaseBackup::write(database, preMigrationBackupPath(absolute, from));
        } catch (const DatabaseError &error) {
            throw DatabaseError(error.kind(),
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
    return database;
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
