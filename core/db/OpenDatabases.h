#pragma once

#include <QStringList>
#include <QString>

// The database files this process holds open, so that nothing else in the process
// opens and closes another descriptor of them. On POSIX systems a process's locks on
// a file belong to the process, not to a descriptor: closing any descriptor of the
// database file drops the lock every connection holds on it, and another program then
// believes it is the last user, checkpoints and deletes the WAL that this process
// still writes to (SQLite's "How To Corrupt" guide, section 2.2). Inputs (InputFile)
// and outputs (OutputFile) named by users are checked against this list first.
class OpenDatabases final
{
public:
    static void add(const QString &databasePath);
    static void remove(const QString &databasePath);

    // Whether `path` is an open database file or one of its companions (-wal, -shm,
    // -journal), by name or, where the file exists, by identity (a hard or symbolic
    // link to it counts). Asking never opens the file.
    static bool covers(const QString &path);
    // The open database `path` belongs to (the file itself, a companion, or a file in
    // its backups or attachments folder); empty when none.
    static QString ownerOf(const QString &path);

    static QStringList companionSuffixes();
    // The same file, by name or by identity; never opens either.
    static bool sameFile(const QString &a, const QString &b);
    // `path` is the database `databasePath` or one of its companions.
    static bool isDatabaseOrCompanion(const QString &path, const QString &databasePath);
};
