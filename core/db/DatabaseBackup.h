#pragma once

#include <QCoreApplication>
#include <QString>

class Database;

// A consistent copy of a live database through SQLite's online backup API: other
// connections may keep reading and writing meanwhile. The copy is written beside the
// target, checked, and only then renamed over it, so a failed backup never leaves a
// half-written file under the target name.
class DatabaseBackup final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseBackup)

public:
    // A copy for a user, at a place they chose: it holds everything (password hashes, the
    // inspection-code key), so only an administrator may take it; the name is checked as
    // every output's is (OutputFile) and must end in .db or .bak.
    static void copyTo(const Database &database, const QString &targetPath);
    // The copy itself, for the program's own backups (the rotation, the copy before a
    // schema upgrade): no role check, any name.
    static void write(const Database &database, const QString &targetPath);
};
