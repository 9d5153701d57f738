#include "SqliteReadConnection.h"

#include "DatabaseError.h"

#include <QCoreApplication>
#include <QFile>

#include <sqlite3.h>

SqliteReadConnection::SqliteReadConnection(const QString &path, int cacheKiB)
{
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_handle, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr)
        != SQLITE_OK) {
        const QString details = QString::fromUtf8(sqlite3_errmsg(m_handle));
        sqlite3_close(m_handle);
        throw DatabaseError(DatabaseError::Kind::CannotOpen,
                            QCoreApplication::translate("Database", "%1 cannot be opened.").arg(path), details);
    }
    sqlite3_busy_timeout(m_handle, 5000);
    const QByteArray pragma = "PRAGMA cache_size = -" + QByteArray::number(cacheKiB);
    sqlite3_exec(m_handle, pragma.constData(), nullptr, nullptr, nullptr);
}

SqliteReadConnection::~SqliteReadConnection()
{
    sqlite3_close(m_handle);
}
