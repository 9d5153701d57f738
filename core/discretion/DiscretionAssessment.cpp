#include "DiscretionAssessment.h"

namespace {

using Answer = DiscretionAssessment::Answer;
using Harm = DiscretionAssessment::Harm;

bool yes(Answer a)
{
    return a == Answer::Yes;
}

struct YesNoFact
{
    const char16_t *key;
    Answer DiscretionAssessment::Facts::*field;
};

const YesNoFact kYesNo[] = {
    {u"first_violation", &DiscretionAssessment::Facts::firstViolation}, {u"corrected", &DiscretionAssessment::Facts::corrected},
    {u"harm_removed", &DiscretionAssessment::Facts::harmRemoved},       {u"coerced", &DiscretionAssessment::Facts::coerced},
    {u"confessed", &DiscretionAssessment::Facts::confessed},            {u"meritorious", &DiscretionAssessment::Facts::meritorious},
    {u"no_fault", &DiscretionAssessment::Facts::noFault},
};

} // namespace

QStringList DiscretionAssessment::Facts::keys()
{
    QStringList list = {QStringLiteral("harm")};
    for (const YesNoFact &f : kYesNo)
        list.append(QString::fromUtf16(f.key));
    return list;
}

QString DiscretionAssessment::Facts::set(QStringView key, QStringView value)
{
    const QString v = value.trimmed().toString().toLower();
    if (key == u"harm") {
        const Harm given = v == u"none" ? Harm::None : v == u"slight" ? Harm::Slight : v == u"serious" ? Harm::Serious : Harm::Unknown;
        if (given == Harm::Unknown)
            return tr("harm is none, slight or serious, not %1.").arg(v);
        if (harm != Harm::Unknown && harm != given)
            return tr("harm is given twice with different values; say it once.");
        harm = given;
        return {};
    }
    for (const YesNoFact &f : kYesNo) {
        if (key != QStringView(f.key))
            continue;
        Answer given = Answer::Unknown;
        if (v == u"true" || v == u"yes" || v == u"1")
            given = Answer::Yes;
        else if (v == u"false" || v == u"no" || v == u"0")
            given = Answer::No;
        else
            return tr("%1=%2: write yes or no.").arg(key.toString(), v);
        Answer &field = this->*(f.field);
        if (field != Answer::Unknown && field != given)
            return tr("%1 is given twice with different values; say it once.").arg(key.toString());
        field = given;
        return {};
    }
    return tr("Unknown fact %1.").arg(key.toString());
}

QString DiscretionAssessment::Facts::conflict() const
{
    if (harm == Harm::None && yes(harmRemoved))
        return tr("harm_removed=yes says there was harm to remove, but harm=none says there was none.");
    return {};
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

QString DiscretionAssessment::factName(const QString &key)
{
    if (key == u"harm")
        return tr("harmful consequences (none, slight, serious)");
    if (key == u"first_violation")
        return tr("first violation (no same-type record in the last 2 years)");
    if (key == u"corrected")
        return tr("corrected in time");
    if (key == u"harm_removed")
        return tr("actively removed or reduced the harm (art. 32 (1))");
    if (key == u"coerced")
        return tr("coerced or deceived by others (art. 32 (2))");
    if (key == u"confessed")
        return tr("confessed what the authority did not know (art. 32 (3))");
    if (key == u"meritorious")
        return tr("meritorious cooperation (art. 32 (4))");
    if (key == u"no_fault")
        return tr("evidence shows no subjective fault (art. 33 (2))");
    return key;
}

DiscretionAssessment::Result DiscretionAssessment::assess(const Item &item, const Facts &facts)
{
    Result r = decide(item, facts);
    // Each unknown fact is tried with every answer it could have (the others kept as
    // they are): those that would change the outcome are still needed.
    auto differs = [&](const Facts &alternative) { return decide(item, alternative).outcome != r.outcome; };
    for (const QString &key : Facts::keys()) {
        bool changes = false;
        if (key == u"harm") {
            if (facts.harm != Harm::Unknown)
                continue;
            for (const Harm h : {Harm::None, Harm::Slight, Harm::Serious}) {
                Facts alternative = facts;
                alternative.harm = h;
                changes = changes || differs(alternative);
            }
        } else {
            for (const YesNoFact &f : kYesNo) {
                if (key != QStringView(f.key) || facts.*(f.field) != Answer::Unknown)
                    continue;
                for (const Answer a : {Answer::Yes, Answer::No}) {
                    Facts alternative = facts;
                    alternative.*(f.field) = a;
                    changes = changes || differs(alternative);
                }
            }
        }
        if (changes)
            r.missing.append(key);
    }
    return r;
}

DiscretionAssessment::Result DiscretionAssessment::decide(const Item &item, const Facts &facts)
{
    Result r;
    const DiscretionBands bands = DiscretionBands::forItem(item.minFen, item.maxFen, item.bands);
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

    // Art. 33 (2) binds every item: a red line does not make a party without fault punishable.
    if (yes(facts.noFault)) {
        noPenalty(Outcome::NoPenalty);
        r.basis.append(tr("Art. 33 (2): evidence shows no subjective fault — no penalty (unless a law or administrative "
                          "regulation provides otherwise)."));
        return r;
    }
    const bool minor = facts.harm == Harm::None && yes(facts.corrected);
    const bool firstSlight = yes(facts.firstViolation) && facts.harm == Harm::Slight && yes(facts.corrected);
    if (item.redLine) {
        // A red line is never a minor violation, and never 首违不罚.
        r.lenientBlocked = minor || firstSlight;
        if (r.lenientBlocked)
            r.basis.append(tr("Red-line item: never a minor violation and never 首违不罚, so art. 33 (1) does not apply."));
    } else if (minor) {
        noPenalty(Outcome::NoPenalty);
        r.basis.append(tr("Art. 33 (1): a minor violation corrected in time without harmful consequences — no penalty."));
        return r;
    } else if (firstSlight) {
        noPenalty(Outcome::DiscretionaryNoPenalty);
        r.basis.append(tr("Art. 33 (1): first violation with slight harm, corrected in time — the officer may decide not to "
                          "penalise (首违不罚)."));
        return r;
    }
    QStringList art32;
    if (yes(facts.harmRemoved))
        art32.append(tr("Art. 32 (1): actively removed or reduced the harmful consequences."));
    if (yes(facts.coerced))
        art32.append(tr("Art. 32 (2): coerced or deceived by others."));
    if (yes(facts.confessed))
        art32.append(tr("Art. 32 (3): confessed violations the authority did not know of."));
    if (yes(facts.meritorious))
        art32.append(tr("Art. 32 (4): meritorious cooperation in the investigation."));
    if (!art32.isEmpty()) {
        // Art. 32 says "应当": mandatory, red lines included.
        penalty(Outcome::LighterOrReduced, QStringLiteral("lighter"), bands.lighterMin, bands.lighterMax);
        r.reducedMaxFen = bands.reducedMax;
        r.basis += art32;
        r.basis.append(tr("A lighter penalty lies in the lighter band of the benchmark; a reduced one below the statutory "
                          "minimum or of a lighter kind."));
        return r;
    }
    if (facts.harm == Harm::Serious) {
        penalty(Outcome::Heavier, QStringLiteral("heavier"), bands.heavierMin, bands.heavierMax);
        r.basis.append(tr("Serious harm: heavier band of the benchmark."));
        return r;
    }
    penalty(Outcome::Standard, QStringLiteral("standard"), bands.standardMin, bands.standardMax);
    r.basis.append(tr("No circumstance established for a lighter, reduced or heavier penalty: standard band of the benchmark."));
    return r;
}
