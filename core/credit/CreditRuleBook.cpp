#include "CreditRuleBook.h"

#include "util/Refusal.h"

#include <algorithm>

CreditRuleBook::CreditRuleBook(QList<CreditRuleSet> versions)
    : m_versions(std::move(versions))
{
    if (m_versions.isEmpty())
        throw Refusal(CreditRuleSet::tr("No credit rules are defined."));
    std::stable_sort(m_versions.begin(), m_versions.end(), [](const CreditRuleSet &a, const CreditRuleSet &b) {
        return a.effectiveFrom < b.effectiveFrom;
    });
    for (const CreditRuleSet &rules : std::as_const(m_versions)) {
        QStringList kinds = rules.events.keys();
        kinds.sort();
        for (const QString &kind : std::as_const(kinds)) {
            if (!m_kindIds.contains(kind)) {
                m_kindIds.insert(kind, int(m_kindNames.size()));
                m_kindNames.append(kind);
            }
        }
    }
    m_manualId = int(m_kindNames.size());
    m_kindIds.insert(QStringLiteral("manual"), m_manualId);
    m_kindNames.append(QStringLiteral("manual"));
    for (const CreditRuleSet &rules : std::as_const(m_versions)) {
        QList<CreditRuleSet::EventRule> compiled(m_kindNames.size());
        QList<bool> present(m_kindNames.size(), false);
        QList<CreditRuleSet::PublicityClass> publicity(m_kindNames.size());
        QList<bool> hasPublicity(m_kindNames.size(), false);
        for (auto it = rules.events.cbegin(); it != rules.events.cend(); ++it) {
            const int id = m_kindIds.value(it.key());
            compiled[id] = it.value();
            present[id] = true;
            const auto c = rules.publicity.constFind(it.value().publicityClass);
            if (!it.value().publicityClass.isEmpty() && c != rules.publicity.constEnd()) {
                publicity[id] = c.value();
                hasPublicity[id] = true;
            }
        }
        m_compiled.append(compiled);
        m_present.append(present);
        m_publicity.append(publicity);
        m_hasPublicity.append(hasPublicity);
    }
}

const CreditRuleSet::EventRule *CreditRuleBook::rule(int versionIndex, int kindId) const
{
    if (kindId < 0 || kindId >= m_kindNames.size() || !m_present.at(versionIndex).at(kindId))
        return nullptr;
    return &m_compiled.at(versionIndex).at(kindId);
}

const CreditRuleSet::PublicityClass *CreditRuleBook::publicity(int versionIndex, int kindId) const
{
    if (kindId < 0 || kindId >= m_kindNames.size() || !m_hasPublicity.at(versionIndex).at(kindId))
        return nullptr;
    return &m_publicity.at(versionIndex).at(kindId);
}

int CreditRuleBook::versionIndexForDate(const QDate &date) const
{
    int chosen = 0;
    for (int i = 0; i < m_versions.size(); ++i) {
        if (m_versions.at(i).effectiveFrom > date)
            break;
        chosen = i;
    }
    return chosen;
}

const CreditRuleSet &CreditRuleBook::forDate(const QDate &date) const
{
    // Before the first version, the first one applies: history older than the rules
    // is still scored by something explainable.
    return m_versions.at(versionIndexForDate(date));
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
