#include "Transaction.h"

#include "ChangeCapture.h"
#include "Sql.h"
#include "SqliteHandle.h"

#include <QAtomicInteger>
#include <QSqlQuery>

#include <sqlite3.h>

namespace {
QAtomicInteger<quint32> s_savepointCounter;
}

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    sqlite3 *handle = SqliteHandle::of(m_db);
    if (handle && sqlite3_get_autocommit(handle) == 0) {
        m_savepoint = QStringLiteral("fc_%1").arg(s_savepointCounter.fetchAndAddOrdered(1));
        Sql::exec(m_db, QStringLiteral("SAVEPOINT ") + m_savepoint);
    } else {
        Sql::exec(m_db, QStringLiteral("BEGIN IMMEDIATE"));
        // Changes captured from here on are this transaction's, sealed at commit.
        m_captureFrom = ChangeCapture::capturing(m_db) ? ChangeCapture::lastChange(m_db) : 0;
    }
    m_active = true;
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    // Destructors must not throw; a failed rollback leaves SQLite to roll back when
    // the connection closes.
    QSqlQuery rollback(m_db);
    if (m_savepoint.isEmpty()) {
        rollback.exec(QStringLiteral("ROLLBACK"));
    } else {
        rollback.exec(QStringLiteral("ROLLBACK TO ") + m_savepoint);
        rollback.exec(QStringLiteral("RELEASE ") + m_savepoint);
    }
}

void Transaction::commit()
{
    if (m_savepoint.isEmpty() && ChangeCapture::capturing(m_db))
        ChangeCapture::seal(m_db, m_captureFrom);
    Sql::exec(m_db, m_savepoint.isEmpty() ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + m_savepoint);
    m_active = false;
}
