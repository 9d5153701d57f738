#include "CreditRuleBook.h"

#include "db/DatabaseError.h"

#include <algorithm>

CreditRuleBook::CreditRuleBook(QList<CreditRuleSet> versions)
    : m_versions(std::move(versions))
{
    if (m_versions.isEmpty())
        throw DatabaseError(DatabaseError::Kind::Rejected,
                            CreditRuleSet::tr("No credit rules are defined."));
    std::stable_sort(m_versions.begin(), m_versions.end(), [](const CreditRuleSet &a, const CreditRuleSet &b) {
        return a.effectiveFrom < b.effectiveFrom;
    });
}

const CreditRuleSet &CreditRuleBook::forDate(const QDate &date) const
{
    // Before the first version, the first one applies: history older than the rules
    // is still scored by something explainable.
    const CreditRuleSet *chosen = &m_versions.first();
    for (const CreditRuleSet &rules : m_versions) {
        if (rules.effectiveFrom > date)
            break;
        chosen = &rules;
    }
    return *chosen;
}

QDate CreditRuleBook::nextVersionAfter(const QDate &date) const
{
    for (const CreditRuleSet &rules : m_versions) {
        if (rules.effectiveFrom > date)
            return rules.effectiveFrom;
    }
    return {};
}

CreditRuleBook CreditRuleBook::defaults()
{
    return CreditRuleBook({CreditRuleSet::parse(CreditRuleSet::defaultJson(), QStringLiteral("rules-v1.json"))});
}
