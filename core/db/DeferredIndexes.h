#pragma once

#include <QSqlDatabase>
#include <QStringList>

#include <optional>

// Bulk writes inside a transaction: drops a table's secondary indexes (all, or only the
// named ones, which may be none) and builds them again in rebuild(), once, from sorted data — several
// times faster than maintaining them row by row. If the transaction rolls back
// instead, SQLite restores the dropped indexes with it.
class DeferredIndexes final
{
public:
    DeferredIndexes(const QSqlDatabase &db, const QString &table, const std::optional<QStringList> &only = std::nullopt);

    // The table's indexes with a key column among `columns` (an expression counts as
    // one). For a load that writes only those columns into an empty table, the others
    // can stay: each new row adds nothing to them or one entry at their end (its key is
    // all nulls, its rowid the highest), which costs less than building them again.
    static QStringList keyedOnAny(const QSqlDatabase &db, const QString &table, const QStringList &columns);

    void rebuild();

private:
    QSqlDatabase m_db;
    QStringList m_definitions;
};
