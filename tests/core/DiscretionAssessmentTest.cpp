#include "TestSupport.h"

#include "discretion/DiscretionAssessment.h"

#include <functional>

using Assessment = DiscretionAssessment;
using Answer = DiscretionAssessment::Answer;
using Harm = DiscretionAssessment::Harm;
using Outcome = DiscretionAssessment::Outcome;

namespace {

constexpr Answer Y = Answer::Yes;
constexpr Answer N = Answer::No;

Assessment::Item item(bool redLine = false)
{
    // 5,000 – 50,000 yuan, in fen.
    return {1, QStringLiteral("SC-01"), QStringLiteral("未按规定建立进货查验记录"), 500000, 5000000, redLine, {}};
}

struct Row
{
    const char *name;
    Assessment::Facts facts;
    bool redLine;
    Outcome expected;
};

// Every fact answered "no" except those the row sets: nothing left unknown.
Assessment::Facts known(const std::function<void(Assessment::Facts &)> &setup)
{
    Assessment::Facts f;
    f.firstViolation = f.corrected = f.harmRemoved = f.coerced = f.confessed = f.meritorious = f.noFault = N;
    f.harm = Harm::Slight;
    setup(f);
    return f;
}

} // namespace

TEST_CASE("Discretion: decision table of arts. 32 and 33, red lines bound by the law's mandatory rules", "[discretion]")
{
    const Row rows[] = {
        {"no fault", known([](auto &f) { f.noFault = Y; }), false, Outcome::NoPenalty},
        {"minor, corrected, no harm", known([](auto &f) { f.harm = Harm::None; f.corrected = Y; }), false, Outcome::NoPenalty},
        {"no harm but not corrected", known([](auto &f) { f.harm = Harm::None; }), false, Outcome::Standard},
        {"first, slight, corrected", known([](auto &f) { f.firstViolation = Y; f.corrected = Y; }), false, Outcome::DiscretionaryNoPenalty},
        {"repeat, slight, corrected", known([](auto &f) { f.corrected = Y; }), false, Outcome::Standard},
        {"first, slight, not corrected", known([](auto &f) { f.firstViolation = Y; }), false, Outcome::Standard},
        {"first, serious, corrected", known([](auto &f) { f.firstViolation = Y; f.harm = Harm::Serious; f.corrected = Y; }), false,
         Outcome::Heavier},
        {"harm removed", known([](auto &f) { f.harmRemoved = Y; }), false, Outcome::LighterOrReduced},
        {"coerced", known([](auto &f) { f.coerced = Y; }), false, Outcome::LighterOrReduced},
        {"confessed", known([](auto &f) { f.confessed = Y; }), false, Outcome::LighterOrReduced},
        {"meritorious", known([](auto &f) { f.harm = Harm::Serious; f.meritorious = Y; }), false, Outcome::LighterOrReduced},
        {"serious", known([](auto &f) { f.harm = Harm::Serious; }), false, Outcome::Heavier},
        // 行政处罚法 art. 33 (2) and art. 32 are mandatory ("不予", "应当"): a county's red line cannot override them.
        {"red line, no fault", known([](auto &f) { f.noFault = Y; }), true, Outcome::NoPenalty},
        {"red line, coerced", known([](auto &f) { f.coerced = Y; }), true, Outcome::LighterOrReduced},
        {"red line, confessed, serious", known([](auto &f) { f.harm = Harm::Serious; f.confessed = Y; }), true, Outcome::LighterOrReduced},
        // What a red line takes away: it is never minor, never 首违不罚.
        {"red line, minor corrected", known([](auto &f) { f.harm = Harm::None; f.corrected = Y; }), true, Outcome::Standard},
        {"red line, first, slight, corrected", known([](auto &f) { f.firstViolation = Y; f.corrected = Y; }), true, Outcome::Standard},
        {"red line, serious", known([](auto &f) { f.harm = Harm::Serious; }), true, Outcome::Heavier},
    };
    for (const Row &row : rows) {
        INFO(row.name);
        const Assessment::Result r = Assessment::assess(item(row.redLine), row.facts);
        CHECK(r.outcome == row.expected);
        CHECK(r.missing.isEmpty());
        CHECK_FALSE(r.basis.isEmpty());
        const bool noPenalty = row.expected == Outcome::NoPenalty || row.expected == Outcome::DiscretionaryNoPenalty;
        CHECK(r.documents.size() == (noPenalty ? 2 : 3)); // 三书同达 with a penalty
        if (row.redLine && row.expected == Outcome::Standard)
            CHECK(r.lenientBlocked);
    }
}

