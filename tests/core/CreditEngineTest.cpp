#include "TestSupport.h"

#include "credit/CreditEngine.h"
#include "db/DatabaseError.h"
#include "util/Refusal.h"

#include <QJsonDocument>
#include <QJsonObject>

// Worked examples for every default rule of DESIGN.md, computed by hand.
namespace {

const CreditRuleBook &defaults()
{
    static const CreditRuleBook book = CreditRuleBook::defaults();
    return book;
}

CreditEventInput event(qint64 id, const char *date, const char *kind, int manualPoints = 0)
{
    CreditEventInput e;
    e.id = id;
    e.date = QDate::fromString(QString::fromLatin1(date), Qt::ISODate);
    e.kind = QString::fromLatin1(kind);
    e.storedPoints = manualPoints;
    e.reason = QStringLiteral("test");
    return e;
}

QDate day(const char *iso) { return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate); }

CreditFacts facts(const char *industry = "C33")
{
    CreditFacts f;
    f.industryCode = QString::fromLatin1(industry);
    return f;
}

// base + Σ explanation points must equal the score, always.
CreditResult evaluate(const QList<CreditEventInput> &events, const char *asOf, const CreditFacts &f = facts(),
                      const CreditRuleBook &book = defaults())
{
    const CreditResult r = CreditEngine::evaluate(book, f, events, day(asOf));
    int sum = r.base;
    for (const CreditExplanationEntry &e : r.explanation)
        sum += e.points;
    REQUIRE(sum == r.score);
    const CreditResult quick = CreditEngine::evaluate(book, f, events, day(asOf), false);
    REQUIRE(quick.score == r.score);
    REQUIRE(quick.tier == r.tier);
    REQUIRE(quick.eligible == r.eligible);
    REQUIRE(quick.nextChange == r.nextChange);
    return r;
}

QByteArray modifiedRules(const std::function<void(QJsonObject &)> &change)
{
    QJsonObject root = QJsonDocument::fromJson(CreditRuleSet::defaultJson()).object();
    change(root);
    return QJsonDocument(root).toJson();
}

QString ruleError(const QByteArray &json)
{
    try {
        CreditRuleSet::parse(json, QStringLiteral("test.json"));
    } catch (const Refusal &error) {
        return error.message();
    }
    return QString();
}

} // namespace

TEST_CASE("Credit: no events means the base score, tier A, not yet sandbox-eligible", "[credit]")
{
    const CreditResult r = evaluate({}, "2026-11-29");
    CHECK(r.score == 100);
    CHECK(r.tier == u"A");
    CHECK_FALSE(r.eligible); // 105 needs a positive record, not merely no record
    CHECK(r.ineligibleReasons.join(QLatin1Char(' ')).contains(u"below 105"));
}

TEST_CASE("Credit: clean inspections are capped at +5 a calendar year", "[credit]")
{
    QList<CreditEventInput> events;
    for (int i = 0; i < 7; ++i)
        events.append(event(i + 1, "2025-03-01", "clean_inspection"));
    events.append(event(20, "2026-01-05", "clean_inspection"));
    events.append(event(21, "2026-02-05", "clean_inspection"));
    const CreditResult r = evaluate(events, "2026-06-01");
    CHECK(r.score == 100 + 5 + 2);
    REQUIRE(r.explanation.size() == 9);
    CHECK(r.explanation.at(5).points == 0);
    CHECK(r.explanation.at(5).rulePoints == 1);
    CHECK(r.explanation.at(5).note.contains(u"cap"));
    CHECK(r.explanation.at(7).points == 1);
    CHECK(r.eligible); // 107, clean record, metal products
}

TEST_CASE("Credit: a penalty counts through the last day of its publicity period (民法典 arts. 201-203)", "[credit]")
{
    // Standard penalty, general class: at most 12 months, from 2024-02-29. Art. 201: the
    // decision day is not counted; art. 202: the period ends on the corresponding day of
    // its last month, 2025-02-29, which does not exist, so on that month's last day,
    // 2025-02-28; art. 203: that day counts whole. It counts on 2025-02-28, stops 2025-03-01.
    const QList<CreditEventInput> events = {event(1, "2024-02-29", "standard_penalty")};
    CHECK(evaluate(events, "2025-02-27").score == 90);
    CHECK(evaluate(events, "2025-02-28").score == 90);
    CHECK(evaluate(events, "2025-02-28").tier == u"B");
    CHECK(evaluate(events, "2025-02-28").nextChange == day("2025-03-01"));
    CHECK(evaluate(events, "2025-03-01").score == 100);
    CHECK(evaluate(events, "2025-03-01").explanation.first().note.contains(u"2025-02-28"));

    // Repair after the minimum period: 2024-11-30 + 3 months ends 2025-02-28 (no 02-30),
    // so an application is possible from the day after, 2025-03-01.
    CHECK(CreditEngine::repairableFrom(defaults(), event(2, "2024-11-30", "lenient_penalty")) == day("2025-03-01"));
    // A decision may fix an earlier last day than the class maximum; it counts that day too.
    CreditEventInput fixed = event(3, "2024-11-30", "lenient_penalty");
    fixed.publicityEnd = day("2025-02-28");
    CHECK(evaluate({fixed}, "2025-02-28").score == 95);
    CHECK(evaluate({fixed}, "2025-03-01").score == 100);
}

