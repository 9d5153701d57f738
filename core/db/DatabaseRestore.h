#pragma once

#include <QCoreApplication>
#include <QString>

// Replacing a database file with one of its backups. Only an administrator of the file
// being replaced may do it (a file too damaged to open has no roles to ask); a backup
// whose users have no passwords, while the current file has them, would turn access
// control off and is refused unless the administrator accepts exactly that. Nothing
// is ever lost: the replaced file is kept as <file>.before-restore, .before-restore.2
// and so on, never over an earlier one. The restore is recorded in both files: in the
// replaced one before it goes, in the restored one after it arrives (who, when, which
// backup, the replaced file's SHA-256). A file open in a FairCheck window, or in any
// other program, is not replaced.
class DatabaseRestore final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseRestore)

public:
    struct Options
    {
        bool acceptWeakerProtection = false;
    };
    struct Result
    {
        QString keptAs;         // where the replaced file now is (empty when there was none)
        QString replacedSha256; // of the replaced file as it was set aside
        bool replacedWasDamaged = false;
    };

    // Throws DatabaseError; when it does, the database file is as it was.
    static Result restore(const QString &backupPath, const QString &databasePath, const Options &options);

    // Whether the backup's users have passwords while the database's do: the check
    // restore() makes, for the GUI to ask before it tries.
    static bool weakensProtection(const QString &backupPath, const QString &databasePath);
    // The first free name of the form <file>.before-restore[.N].
    static QString keptName(const QString &databasePath);
};
