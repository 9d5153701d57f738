#pragma once

#include <QSqlDatabase>
#include <QString>

// Schema 11: every CHECK (column IN ('a', 'b', …)) in the tables' definitions becomes
// CHECK (column = 'a' OR column = 'b' OR …). The rule is the same (NULL passes both), but
// SQLite 3.40 builds a temporary b-tree for the IN list each time it checks a row: for
// a million-row import that was two b-trees opened, filled and freed per enterprise.
// Only the schema text changes (no row is touched), through writable_schema as SQLite's
// ALTER TABLE documentation describes for CHECK constraints, inside the caller's
// transaction.
class InListChecks final
{
public:
    // A table's CREATE statement with its IN-list checks expanded; the same text when
    // there is none (or a list holds anything but plain literals).
    static QString expand(const QString &createTable);
    // Rewrites every table that has such a check; returns how many were changed.
    static int rewrite(const QSqlDatabase &db);
    // Widens a column's expanded check (column = 'a' OR …) by more values, the same way:
    // no row can break a wider rule. Throws DatabaseError when the check is not found.
    static void allow(const QSqlDatabase &db, const QString &table, const QString &column, const QStringList &values);
};
