#pragma once

#include <QString>

struct sqlite3;

// A read-only connection of its own to a database file, through SQLite's C API, for a
// worker thread that scans while the main connection holds its transaction (a WAL reader
// blocks no one). SQLite shares a file's locks among its connections in one process and
// keeps the descriptor of a closed one open while others hold locks, so closing this one
// leaves theirs alone.
class SqliteReadConnection final
{
public:
    // Throws DatabaseError when the file cannot be opened.
    SqliteReadConnection(const QString &path, int cacheKiB);
    ~SqliteReadConnection();
    SqliteReadConnection(const SqliteReadConnection &) = delete;
    SqliteReadConnection &operator=(const SqliteReadConnection &) = delete;

    sqlite3 *handle() const { return m_handle; }

private:
    sqlite3 *m_handle = nullptr;
};
