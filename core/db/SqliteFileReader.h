#pragma once

#include <QByteArray>
#include <QString>

#include <atomic>

// Reads a database file through SQLite's own file layer instead of a second
// descriptor of our own. SQLite's Unix layer knows every descriptor the process has
// on a file and, while any connection holds a lock on it, keeps a closed descriptor
// open until the lock goes; a QFile or fopen would close at once and drop the locks of
// every connection in the process (OpenDatabases explains why that loses the WAL).
class SqliteFileReader final
{
public:
    // The first `bytes` bytes (fewer when the file is shorter); std::nullopt-like
    // empty result with *ok false when the file cannot be opened.
    static QByteArray head(const QString &path, int bytes, bool *ok = nullptr);
    // SHA-256 of the whole file, empty when it cannot be read.
    static QByteArray sha256(const QString &path, const std::atomic<bool> *stop = nullptr);
};
