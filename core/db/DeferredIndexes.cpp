#include "DeferredIndexes.h"

#include "ScopedPragma.h"
#include "Sql.h"

#include <QSqlQuery>

namespace {
constexpr int kSortKibibytes = 2000; // SQLite's own default cache
constexpr int kSortThreads = 4;
}

DeferredIndexes::DeferredIndexes(const QSqlDatabase &db, const QString &table, const std::optional<QStringList> &only)
    : m_db(db)
{
    QStringList names;
    {
        // Read them all before dropping: a DROP while the cursor is open fails.
        QSqlQuery q = Sql::exec(m_db, QStringLiteral(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL"), {table});
        while (q.next()) {
            if (only && !only->contains(q.value(0).toString()))
                continue;
            names.append(q.value(0).toString());
            m_definitions.append(q.value(1).toString());
        }
    }
    for (const QString &name : std::as_const(names))
        Sql::exec(m_db, QStringLiteral("DROP INDEX \"%1\"").arg(name));
}

QStringList DeferredIndexes::keyedOnAny(const QSqlDatabase &db, const QString &table, const QStringList &columns)
{
    QStringList names;
    QSqlQuery q = Sql::exec(db, QStringLiteral("SELECT m.name, x.cid, x.name FROM sqlite_master m, pragma_index_xinfo(m.name) x "
                                               "WHERE m.type = 'index' AND m.tbl_name = ? AND x.key = 1 ORDER BY m.rowid, x.seqno"), {table});
    while (q.next()) {
        const QString name = q.value(0).toString();
        if (!names.contains(name) && (q.value(1).toInt() == -2 || columns.contains(q.value(2).toString())))
            names.append(name);
    }
    return names;
}

void DeferredIndexes::rebuild()
{
    // SQLite sorts an index's keys in runs the size of the page cache, then merges the runs.
    // One run of hundreds of megabytes misses the processor's caches at every step; runs of
    // a few megabytes, sorted by other threads while the next is read, stay in them. The
    // pages the caller held in its cache are written out earlier, not twice.
    // Four helpers even on two cores: with one, the thread reading the table waited for it
    // to finish the previous run.
    const ScopedPragma cache(m_db, "cache_size", -kSortKibibytes);
    const ScopedPragma threads(m_db, "threads", kSortThreads);
    for (const QString &definition : std::as_const(m_definitions))
        Sql::exec(m_db, definition);
    m_definitions.clear();
}
