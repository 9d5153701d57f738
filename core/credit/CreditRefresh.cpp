#include "CreditRefresh.h"

#include "CreditLedger.h"
#include "CreditRecomputer.h"
#include "CreditRuleStore.h"

#include <QStringList>

bool CreditRefresh::follows(const QString &importKind)
{
    static const QStringList kinds = {QStringLiteral("enterprises"), QStringLiteral("cases"), QStringLiteral("inspections"),
                                      QStringLiteral("hotline")};
    return kinds.contains(importKind);
}

CreditRefresh::Outcome CreditRefresh::run(const QSqlDatabase &db, const QDate &asOf)
{
    const CreditRuleBook book = CreditRuleStore::load(db);
    Outcome outcome;
    outcome.events = CreditLedger::syncFromSources(db, book);
    const CreditRecomputer::Outcome scored = CreditRecomputer::run(db, book, asOf, CreditRecomputer::Mode::Incremental);
    outcome.evaluated = scored.evaluated;
    outcome.changed = scored.changed;
    return outcome;
}
