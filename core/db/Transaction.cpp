#include "Transaction.h"

#include "Sql.h"

#include <QSqlQuery>

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    Sql::exec(m_db, QStringLiteral("BEGIN IMMEDIATE"));
    m_active = true;
}

Transaction::~Transaction()
{
    if (m_active) {
        // Destructors must not throw; a failed rollback leaves SQLite to roll back
        // when the connection closes.
        QSqlQuery rollback(m_db);
        rollback.exec(QStringLiteral("ROLLBACK"));
    }
}

void Transaction::commit()
{
    Sql::exec(m_db, QStringLiteral("COMMIT"));
    m_active = false;
}
