#include "DatabaseBackup.h"

#include "Database.h"
#include "DatabaseError.h"
#include "OutputFile.h"
#include "AccessPolicy.h"
#include "SqliteHandle.h"

#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace {

struct SqliteCloser
{
    sqlite3 *db = nullptr;
    ~SqliteCloser() { sqlite3_close(db); }
};

} // namespace

void DatabaseBackup::copyTo(const Database &database, const QString &targetPath)
{
    AccessPolicy::current().require(database.connection(), AccessPolicy::Permission::CopyDatabase);
    OutputFile::check(targetPath, {QStringLiteral("db"), QStringLiteral("bak")});
    write(database, targetPath);
}

void DatabaseBackup::write(const Database &database, const QString &targetPath)
{
    sqlite3 *source = SqliteHandle::of(database.connection());
    if (!source)
        throw DatabaseError(DatabaseError::Kind::CannotOpen, tr("The database is not open."));

    const QString target = QFileInfo(targetPath).absoluteFilePath();
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);

    SqliteCloser dest;
    if (sqlite3_open_v2(QFile::encodeName(partial).constData(), &dest.db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK)
        throw DatabaseError(DatabaseError::Kind::CannotOpen,
                            tr("Cannot write the backup file %1.").arg(target),
                            QString::fromUtf8(sqlite3_errmsg(dest.db)));

    sqlite3_backup *backup = sqlite3_backup_init(dest.db, "main", source, "main");
    if (!backup)
        throw DatabaseError(DatabaseError::Kind::Query, tr("The backup could not start."),
                            QString::fromUtf8(sqlite3_errmsg(dest.db)));
    int rc = SQLITE_OK;
    do {
        // Copy in slices so writers in other connections are not held up for long.
        rc = sqlite3_backup_step(backup, 4096);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(20);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        const QString details = QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close(dest.db);
        dest.db = nullptr;
        QFile::remove(partial);
        throw DatabaseError(DatabaseError::Kind::Query, tr("The backup failed; nothing was written."), details);
    }

    // The copy is a rollback-journal file so it is one self-contained file.
    sqlite3_exec(dest.db, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
    sqlite3_stmt *check = nullptr;
    sqlite3_prepare_v2(dest.db, "PRAGMA quick_check", -1, &check, nullptr);
    const bool ok = check && sqlite3_step(check) == SQLITE_ROW
        && qstrcmp(reinterpret_cast<const char *>(sqlite3_column_text(check, 0)), "ok") == 0;
    sqlite3_finalize(check);
    sqlite3_close(dest.db);
    dest.db = nullptr;
    if (!ok) {
        QFile::remove(partial);
        throw DatabaseError(DatabaseError::Kind::Corrupted, tr("The backup copy failed its check; nothing was written."));
    }
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(target).constData()) != 0) {
        QFile::remove(partial);
        throw DatabaseError(DatabaseError::Kind::CannotOpen, tr("Cannot write the backup file %1.").arg(target));
    }
}
