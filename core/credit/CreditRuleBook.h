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

    // Event kinds as small integers, so the engine's inner loop compares ints, not
    // strings. Every kind of every version has an id, and so does "manual".
    int kindId(const QString &kind) const { return m_kindIds.value(kind, -1); }
    QString kindName(int id) const { return m_kindNames.value(id); }
    int manualKindId() const { return m_manualId; }
    // The rule for a kind id in one version (index into versions()), or nullptr.
    const CreditRuleSet::EventRule *rule(int versionIndex, int kindId) const;
    // The publicity class of a kind in a version, resolved once (nullptr if none).
    const CreditRuleSet::PublicityClass *publicity(int versionIndex, int kindId) const;
    int versionIndexForDate(const QDate &date) const;

private:
    QList<CreditRuleSet> m_versions;
    QHash<QString, int> m_kindIds;
    QStringList m_kindNames;
    int m_manualId = -1;
    QList<QList<CreditRuleSet::EventRule>> m_compiled; // [version][kind id]
    QList<QList<bool>> m_present;
    QList<QList<CreditRuleSet::PublicityClass>> m_publicity; // [version][kind id]
    QList<QList<bool>> m_hasPublicity;
};
