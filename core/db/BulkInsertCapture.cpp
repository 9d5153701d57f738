#include "BulkInsertCapture.h"

#include "ChangeCapture.h"
#include "Sql.h"

#include <QJsonDocument>
#include <QSqlQuery>

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

void BulkInsertCapture::finish(const QJsonObject &source)
{
    if (m_triggerSql.isEmpty())
        return;
    QSqlQuery range = Sql::exec(m_db, QStringLiteral("SELECT min(rowid), max(rowid), count(*) FROM \"%1\" WHERE rowid > ?").arg(m_table),
                                      {m_lastRow});
    range.next();
    const qint64 count = range.value(2).toLongLong();
    if (count > 0) {
        QJsonObject bulk = source;
        bulk.insert(QStringLiteral("first"), range.value(0).toLongLong());
        bulk.insert(QStringLiteral("last"), range.value(1).toLongLong());
        bulk.insert(QStringLiteral("rows"), count);
        Sql::exec(m_db, QStringLiteral("INSERT INTO change_log (tbl, row_id, op, new_values) VALUES (?, NULL, 'insert', ?)"),
                  {m_table, QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("bulk"), bulk}}).toJson(QJsonDocument::Compact))});
    }
    Sql::exec(m_db, m_triggerSql);
    m_triggerSql.clear();
}
