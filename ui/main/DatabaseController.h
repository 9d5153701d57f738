#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

class Database;
class QWidget;

// Owns the GUI's open database and every way of getting one: open, create, the demo
// county (built on a worker thread with progress and cancel), recent files. Errors
// are shown through ErrorDialog; a failed open keeps the previous database.
class DatabaseController final : public QObject
{
    Q_OBJECT

public:
    explicit DatabaseController(QObject *parent = nullptr);
    ~DatabaseController() override;

    Database *database() const { return m_database.get(); }

    bool openFile(const QString &path, QWidget *parent);
    bool createFile(const QString &path, QWidget *parent);
    // interactive = false builds the demo without a dialog (screenshots, tests).
    bool openDemo(QWidget *parent, bool interactive = true);

    // Replaces the database file with a checked backup (the replaced file is kept) and opens it.
    bool restoreBackup(const QString &backupPath, const QString &databasePath, QWidget *parent);
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
    bool generateDemo(const QString &target, QWidget *parent, bool interactive);
    void adopt(std::unique_ptr<Database> database);

    std::unique_ptr<Database> m_database;
};