TEST_CASE("Credit: work safety, fire safety and special equipment penalties keep the one-year minimum", "[credit]")
{
    // A lenient penalty is "general" by its kind: 3 to 12 months. In the safety domain the
    // class is "safety": at least 12 months. From 2025-03-10: general repairable from
    // 2025-06-11 (2025-06-10 + 1 day); safety from 2026-03-11 (2026-03-10 + 1 day).
    CreditEventInput plain = event(1, "2025-03-10", "lenient_penalty");
    CHECK(CreditEngine::repairableFrom(defaults(), plain) == day("2025-06-11"));
    CreditEventInput safety = plain;
    safety.publicityClass = QStringLiteral("safety");
    CHECK(CreditEngine::repairableFrom(defaults(), safety) == day("2026-03-11"));
    // And it is shown for up to 36 months: through 2028-03-10.
    CHECK(CreditEngine::publicityEnd(defaults(), safety) == day("2028-03-10"));
    CHECK(evaluate({safety}, "2028-03-10").score == 95);
    CHECK(evaluate({safety}, "2028-03-11").score == 100);
    // A class the rules do not know falls back to the kind's own.
    CreditEventInput unknown = plain;
    unknown.publicityClass = QStringLiteral("no-such-class");
    CHECK(CreditEngine::repairableFrom(defaults(), unknown) == day("2025-06-11"));
}

TEST_CASE("Credit: a granted repair stops a penalty from counting", "[credit]")
{
    CreditEventInput penalty = event(1, "2025-01-10", "standard_penalty");
    penalty.repairedOn = day("2025-05-01");
    const CreditResult before = evaluate({penalty}, "2025-04-30");
    CHECK(before.score == 90);
    CHECK(before.nextChange == day("2025-05-01"));
    const CreditResult after = evaluate({penalty}, "2025-05-01");
    CHECK(after.score == 100);
    CHECK(after.explanation.first().note.contains(u"repaired"));
    // The penalty still bars the sandbox for 24 months, whatever the score.
    CHECK(after.ineligibleReasons.join(QLatin1Char(' ')).contains(u"penalised"));
}

TEST_CASE("Credit: a red line forces tier D for 12 months and bars the sandbox for 3 years", "[credit]")
{
    // 2025-06-15 + 12 months: the last day is 2026-06-15, which still counts; D is lifted on 2026-06-16.
    QList<CreditEventInput> events = {event(1, "2024-01-01", "honour"), event(2, "2024-02-01", "honour"),
                                      event(3, "2025-06-15", "red_line_violation")};
    const CreditResult during = evaluate(events, "2026-06-15");
    CHECK(during.score == 90); // 100 + 10 − 20: would be B
    CHECK(during.tier == u"D");
    CHECK(during.redLineInForce);
    CHECK(during.redLineUntil == day("2026-06-15"));
    CHECK(during.nextChange == day("2026-06-16"));
    const CreditResult after = evaluate(events, "2026-06-16");
    CHECK_FALSE(after.redLineInForce);
    CHECK(after.tier == u"B");
    CHECK(after.ineligibleReasons.join(QLatin1Char(' ')).contains(u"red-line"));
    CHECK_FALSE(after.eligible);
    // Re-entry waits 3 years: 2025-06-15 + 36 months ends 2028-06-15; from 2028-06-16 the
    // red line no longer bars it (its publicity, 36 months too, has ended with it).
    CHECK(evaluate(events, "2028-06-15").ineligibleReasons.join(QLatin1Char(' ')).contains(u"red-line"));
    CHECK_FALSE(evaluate(events, "2028-06-16").ineligibleReasons.join(QLatin1Char(' ')).contains(u"red-line"));

    // Any event flagged red line (e.g. a case under a red-line benchmark item) counts.
    CreditEventInput flagged = event(9, "2026-01-01", "standard_penalty");
    flagged.redLine = true;
    CHECK(evaluate({flagged}, "2026-02-01").tier == u"D");
}

TEST_CASE("Credit: tier boundaries are exact at 100, 85 and 70", "[credit]")
{
    const struct { int adjustment; const char *tier; } cases[] = {
        {0, "A"}, {-1, "B"}, {-15, "B"}, {-16, "C"}, {-30, "C"}, {-31, "D"}};
    for (const auto &c : cases) {
        INFO(c.adjustment);
        const QList<CreditEventInput> events = {event(1, "2026-01-01", "manual", c.adjustment)};
        CHECK(evaluate(events, "2026-02-01").tier == QString::fromLatin1(c.tier));
    }
}

