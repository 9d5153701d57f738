#include "PenaltyOutcome.h"

namespace {

// In enum order; the codes are the schema's (penalty_case.outcome).
const char *const kCodes[] = {"no_penalty", "reduced", "lighter", "standard", "heavier", "unstated"};

} // namespace

std::optional<PenaltyOutcome> PenaltyOutcome::fromCode(const QString &code)
{
    for (int i = 0; i <= Unstated; ++i) {
        if (code == QLatin1String(kCodes[i]))
            return PenaltyOutcome(Value(i));
    }
    return std::nullopt;
}

QList<PenaltyOutcome> PenaltyOutcome::decidable()
{
    return {NoPenalty, Reduced, Lighter, Standard, Heavier};
}

QStringList PenaltyOutcome::decidableCodes()
{
    QStringList codes;
    for (const PenaltyOutcome outcome : decidable())
        codes.append(outcome.code());
    return codes;
}

QString PenaltyOutcome::code() const
{
    return QString::fromLatin1(kCodes[m_value]);
}

QString PenaltyOutcome::name() const
{
    switch (m_value) {
    case NoPenalty:
        return tr("No penalty");
    case Reduced:
        return tr("Reduced penalty");
    case Lighter:
        return tr("Lighter penalty");
    case Standard:
        return tr("Standard penalty");
    case Heavier:
        return tr("Heavier penalty");
    case Unstated:
        break;
    }
    return tr("Not stated (published record)");
}
