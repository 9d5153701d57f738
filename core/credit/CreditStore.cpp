#include "CreditStore.h"

#include "db/Sql.h"
#include "validation/TextNormalizer.h"

#include <QSqlQuery>

CreditStore::CreditStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::optional<qint64> CreditStore::enterpriseByUscc(const QString &uscc) const
{
    const QVariant id = Sql::scalar(m_db, QStringLiteral("SELECT id FROM enterprise WHERE uscc = ?"), {TextNormalizer::code(uscc)});
    return id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt;
}

CreditFacts CreditStore::facts(qint64 enterpriseId) const
{
    QSqlQuery q = Sql::exec(m_db, QStringLiteral("SELECT industry_code, status FROM enterprise WHERE id = ?"), {enterpriseId});
    CreditFacts f;
    if (q.next()) {
        f.industryCode = q.value(0).toString();
        f.status = q.value(1).toString();
    }
    return f;
}

QList<CreditEventInput> CreditStore::events(qint64 enterpriseId) const
{
    QSqlQuery q = Sql::exec(m_db, QStringLiteral(
        "SELECT e.id, e.event_date, e.kind, e.points, e.red_line, e.publicity_end, e.reason, "
        "       (SELECT min(r.granted_on) FROM credit_repair r WHERE r.credit_event_id = e.id AND r.status = 'granted'), "
        "       COALESCE(e.publicity_class, '') "
        "FROM credit_event e WHERE e.enterprise_id = ? ORDER BY e.event_date, e.id"), {enterpriseId});
    QList<CreditEventInput> list;
    while (q.next()) {
        CreditEventInput e;
        e.id = q.value(0).toLongLong();
        e.date = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        e.kind = q.value(2).toString();
        e.storedPoints = q.value(3).toInt();
        e.redLine = q.value(4).toBool();
        e.publicityEnd = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        e.reason = q.value(6).toString();
        e.repairedOn = QDate::fromString(q.value(7).toString(), Qt::ISODate);
        e.publicityClass = q.value(8).toString();
        list.append(e);
    }
    return list;
}

CreditResult CreditStore::evaluate(const CreditRuleBook &book, qint64 enterpriseId, const QDate &asOf) const
{
    return CreditEngine::evaluate(book, facts(enterpriseId), events(enterpriseId), asOf);
}

QList<QPair<QDate, int>> CreditStore::monthlyScores(const CreditRuleBook &book, qint64 enterpriseId, const QDate &from,
                                                         const QDate &to) const
{
    const CreditFacts f = facts(enterpriseId);
    const QList<CreditEventInput> list = events(enterpriseId);
    QList<QPair<QDate, int>> points;
    for (QDate month(from.year(), from.month(), 1); month <= to; month = month.addMonths(1)) {
        const QDate end = qMin(month.addMonths(1).addDays(-1), to);
        points.append({end, CreditEngine::evaluate(book, f, list, end, false).score});
    }
    return points;
}
