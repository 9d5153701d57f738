#pragma once

#include <QSqlDatabase>
#include <QStringList>

// Brings a database from its PRAGMA user_version to currentVersion() with cumulative
// steps inside one transaction: either every step applies or none does.
class Migrator final
{
public:
    static int currentVersion();
    static void migrate(const QSqlDatabase &db);

    // Splits a schema script into statements (each ends with ';' at a line end).
    static QStringList statements(const QString &script);

private:
    static void runScript(const QSqlDatabase &db, const QString &resource);
};
