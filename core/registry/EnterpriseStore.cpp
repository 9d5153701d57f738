#include "EnterpriseStore.h"

#include "db/Sql.h"

#include <QSqlQuery>

namespace {

// Townships and industries are small lookup tables; joining them per page is cheap,
// while the filter and the order stay on the enterprise table's own indexes.
const QString kSelect = QStringLiteral(
    "SELECT e.id, e.uscc, e.name, t.name, i.name, e.registration_date, e.status, e.credit_score, e.credit_tier "
    "FROM (SELECT * FROM enterprise%1%2 LIMIT ? OFFSET ?) e "
    "LEFT JOIN township t ON t.id = e.township_id LEFT JOIN industry i ON i.code = e.industry_code");

EnterpriseStore::Row readRow(const QSqlQuery &q)
{
    EnterpriseStore::Row row;
    row.id = q.value(0).toLongLong();
    row.uscc = q.value(1).toString();
    row.name = q.value(2).toString();
    row.township = q.value(3).toString();
    row.industry = q.value(4).toString();
    row.registrationDate = q.value(5).toString();
    row.status = q.value(6).toString();
    row.score = q.value(7);
    row.tier = q.value(8).toString();
    return row;
}

} // namespace

EnterpriseStore::EnterpriseStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

qint64 EnterpriseStore::count(const EnterpriseQuery &query) const
{
    QVariantList binds;
    const QString where = query.whereClause(&binds);
    return Sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM enterprise") + where, binds).toLongLong();
}

QList<EnterpriseStore::Row> EnterpriseStore::page(const EnterpriseQuery &query, qint64 offset, int limit) const
{
    QVariantList binds;
    const QString where = query.whereClause(&binds);
    binds << limit << offset;
    // The page is cut from the enterprise table alone; the outer ORDER BY restates
    // the order, which the joins would otherwise not guarantee.
    const QString sql = kSelect.arg(where, query.orderClause()) + query.orderClause(QStringLiteral("e."));
    QSqlQuery q = Sql::exec(m_db, sql, binds);
    QList<Row> rows;
    rows.reserve(limit);
    while (q.next())
        rows.append(readRow(q));
    return rows;
}

std::optional<EnterpriseStore::Detail> EnterpriseStore::detail(qint64 id) const
{
    QSqlQuery q = Sql::exec(m_db, QStringLiteral(
        "SELECT e.id, e.uscc, e.name, t.name, i.name, e.registration_date, e.status, e.credit_score, e.credit_tier, "
        "       e.legal_representative, e.legal_representative_id, e.phone, e.address, "
        "       EXISTS (SELECT 1 FROM sandbox_membership s WHERE s.enterprise_id = e.id AND s.exited_on IS NULL), "
        "       (SELECT count(*) FROM visit v WHERE v.enterprise_id = e.id AND v.status = 'done'), "
        "       (SELECT count(*) FROM penalty_case p WHERE p.enterprise_id = e.id), "
        "       (SELECT count(*) FROM clue c JOIN hotline_order o ON o.id = c.hotline_order_id "
        "         WHERE o.enterprise_id = e.id AND c.state <> 'closed') "
        "FROM enterprise e LEFT JOIN township t ON t.id = e.township_id "
        "LEFT JOIN industry i ON i.code = e.industry_code WHERE e.id = ?"),
        {id});
    if (!q.next())
        return std::nullopt;
    Detail d;
    d.row = readRow(q);
    d.legalRepresentative = q.value(9).toString();
    d.legalRepresentativeId = q.value(10).toString();
    d.phone = q.value(11).toString();
    d.address = q.value(12).toString();
    d.inSandbox = q.value(13).toBool();
    d.visits = q.value(14).toInt();
    d.penaltyCases = q.value(15).toInt();
    d.openClues = q.value(16).toInt();
    QSqlQuery events = Sql::exec(m_db, QStringLiteral(
        "SELECT event_date, kind, points, reason FROM credit_event WHERE enterprise_id = ? "
        "ORDER BY event_date DESC, id DESC LIMIT 10"), {id});
    while (events.next())
        d.recentEvents.append({QDate::fromString(events.value(0).toString(), Qt::ISODate), events.value(1).toString(),
                               events.value(2).toInt(), events.value(3).toString()});
    return d;
}

QList<QPair<qint64, QString>> EnterpriseStore::townships() const
{
    QList<QPair<qint64, QString>> list;
    QSqlQuery q = Sql::exec(m_db, QStringLiteral("SELECT id, name FROM township ORDER BY code"));
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString()});
    return list;
}

QList<QPair<QString, QString>> EnterpriseStore::industries() const
{
    QList<QPair<QString, QString>> list;
    QSqlQuery q = Sql::exec(m_db, QStringLiteral("SELECT code, name FROM industry ORDER BY code"));
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString()});
    return list;
}

qint64 EnterpriseStore::townshipId(const QString &name) const
{
    return Sql::scalar(m_db, QStringLiteral("SELECT id FROM township WHERE name = ?"), {name}).toLongLong();
}

QString EnterpriseStore::nameOf(const QString &uscc) const
{
    return Sql::scalar(m_db, QStringLiteral("SELECT name FROM enterprise WHERE uscc = ?"), {uscc}).toString();
}
