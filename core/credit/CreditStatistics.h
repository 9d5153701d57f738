#pragma once

#include <QMap>
#include <QSqlDatabase>
#include <QString>

// County-wide figures over the cached credit columns, for the credit overview.
class CreditStatistics final
{
public:
    // "A".."D" and "" (not scored) → number of enterprises.
    static QMap<QString, qint64> tierCounts(const QSqlDatabase &db, qint64 townshipId = 0); // 0: the whole county
};
