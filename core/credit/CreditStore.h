#pragma once

#include "CreditEngine.h"

#include <QSqlDatabase>

#include <optional>

// Reads one enterprise's credit inputs (facts, events with their repairs) and runs
// the engine on them: what `credit show` and the credit tab display.
class CreditStore final
{
public:
    explicit CreditStore(QSqlDatabase db);

    std::optional<qint64> enterpriseByUscc(const QString &uscc) const;
    CreditFacts facts(qint64 enterpriseId) const;
    QList<CreditEventInput> events(qint64 enterpriseId) const;
    CreditResult evaluate(const CreditRuleBook &book, qint64 enterpriseId, const QDate &asOf) const;
    // The score at the end of each month from `from` to `to` (for the history chart).
    QList<QPair<QDate, int>> monthlyScores(const CreditRuleBook &book, qint64 enterpriseId, const QDate &from,
                                          const QDate &to) const;

private:
    QSqlDatabase m_db;
};
