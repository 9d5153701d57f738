#pragma once

#include "CreditRuleBook.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

// Credit repair (信用修复): an enterprise may apply once the minimum publicity period
// of a negative event has passed; a granted repair stops the event from counting.
class CreditRepairStore final
{
    Q_DECLARE_TR_FUNCTIONS(CreditRepairStore)

public:
    static qint64 apply(const QSqlDatabase &db, const CreditRuleBook &book, qint64 eventId, const QDate &on);
    static void decide(const QSqlDatabase &db, qint64 repairId, bool granted, const QDate &on, const QString &decisionNo);
};
