#pragma once

#include <QSqlDatabase>

struct sqlite3;

// The raw SQLite handle behind a QSQLITE connection, for the few paths that need the
// C API (online backup, bulk scans). Safe because Debian's Qt links the system
// SQLite that we link too. nullptr for other drivers.
class SqliteHandle final
{
public:
    static sqlite3 *of(const QSqlDatabase &db);
    // Whether the connection is inside a transaction (SQLite's autocommit is off).
    static bool inTransaction(const QSqlDatabase &db);
};
