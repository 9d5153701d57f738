#include "BulkInsertCapture.h"

#include "ChangeCapture.h"
#include "Sql.h"

BulkInsertCapture::BulkInsertCapture(const QSqlDatabase &db, const QString &table)
    : m_db(db)
    , m_table(table)
{
    const QString trigger = ChangeCapture::triggerName(table, "insert");
    m_triggerSql = Sql::scalar(db, QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?"), {trigger}).toString();
    if (m_triggerSql.isEmpty())
        return;
    m_lastRow = Sql::scalar(db, QStringLiteral("SELECT COALESCE(max(rowid), 0) FROM \"%1\"").arg(table)).toLongLong();
    Sql::exec(db, QStringLiteral("DROP TRIGGER \"%1\"").arg(trigger));
}

void BulkInsertCapture::finish()
{
    if (m_triggerSql.isEmpty())
        return;
    Sql::exec(m_db, QStringLiteral("INSERT INTO change_log (tbl, row_id, op, new_values) SELECT '%1', NEW.rowid, 'insert', %2 "
                                   "FROM \"%1\" AS NEW WHERE NEW.rowid > ? ORDER BY NEW.rowid")
                        .arg(m_table, ChangeCapture::rowValues(m_db, m_table, QStringLiteral("NEW"))),
              {m_lastRow});
    Sql::exec(m_db, m_triggerSql);
    m_triggerSql.clear();
}