TEST_CASE("Discretion: a fact not stated is unknown, never favourable, and named as still needed", "[discretion]")
{
    // `--facts corrected=true` alone: no penalty needs "no harm" too, which nobody said.
    Assessment::Facts onlyCorrected;
    REQUIRE(onlyCorrected.set(u"corrected", u"true").isEmpty());
    const auto r = Assessment::assess(item(), onlyCorrected);
    CHECK(r.outcome == Outcome::Standard);
    CHECK(r.missing.contains(QStringLiteral("harm")));        // harm none would give no penalty
    CHECK(r.missing.contains(QStringLiteral("no_fault")));    // no fault would give no penalty
    CHECK(r.missing.contains(QStringLiteral("coerced")));     // art. 32 would give a lighter penalty
    CHECK_FALSE(r.missing.contains(QStringLiteral("corrected"))); // given
    // With harm known to be none, the outcome no longer waits for it.
    REQUIRE(onlyCorrected.set(u"harm", u"none").isEmpty());
    const auto minor = Assessment::assess(item(), onlyCorrected);
    CHECK(minor.outcome == Outcome::NoPenalty);
    CHECK(minor.missing.isEmpty()); // nothing could make no penalty more so
    // The first violation is not assumed either.
    Assessment::Facts slight;
    slight.harm = Harm::Slight;
    slight.corrected = Y;
    CHECK(Assessment::assess(item(), slight).outcome == Outcome::Standard);
    CHECK(Assessment::assess(item(), slight).missing.contains(QStringLiteral("first_violation")));
    // A red line needs no answer about a first violation: it could not change anything.
    CHECK_FALSE(Assessment::assess(item(true), slight).missing.contains(QStringLiteral("first_violation")));
}

TEST_CASE("Discretion: a fact given twice with different values, or facts that contradict each other, are refused", "[discretion]")
{
    Assessment::Facts f;
    CHECK(f.set(u"harm", u"none").isEmpty());
    CHECK(f.set(u"harm", u"none").isEmpty()); // the same again is fine
    CHECK(f.set(u"harm", u"serious").contains(QStringLiteral("twice")));
    CHECK(f.harm == Harm::None); // the first answer stands
    CHECK(f.set(u"corrected", u"yes").isEmpty());
    CHECK(f.set(u"corrected", u"no").contains(QStringLiteral("twice")));
    CHECK_FALSE(f.set(u"corrected", u"maybe").isEmpty());
    CHECK_FALSE(f.set(u"luck", u"yes").isEmpty());
    CHECK(f.conflict().isEmpty());
    CHECK(f.set(u"harm_removed", u"yes").isEmpty());
    CHECK_FALSE(f.conflict().isEmpty()); // removed the harm of a violation without harm
}

TEST_CASE("Discretion: bands in whole fen, no fen in two bands — a list's own amounts are the bands", "[discretion]")
{
    // 5,000 – 50,000 yuan: span 4,500,000 fen, 30 % = 1,350,000 fen exactly.
    //   从轻 [500,000, 500,000 + 1,350,000 = 1,850,000]; 从重 [5,000,000 − 1,350,000 = 3,650,000, 5,000,000];
    //   一般 strictly between: [1,850,001, 3,649,999].
    const DiscretionBands b = DiscretionBands::fromRange(500000, 5000000);
    CHECK(b.lighterMin == 500000);
    CHECK(b.lighterMax == 1850000);
    CHECK(b.standardMin == 1850001);
    CHECK(b.standardMax == 3649999);
    CHECK(b.heavierMin == 3650000);
    CHECK(b.heavierMax == 5000000);
    CHECK(b.referenceFen() == 1850001);
    // A span that 30 % does not divide: 0 – 9.99 yuan = 999 fen, 30 % = 299.7 fen.
    //   从轻's top 0 + 299.7 rounded down = 299; 从重's bottom 999 − 299.7 = 699.3 rounded up = 700;
    //   一般 [300, 699].
    const DiscretionBands odd = DiscretionBands::fromRange(0, 999);
    CHECK(odd.lighterMax == 299);
    CHECK(odd.standardMin == 300);
    CHECK(odd.standardMax == 699);
    CHECK(odd.heavierMin == 700);
    // Fines waived: reference 1,850,001 − imposed 1,500,000 = 350,001 fen; nothing when above.
    CHECK(DiscretionBands::fineWaived(b.referenceFen(), 1500000) == 350001);
    CHECK(DiscretionBands::fineWaived(b.referenceFen(), 2000000) == 0);

    // A list that gives its own amounts (Jiangsu's lists do): 从轻 5,000–10,000, 一般 10,000–30,000 yuan.
    Assessment::Item listed = item();
    listed.bands = {{QStringLiteral("lighter"), 500000, 1000000}, {QStringLiteral("standard"), 1000000, 3000000}};
    Assessment::Facts coerced = known([](auto &f) { f.coerced = Y; });
    const auto lighter = Assessment::assess(listed, coerced);
    CHECK(lighter.minFen == 500000);
    CHECK(lighter.maxFen == 1000000);
    const auto standard = Assessment::assess(listed, known([](auto &) {}));
    CHECK(standard.minFen == 1000000);
    CHECK(standard.maxFen == 3000000);
    // The band the list leaves open is still the 30 % split.
    const auto heavier = Assessment::assess(listed, known([](auto &f) { f.harm = Harm::Serious; }));
    CHECK(heavier.minFen == 3650000);
    CHECK(lighter.reducedMaxFen == 500000);
}

TEST_CASE("Discretion: the two-year window of a first violation", "[discretion]")
{
    const QDate decision(2026, 5, 31);
    CHECK_FALSE(Assessment::isFirstViolation({QDate(2024, 5, 31)}, decision)); // exactly two years before
    CHECK(Assessment::isFirstViolation({QDate(2024, 5, 30)}, decision));
    CHECK(Assessment::isFirstViolation({QDate(2026, 6, 1)}, decision));        // a later record does not count
    CHECK(Assessment::isFirstViolation({}, decision));
    CHECK_FALSE(Assessment::isFirstViolation({QDate(2024, 2, 29)}, QDate(2026, 2, 28)));
}
