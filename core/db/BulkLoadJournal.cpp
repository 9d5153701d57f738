#include "BulkLoadJournal.h"

#include "Sql.h"

#include <QSqlQuery>

namespace {

// Runs a pragma and gives its first value; an empty QVariant when it fails, without
// throwing: failing is the expected answer when another connection has the file open.
QVariant tryPragma(const QSqlDatabase &db, const QString &pragma)
{
    QSqlQuery q(db);
    if (!q.exec(pragma) || !q.next())
        return {};
    return q.value(0);
}

} // namespace

BulkLoadJournal::BulkLoadJournal(QSqlDatabase db)
    : m_db(std::move(db))
{
    // Leaving the log needs the file to itself; ask without waiting for others to let go.
    const int timeout = Sql::scalar(m_db, QStringLiteral("PRAGMA busy_timeout")).toInt();
    Sql::exec(m_db, QStringLiteral("PRAGMA busy_timeout = 0"));
    m_active = tryPragma(m_db, QStringLiteral("PRAGMA journal_mode = DELETE")).toString() == u"delete";
    Sql::exec(m_db, QStringLiteral("PRAGMA busy_timeout = %1").arg(timeout));
    if (m_active) {
        m_synchronous = Sql::scalar(m_db, QStringLiteral("PRAGMA synchronous")).toInt();
        Sql::exec(m_db, QStringLiteral("PRAGMA synchronous = FULL"));
    }
}

BulkLoadJournal::~BulkLoadJournal()
{
    if (!m_active)
        return;
    // Should another program have opened the file meanwhile, the switch back fails here;
    // the next Database::open puts the log back then. Nothing to throw from a destructor.
    tryPragma(m_db, QStringLiteral("PRAGMA synchronous = %1").arg(m_synchronous));
    tryPragma(m_db, QStringLiteral("PRAGMA journal_mode = WAL"));
}
