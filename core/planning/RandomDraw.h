#pragma once

#include "PlanInput.h"
#include "PlanResult.h"

#include <vector>

// 双随机 draws with permanent random numbers (PRN). Each enterprise's number is the
// first 8 bytes (big-endian) of SHA-256 over the UTF-8 text "seed\nUSCC"; within each
// department's scope and each credit tier the department takes the n enterprises with
// the smallest numbers (ties by USCC), n = ⌈percent × population / 100⌉. Because every
// department uses the same numbers, their samples overlap as much as their scopes allow
// (joint visits), while each department's sample is still a simple random sample of its
// own population. Anyone with the seed and the published population can re-run it.
class RandomDraw final
{
public:
    static constexpr int kAlgorithmVersion = 1;

    // Numbers for every enterprise of the input. A non-empty salt (a department's code)
    // gives independent draws, used only for comparison.
    explicit RandomDraw(const Planning::Input &input, const QString &salt = QString());

    // Indexes into input.enterprises drawn for one department, ascending; the sizes
    // per tier are appended to `sizes` when given.
    std::vector<int> draw(const Planning::Department &department, QList<Planning::DrawSize> *sizes) const;

    static quint64 permanentNumber(const QString &seed, const QString &uscc);
    static int sampleSize(int percent, int population);

private:
    const Planning::Input &m_input;
    std::vector<quint64> m_numbers;
    std::vector<int> m_industry; // per enterprise, an index into m_industries
    QHash<QString, int> m_industries;
};
