#include "DeferredIndexes.h"

#include "Sql.h"

#include <QSqlQuery>

DeferredIndexes::DeferredIndexes(const QSqlDatabase &db, const QString &table, const QStringList &only)
    : m_db(db)
{
    QStringList names;
    {
        // Read them all before dropping: a DROP while the cursor is open fails.
        QSqlQuery q = Sql::exec(m_db, QStringLiteral(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL"), {table});
        while (q.next()) {
            if (!only.isEmpty() && !only.contains(q.value(0).toString()))
                continue;
            names.append(q.value(0).toString());
            m_definitions.append(q.value(1).toString());
        }
    }
    for (const QString &name : std::as_const(names))
        Sql::exec(m_db, QStringLiteral("DROP INDEX \"%1\"").arg(name));
}

void DeferredIndexes::rebuild()
{
    for (const QString &definition : std::as_const(m_definitions))
        Sql::exec(m_db, definition);
    m_definitions.clear();
}
