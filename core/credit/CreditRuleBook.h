#pragma once

#include "CreditRuleSet.h"

#include <QList>

// All versions of the credit rules, ordered by effective date. An event is scored by
// the version in force on its date; tiers and the sandbox by the version in force on
// the date asked about.
class CreditRuleBook final
{
public:
    explicit CreditRuleBook(QList<CreditRuleSet> versions);

    const CreditRuleSet &forDate(const QDate &date) const;
    const CreditRuleSet &latest() const { return m_versions.last(); }
    // The effective date of the first version after `date`, or an invalid date.
    QDate nextVersionAfter(const QDate &date) const;
    const QList<CreditRuleSet> &versions() const { return m_versions; }

    // Version 1 as shipped (the DESIGN.md defaults).
    static CreditRuleBook defaults();

private:
    QList<CreditRuleSet> m_versions;
};
