#include "DiscretionAssessment.h"

bool DiscretionAssessment::Facts::set(QStringView key, bool value)
{
    bool *const fields[] = {&firstViolation, &corrected, &harmRemoved, &coerced, &confessed, &meritorious, &noFault};
    static const char16_t *const keys[] = {u"first_violation", u"corrected", u"harm_removed", u"coerced", u"confessed",
                                           u"meritorious", u"no_fault"};
    for (int i = 0; i < 7; ++i) {
        if (key == QStringView(keys[i])) {
            *fields[i] = value;
            return true;
        }
    }
    return false;
}

bool DiscretionAssessment::isFirstViolation(const QList<QDate> &sameTypeRecords, const QDate &decision)
{
    const QDate from = decision.addYears(-2);
    for (const QDate &record : sameTypeRecords) {
        if (record >= from && record < decision)
            return false;
    }
    return true;
}

QString DiscretionAssessment::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::NoPenalty: return tr("No penalty (mandatory)");
    case Outcome::DiscretionaryNoPenalty: return tr("No penalty at the officer's discretion (first violation)");
    case Outcome::LighterOrReduced: return tr("Lighter or reduced penalty (mandatory)");
    case Outcome::Standard: return tr("Standard penalty");
    case Outcome::Heavier: return tr("Heavier penalty");
    }
    return {};
}

DiscretionAssessment::Result DiscretionAssessment::assess(const Item &item, const Facts &facts)
{
    Result r;
    const DiscretionBands bands = DiscretionBands::fromRange(item.minFen, item.maxFen);
    const bool lenientFacts = facts.noFault || (facts.harm == Harm::None && facts.corrected)
        || (facts.firstViolation && facts.harm != Harm::Serious && facts.corrected) || facts.harmRemoved || facts.coerced
        || facts.confessed || facts.meritorious;
    auto penalty = [&](Outcome outcome, const QString &band, qint64 low, qint64 high) {
        r.outcome = outcome;
        r.band = band;
        r.minFen = low;
        r.maxFen = high;
        // 三书同达: the decision comes with guidance and the credit-repair notice.
        r.documents = {tr("Administrative penalty decision"), tr("Administrative guidance recommendation"),
                       tr("Credit repair notice")};
    };
    auto noPenalty = [&](Outcome outcome) {
        r.outcome = outcome;
        r.band = QStringLiteral("no_penalty");
        r.minFen = r.maxFen = 0;
        r.documents = {tr("Decision not to impose a penalty"), tr("Administrative guidance recommendation")};
    };

    if (item.redLine) {
        // Red-line matters are punished in full: no lenient path, whatever the facts.
        r.lenientBlocked = lenientFacts;
        if (lenientFacts)
            r.basis.append(tr("Red-line item: no penalty, lighter and reduced penalties do not apply."));
        if (facts.harm == Harm::Serious) {
            penalty(Outcome::Heavier, QStringLiteral("heavier"), bands.heavierMin, bands.heavierMax);
            r.basis.append(tr("Serious harm: heavier band of the benchmark (top 30 % of the statutory range)."));
        } else {
            penalty(Outcome::Standard, QStringLiteral("standard"), bands.standardMin, bands.standardMax);
            r.basis.append(tr("Standard band of the benchmark."));
        }
        return r;
    }
    if (facts.noFault) {
        noPenalty(Outcome::NoPenalty);
        r.basis.append(tr("Art. 33 (2): evidence shows no subjective fault — no penalty."));
        return r;
    }
    if (facts.harm == Harm::None && facts.corrected) {
        noPenalty(Outcome::NoPenalty);
        r.basis.append(tr("Art. 33 (1): a minor violation corrected in time without harmful consequences — no penalty."));
        return r;
    }
    if (facts.firstViolation && facts.harm == Harm::Slight && facts.corrected) {
        noPenalty(Outcome::DiscretionaryNoPenalty);
        r.basis.append(tr("Art. 33 (1): first violation with slight harm, corrected in time — the officer may decide not to "
                          "penalise (首违不罚)."));
        return r;
    }
    QStringList art32;
    if (facts.harmRemoved)
        art32.append(tr("Art. 32 (1): actively removed or reduced the harmful consequences."));
    if (facts.coerced)
        art32.append(tr("Art. 32 (2): coerced or deceived by others."));
    if (facts.confessed)
        art32.append(tr("Art. 32 (3): confessed violations the authority did not know of."));
    if (facts.meritorious)
        art32.append(tr("Art. 32 (4): meritorious cooperation in the investigation."));
    if (!art32.isEmpty()) {
        penalty(Outcome::LighterOrReduced, QStringLiteral("lighter"), bands.lighterMin, bands.lighterMax);
        r.reducedMaxFen = bands.reducedMax;
        r.basis = art32;
        r.basis.append(tr("A lighter penalty lies in the lowest 30 % of the statutory range; a reduced one below its minimum."));
        return r;
    }
    if (facts.harm == Harm::Serious) {
        penalty(Outcome::Heavier, QStringLiteral("heavier"), bands.heavierMin, bands.heavierMax);
        r.basis.append(tr("Serious harm: heavier band of the benchmark (top 30 % of the statutory range)."));
        return r;
    }
    penalty(Outcome::Standard, QStringLiteral("standard"), bands.standardMin, bands.standardMax);
    r.basis.append(tr("No circumstance for a lighter, reduced or heavier penalty: standard band of the benchmark."));
    return r;
}
