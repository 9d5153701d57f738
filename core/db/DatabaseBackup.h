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
    static void write(const Database &database, const QString &targetPath);
};
