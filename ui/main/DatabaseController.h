#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

class Database;
class DatabaseLock;
class QWidget;

// Owns the GUI's open database and every way of getting one: open, create, the demo
// county (built on a worker thread with progress and cancel), recent files. Errors
// are shown through ErrorDialog; a failed open keeps the previous database. A window
// claims its file (DatabaseLock): a file another window has open, or one on a network
// drive, is offered read-only instead.
class DatabaseController final : public QObject
{
    Q_OBJECT

public:
    explicit DatabaseController(QObject *parent = nullptr);
    ~DatabaseController() override;

    Database *database() const { return m_database.get(); }
    // Why the open database is read-only; empty when it may be changed.
    QString readOnlyReason() const { return m_readOnlyReason; }
    // Where the last restore kept the file it replaced.
    QString lastKeptAs() const { return m_lastKeptAs; }

    bool openFile(const QString &path, QWidget *parent);
    bool createFile(const QString &path, QWidget *parent);
    // interactive = false builds the demo without a dialog (screenshots, tests).
    bool openDemo(QWidget *parent, bool interactive = true);

    // Replaces the database file with a checked backup (the replaced file is kept) and opens
    // it. Needs an administrator of the file replaced: asks them to sign in when no one is.
    bool restoreBackup(const QString &backupPath, const QString &databasePath, QWidget *parent);
    // Closes the open database (and gives up its claim).
    void close();
    // The backup taken when the window closes (rotated with the daily ones).
    void backUpOnClose(QWidget *parent);

    QStringList recentFiles() const;
    QString lastDatabase() const;

    static QString demoPath();

signals:
    void databaseChanged();

private:
    bool open(const QString &path, bool create, QWidget *parent);
    void signIn(const Database &database, QWidget *parent);
    std::unique_ptr<Database> openDatabase(const QString &path, bool create, QWidget *parent, QString *readOnlyReason,
                                           std::unique_ptr<DatabaseLock> *lock);
    bool generateDemo(const QString &target, QWidget *parent, bool interactive);
    void adopt(std::unique_ptr<Database> database);

    std::unique_ptr<Database> m_database;
    std::unique_ptr<DatabaseLock> m_lock;
    QString m_readOnlyReason;
    QString m_lastKeptAs;
};
