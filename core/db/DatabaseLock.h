#pragma once

#include <QCoreApplication>
#include <QLockFile>
#include <QString>

#include <memory>

// The claim of one FairCheck window on a database file: a lock file beside it
// (<file>.lock, QLockFile) that names the process and computer holding it. A second
// window on the same file is refused (or offered the file read-only); a lock left by a
// program that crashed is recognised as stale and taken over. Restoring a backup needs
// the claim too, so a file open in a window is never replaced under it.
class DatabaseLock final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseLock)

public:
    explicit DatabaseLock(const QString &databasePath);
    ~DatabaseLock();
    DatabaseLock(const DatabaseLock &) = delete;
    DatabaseLock &operator=(const DatabaseLock &) = delete;

    // True when this object now holds the claim (a stale one is recovered first).
    bool tryLock();
    bool isLocked() const;
    // Who holds the claim when tryLock failed: "process 1234 on office-pc-3".
    QString holder() const;

    static QString lockPath(const QString &databasePath);

private:
    std::unique_ptr<QLockFile> m_lock;
};
