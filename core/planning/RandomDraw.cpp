#include "RandomDraw.h"

#include <QCryptographicHash>
#include <QtEndian>

#include <algorithm>

RandomDraw::RandomDraw(const Planning::Input &input, const QString &salt)
    : m_input(input)
{
    const QString key = salt.isEmpty() ? input.seed : input.seed + u'\n' + salt;
    m_numbers.reserve(size_t(input.enterprises.size()));
    m_industry.reserve(size_t(input.enterprises.size()));
    for (const Planning::Enterprise &e : input.enterprises) {
        m_numbers.push_back(permanentNumber(key, e.uscc));
        // Industries become small integers once, so scopes are tested without hashing.
        auto it = m_industries.constFind(e.industry);
        if (it == m_industries.cend())
            it = m_industries.insert(e.industry, int(m_industries.size()));
        m_industry.push_back(it.value());
    }
}

quint64 RandomDraw::permanentNumber(const QString &seed, const QString &uscc)
{
    const QByteArray digest = QCryptographicHash::hash((seed + u'\n' + uscc).toUtf8(), QCryptographicHash::Sha256);
    return qFromBigEndian<quint64>(digest.constData());
}

int RandomDraw::sampleSize(int percent, int population)
{
    // Rounded up: a tier with any enterprise in scope is never left undrawn.
    return int((qint64(population) * percent + 99) / 100);
}

std::vector<int> RandomDraw::draw(const Planning::Department &department, QList<Planning::DrawSize> *sizes) const
{
    static const char tiers[] = {'A', 'B', 'C', 'D'};
    std::vector<char> industryInScope(size_t(m_industries.size()), department.industries.isEmpty() ? 1 : 0);
    for (const QString &industry : department.industries) {
        const auto it = m_industries.constFind(industry);
        if (it != m_industries.cend())
            industryInScope[size_t(it.value())] = 1;
    }
    const bool everyTownship = department.townships.isEmpty();
    std::vector<int> byTier[4];
    for (int i = 0; i < int(m_input.enterprises.size()); ++i) {
        const Planning::Enterprise &e = m_input.enterprises.at(i);
        // Sandbox members are exempt from routine draws.
        if (e.sandbox || !industryInScope[size_t(m_industry[size_t(i)])] || (!everyTownship && !department.townships.contains(e.township)))
            continue;
        const int t = e.tier >= 'A' && e.tier <= 'D' ? e.tier - 'A' : 1;
        byTier[t].push_back(i);
    }
    const auto smaller = [&](int a, int b) {
        if (m_numbers[size_t(a)] != m_numbers[size_t(b)])
            return m_numbers[size_t(a)] < m_numbers[size_t(b)];
        return m_input.enterprises.at(a).uscc < m_input.enterprises.at(b).uscc;
    };
    std::vector<int> drawn;
    for (int t = 0; t < 4; ++t) {
        std::vector<int> &population = byTier[t];
        const int size = int(population.size());
        const int n = qMin(size, sampleSize(m_input.samplingPercent.value(QString(QLatin1Char(tiers[t])), 100), size));
        if (n < size)
            std::nth_element(population.begin(), population.begin() + n, population.end(), smaller);
        drawn.insert(drawn.end(), population.begin(), population.begin() + n);
        if (sizes)
            sizes->append({department.id, tiers[t], size, n});
    }
    std::sort(drawn.begin(), drawn.end());
    return drawn;
}
