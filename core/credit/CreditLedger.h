#pragma once

#include "CreditRuleBook.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// The credit event ledger. Events derived from inspections, penalty cases and
// verified complaints are added by syncFromSources() (once per source record and
// kind); honours and manual adjustments by addEvent(), which requires a reason. Every
// addition is audited; the triggers of schema 2 mark the enterprise for recompute.
class CreditLedger final
{
    Q_DECLARE_TR_FUNCTIONS(CreditLedger)

public:
    // Returns the number of events added.
    static qint64 syncFromSources(const QSqlDatabase &db, const CreditRuleBook &book);

    // kind: one of the rule set's event kinds, or "manual" with points; returns the id.
    static qint64 addEvent(const QSqlDatabase &db, const CreditRuleBook &book, qint64 enterpriseId, const QDate &date,
                           const QString &kind, const QString &reason, int manualPoints = 0, bool redLine = false);
};
