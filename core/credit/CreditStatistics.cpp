#include "CreditStatistics.h"

#include "db/Sql.h"

#include <QSqlQuery>

QMap<QString, qint64> CreditStatistics::tierCounts(const QSqlDatabase &db, qint64 townshipId)
{
    QMap<QString, qint64> counts;
    for (const QString &tier : {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D"), QString()})
        counts.insert(tier, 0);
    QSqlQuery q = Sql::exec(db, QStringLiteral("SELECT COALESCE(credit_tier, ''), count(*) FROM enterprise WHERE ? = 0 OR township_id = ? "
                                               "GROUP BY 1"),
                            {townshipId, townshipId});
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toLongLong());
    return counts;
}
