#include "TestSupport.h"

#include "discretion/DiscretionAssessment.h"

using Assessment = DiscretionAssessment;
using Harm = DiscretionAssessment::Harm;
using Outcome = DiscretionAssessment::Outcome;

namespace {

Assessment::Item item(bool redLine = false)
{
    // 5,000 – 50,000 yuan, in fen.
    return {1, QStringLiteral("SC-01"), QStringLiteral("未按规定建立进货查验记录"), 500000, 5000000, redLine};
}

struct Row
{
    const char *name;
    Assessment::Facts facts;
    bool redLine;
    Outcome expected;
};

} // namespace

TEST_CASE("Discretion: decision table of arts. 32 and 33", "[discretion]")
{
    auto facts = [](auto &&setup) {
        Assessment::Facts f;
        setup(f);
        return f;
    };
    const Row rows[] = {
        {"no fault", facts([](auto &f) { f.noFault = true; f.harm = Harm::Slight; }), false, Outcome::NoPenalty},
        {"minor, corrected, no harm", facts([](auto &f) { f.harm = Harm::None; f.corrected = true; }), false, Outcome::NoPenalty},
        {"no harm but not corrected", facts([](auto &f) { f.harm = Harm::None; }), false, Outcome::Standard},
        {"first, slight, corrected", facts([](auto &f) { f.firstViolation = true; f.harm = Harm::Slight; f.corrected = true; }), false,
         Outcome::DiscretionaryNoPenalty},
        {"repeat, slight, corrected", facts([](auto &f) { f.harm = Harm::Slight; f.corrected = true; }), false, Outcome::Standard},
        {"first, slight, not corrected", facts([](auto &f) { f.firstViolation = true; f.harm = Harm::Slight; }), false, Outcome::Standard},
        {"first, serious, corrected", facts([](auto &f) { f.firstViolation = true; f.harm = Harm::Serious; f.corrected = true; }), false,
         Outcome::Heavier},
        {"harm removed", facts([](auto &f) { f.harm = Harm::Slight; f.harmRemoved = true; }), false, Outcome::LighterOrReduced},
        {"coerced", facts([](auto &f) { f.harm = Harm::Slight; f.coerced = true; }), false, Outcome::LighterOrReduced},
        {"confessed", facts([](auto &f) { f.harm = Harm::Slight; f.confessed = true; }), false, Outcome::LighterOrReduced},
        {"meritorious", facts([](auto &f) { f.harm = Harm::Serious; f.meritorious = true; }), false, Outcome::LighterOrReduced},
        {"serious", facts([](auto &f) { f.harm = Harm::Serious; }), false, Outcome::Heavier},
        {"red line, no fault", facts([](auto &f) { f.noFault = true; }), true, Outcome::Standard},
        {"red line, minor corrected", facts([](auto &f) { f.harm = Harm::None; f.corrected = true; }), true, Outcome::Standard},
        {"red line, confessed", facts([](auto &f) { f.harm = Harm::Slight; f.confessed = true; }), true, Outcome::Standard},
        {"red line, serious", facts([](auto &f) { f.harm = Harm::Serious; f.coerced = true; }), true, Outcome::Heavier},
    };
    for (const Row &row : rows) {
        INFO(row.name);
        const Assessment::Result r = Assessment::assess(item(row.redLine), row.facts);
        CHECK(r.outcome == row.expected);
        CHECK_FALSE(r.basis.isEmpty());
        CHECK_FALSE(r.documents.isEmpty());
        if (row.redLine && row.expected == Outcome::Standard)
            CHECK(r.lenientBlocked);
        const bool noPenalty = row.expected == Outcome::NoPenalty || row.expected == Outcome::DiscretionaryNoPenalty;
        CHECK(r.documents.size() == (noPenalty ? 2 : 3)); // 三书同达 with a penalty
    }
}

TEST_CASE("Discretion: band boundaries of a 5,000–50,000 yuan range", "[discretion]")
{
    Assessment::Facts lighter;
    lighter.harmRemoved = true;
    lighter.harm = Harm::Slight;
    const auto l = Assessment::assess(item(), lighter);
    CHECK(l.minFen == 500000);
    CHECK(l.maxFen == 1850000); // 5,000 + 30 % of 45,000 = 18,500 yuan, inclusive
    CHECK(l.reducedMaxFen == 500000);
    Assessment::Facts serious;
    serious.harm = Harm::Serious;
    const auto h = Assessment::assess(item(), serious);
    CHECK(h.minFen == 3650000);
    CHECK(h.maxFen == 5000000);
    const auto s = Assessment::assess(item(), Assessment::Facts{});
    CHECK(s.minFen == 1850000);
    CHECK(s.maxFen == 3650000);
    CHECK(DiscretionBands::fineWaived(s.minFen, 1500000) == 350000);
    CHECK(DiscretionBands::fineWaived(s.minFen, 2000000) == 0);
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
