#pragma once

#include <QSqlDatabase>
#include <QStringList>

// Bulk writes inside a transaction: drops a table's secondary indexes (all, or the
// named ones) and builds them again in rebuild(), once, from sorted data — several
// times faster than maintaining them row by row. If the transaction rolls back
// instead, SQLite restores the dropped indexes with it.
class DeferredIndexes final
{
public:
    DeferredIndexes(const QSqlDatabase &db, const QString &table, const QStringList &only = {});

    void rebuild();

private:
    QSqlDatabase m_db;
    QStringList m_definitions;
};