TEST_CASE("Credit: events are scored by the rule version in force on their date", "[credit]")
{
    CreditRuleSet v2 = CreditRuleSet::parse(modifiedRules([](QJsonObject &root) {
        root.insert(QStringLiteral("version"), 2);
        root.insert(QStringLiteral("effectiveFrom"), QStringLiteral("2025-07-01"));
        QJsonObject events = root.value(u"events").toObject();
        QJsonObject standard = events.value(u"standard_penalty").toObject();
        standard.insert(QStringLiteral("points"), -15);
        events.insert(QStringLiteral("standard_penalty"), standard);
        root.insert(QStringLiteral("events"), events);
    }), QStringLiteral("v2"));
    const CreditRuleBook book({defaults().versions().first(), v2});
    const QList<CreditEventInput> events = {event(1, "2025-03-01", "standard_penalty"),
                                            event(2, "2025-08-01", "standard_penalty")};
    const CreditResult r = evaluate(events, "2025-09-01", facts(), book);
    CHECK(r.score == 100 - 10 - 15);
    CHECK(r.tier == u"C");
    CHECK(r.explanation.at(0).ruleVersion == 1);
    CHECK(r.explanation.at(1).ruleVersion == 2);
    CHECK(r.ruleVersion == 2);
    // Before v2 takes effect the result changes on its effective date.
    CHECK(evaluate({event(1, "2025-03-01", "standard_penalty")}, "2025-05-01", facts(), book).nextChange
          == day("2025-07-01"));
}

TEST_CASE("Credit: sandbox eligibility", "[credit]")
{
    const QList<CreditEventInput> good = {event(1, "2025-05-01", "honour")};
    CHECK(evaluate(good, "2026-01-01").eligible);
    CHECK_FALSE(evaluate(good, "2026-01-01", facts("C14")).eligible); // food is excluded
    CreditFacts closed = facts();
    closed.status = QStringLiteral("deregistered");
    CHECK_FALSE(evaluate(good, "2026-01-01", closed).eligible);

    // A lenient penalty expires after 12 months but bars the sandbox for 24: from
    // 2024-01-15 the 24 months end on 2026-01-15, which still bars it; eligible 2026-01-16.
    const QList<CreditEventInput> penalised = {event(1, "2024-01-01", "honour"), event(2, "2024-01-15", "lenient_penalty"),
                                               event(3, "2024-02-01", "honour")};
    const CreditResult r = evaluate(penalised, "2025-06-01");
    CHECK(r.score == 110);
    CHECK_FALSE(r.eligible);
    CHECK(r.nextChange == day("2026-01-16"));
    CHECK_FALSE(evaluate(penalised, "2026-01-15").eligible);
    CHECK(evaluate(penalised, "2026-01-16").eligible);
}

TEST_CASE("Credit: events after the date asked about do not count", "[credit]")
{
    const CreditResult r = evaluate({event(1, "2026-12-01", "standard_penalty")}, "2026-11-29");
    CHECK(r.score == 100);
    CHECK(r.explanation.isEmpty());
    CHECK(r.nextChange == day("2026-12-01"));
}

TEST_CASE("Credit rules: a malformed rule file names the key", "[credit][rules]")
{
    CHECK_NOTHROW(CreditRuleSet::parse(CreditRuleSet::defaultJson(), QStringLiteral("default")));
    CHECK(ruleError("{ \"version\": 1,\n \"events\": [ }").contains(u"line 2"));
    CHECK(ruleError(modifiedRules([](QJsonObject &r) { r.insert(QStringLiteral("evnts"), 1); })).contains(u"“evnts”"));
    CHECK(ruleError(modifiedRules([](QJsonObject &r) {
        QJsonObject events = r.value(u"events").toObject();
        QJsonObject honour = events.value(u"honour").toObject();
        honour.insert(QStringLiteral("points"), QStringLiteral("five"));
        events.insert(QStringLiteral("honour"), honour);
        r.insert(QStringLiteral("events"), events);
    })).contains(u"“Events › 荣誉表彰 › Points” (events.honour.points)"));
    CHECK(ruleError(modifiedRules([](QJsonObject &r) {
        QJsonObject events = r.value(u"events").toObject();
        QJsonObject penalty = events.value(u"standard_penalty").toObject();
        penalty.insert(QStringLiteral("publicity"), QStringLiteral("forever"));
        events.insert(QStringLiteral("standard_penalty"), penalty);
        r.insert(QStringLiteral("events"), events);
    })).contains(u"(events.standard_penalty.publicity)"));
    CHECK(ruleError(modifiedRules([](QJsonObject &r) {
        r.insert(QStringLiteral("tiers"), QJsonObject{{QStringLiteral("A"), 80}, {QStringLiteral("B"), 85}, {QStringLiteral("C"), 70}});
    })).contains(u"“Tier thresholds › B” (tiers.B)"));
    CHECK(ruleError(modifiedRules([](QJsonObject &r) { r.remove(QStringLiteral("effectiveFrom")); })).contains(u"“Effective from” (effectiveFrom)"));
}
