#include "TestSupport.h"

#include "db/Database.h"
#include "db/DatabaseError.h"
#include "db/FigureSql.h"
#include "db/Sql.h"
#include "demo/DemoCountyGenerator.h"
#include "discretion/DiscretionBands.h"
#include "discretion/DiscretionStore.h"
#include "discretion/PenaltyCaseStore.h"
#include "domain/PenaltyOutcome.h"
#include "util/Refusal.h"

#include <QRandomGenerator>

namespace {

struct CaseCounty
{
    QTemporaryDir dir;
    Database db = Database::open(dir.filePath(QStringLiteral("cases.db")));
    QString uscc;
    qint64 department = 0;

    CaseCounty()
    {
        TestSupport::demo(db, 5, 60, QDate(2026, 11, 29));
        uscc = scalar(QStringLiteral("SELECT uscc FROM enterprise ORDER BY id LIMIT 1")).toString();
        department = scalar(QStringLiteral("SELECT id FROM department ORDER BY id LIMIT 1")).toLongLong();
    }
    QVariant scalar(const QString &sql, const QVariantList &binds = {}) const { return Sql::scalar(db.connection(), sql, binds); }

    // A list version with one item; no stored bands, so the default split applies.
    qint64 addItem(const QString &version, const QString &effective, const QString &code, qint64 minYuan, qint64 maxYuan,
                   bool redLine = false)
    {
        Sql::exec(db.connection(), QStringLiteral("INSERT INTO discretion_list (name, kind, version, effective_from) VALUES ('测试基准', 'benchmark', ?, ?)"),
                  {version, effective});
        const qint64 list = scalar(QStringLiteral("SELECT last_insert_rowid()")).toLongLong();
        Sql::exec(db.connection(), QStringLiteral(
            "INSERT INTO discretion_item (list_id, department_id, code, violation, violated_provision, penalty_provision, "
            "penalty_kinds, min_fine_fen, max_fine_fen, red_line) VALUES (?, ?, ?, '测试违法行为', '第一条', '第二条', '罚款', ?, ?, ?)"),
            {list, department, code, minYuan * 100, maxYuan * 100, redLine ? 1 : 0});
        return scalar(QStringLiteral("SELECT last_insert_rowid()")).toLongLong();
    }

    PenaltyCaseStore::Row record(const QString &caseNo, const QString &item, const QString &outcome, qint64 fineFen,
                                 const QDate &decided = QDate(2026, 10, 10))
    {
        PenaltyCaseStore::NewCase input;
        input.caseNo = caseNo;
        input.uscc = uscc;
        input.item = item;
        input.decided = decided;
        input.outcome = PenaltyOutcome::fromCode(outcome).value();
        input.fineFen = fineFen;
        input.facts = QStringLiteral("事实");
        return PenaltyCaseStore::record(db.connection(), input);
    }
    PenaltyCaseStore::Row record(PenaltyCaseStore::NewCase input)
    {
        input.uscc = uscc;
        input.facts = QStringLiteral("事实");
        return PenaltyCaseStore::record(db.connection(), input);
    }
};

} // namespace

TEST_CASE("Demo cases follow their benchmark", "[discretion][cases]")
{
    CaseCounty c;
    REQUIRE(c.scalar(QStringLiteral("SELECT count(*) FROM penalty_case")).toInt() > 0);
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM penalty_case_check WHERE flag IS NOT NULL AND flag <> 'no_item'")).toInt() == 0);
}

TEST_CASE("Benchmark flags at the band boundaries, in whole fen (5,000-50,000 yuan)", "[discretion][cases]")
{
    // Span 4,500,000 fen, 30 % = 1,350,000: 从轻 [500,000, 1,850,000], 一般 [1,850,001, 3,649,999],
    // 从重 [3,650,000, 5,000,000]. One fen outside its band is flagged.
    CaseCounty c;
    const QString item = QString::number(c.addItem(QStringLiteral("1.0"), QStringLiteral("2025-01-01"), QStringLiteral("T-01"), 5000, 50000));
    CHECK(c.record(QStringLiteral("案1"), item, QStringLiteral("lighter"), 1850000).flag.isEmpty());
    CHECK(c.record(QStringLiteral("案2"), item, QStringLiteral("lighter"), 500000).flag.isEmpty());
    CHECK(c.record(QStringLiteral("案3"), item, QStringLiteral("lighter"), 1850001).flag == u"above_band");
    CHECK(c.record(QStringLiteral("案4"), item, QStringLiteral("lighter"), 499999).flag == u"below_band");
    CHECK(c.record(QStringLiteral("案5"), item, QStringLiteral("standard"), 1850000).flag == u"below_band"); // 从轻's top fen
    CHECK(c.record(QStringLiteral("案5a"), item, QStringLiteral("standard"), 1850001).flag.isEmpty());
    CHECK(c.record(QStringLiteral("案6"), item, QStringLiteral("standard"), 3649999).flag.isEmpty());
    CHECK(c.record(QStringLiteral("案7"), item, QStringLiteral("standard"), 3650000).flag == u"above_band"); // 从重's first fen
    CHECK(c.record(QStringLiteral("案8"), item, QStringLiteral("heavier"), 3650000).flag.isEmpty());
    CHECK(c.record(QStringLiteral("案9"), item, QStringLiteral("heavier"), 3649999).flag == u"below_band");
    CHECK(c.record(QStringLiteral("案10"), item, QStringLiteral("heavier"), 5000001).flag == u"above_band");
    CHECK(c.record(QStringLiteral("案11"), item, QStringLiteral("reduced"), 499999).flag.isEmpty());
    CHECK(c.record(QStringLiteral("案12"), item, QStringLiteral("reduced"), 500000).flag == u"reduced_not_below_minimum");
    CHECK(c.record(QStringLiteral("案13"), item, QStringLiteral("no_penalty"), 0).flag.isEmpty());
    CHECK(c.record(QStringLiteral("案14"), item, QStringLiteral("no_penalty"), 100).flag == u"fine_without_penalty");
    // The reference for fines waived is the lower bound of the standard band: 1,850,001 fen.
    CHECK(c.record(QStringLiteral("案15"), item, QStringLiteral("lighter"), 600000).referenceFen == 1850001);

    // 减轻 is below the minimum or a lighter kind; with a minimum of 0 only a lighter kind can be.
    const QString noMinimum = QString::number(c.addItem(QStringLiteral("1.2"), QStringLiteral("2025-01-01"), QStringLiteral("T-00"), 0, 2000));
    CHECK(c.record(QStringLiteral("案19"), noMinimum, QStringLiteral("reduced"), 0).flag == u"reduced_not_below_minimum");
    PenaltyCaseStore::NewCase warning;
    warning.caseNo = QStringLiteral("案20");
    warning.item = noMinimum;
    warning.decided = QDate(2026, 10, 10);
    warning.outcome = PenaltyOutcome::Reduced;
    warning.lighterKind = true; // a warning instead of the fine
    CHECK(c.record(warning).flag.isEmpty());

    const QString red = QString::number(c.addItem(QStringLiteral("1.1"), QStringLiteral("2025-01-01"), QStringLiteral("T-RED"), 5000, 50000, true));
    CHECK(c.record(QStringLiteral("案16"), red, QStringLiteral("lighter"), 600000).flag == u"red_line_lenient");
    CHECK(c.record(QStringLiteral("案17"), red, QStringLiteral("no_penalty"), 0).flag == u"red_line_lenient");
    // The law's mandatory grounds make a lenient outcome lawful on a red line too.
    PenaltyCaseStore::NewCase coerced;
    coerced.caseNo = QStringLiteral("案16a");
    coerced.item = red;
    coerced.decided = QDate(2026, 10, 10);
    coerced.outcome = PenaltyOutcome::Lighter;
    coerced.fineFen = 600000;
    coerced.grounds = {QStringLiteral("coerced")};
    CHECK(c.record(coerced).flag.isEmpty());
    PenaltyCaseStore::NewCase noFault = coerced;
    noFault.caseNo = QStringLiteral("案17a");
    noFault.outcome = PenaltyOutcome::NoPenalty;
    noFault.fineFen = 0;
    noFault.grounds = {QStringLiteral("no_fault")};
    CHECK(c.record(noFault).flag.isEmpty());
    noFault.caseNo = QStringLiteral("案17b");
    noFault.grounds = {QStringLiteral("coerced")}; // art. 32 lightens; it does not waive the penalty
    CHECK(c.record(noFault).flag == u"red_line_lenient");
    CHECK(c.record(QStringLiteral("案18"), red, QStringLiteral("standard"), 2000000).flag.isEmpty());

    PenaltyCaseStore::Filter flagged;
    flagged.flaggedOnly = true;
    flagged.from = QDate(2026, 10, 1);
    flagged.to = QDate(2026, 10, 31);
    // 案3, 4, 5, 7, 9, 10, 12, 14, 16, 17, 17b and 19.
    CHECK(PenaltyCaseStore::list(c.db.connection(), flagged).size() == 12);
}

TEST_CASE("A fine under an item whose penalty kinds include none is flagged", "[discretion][cases]")
{
    // 《道路运输条例》-style item that only orders a stop to business: any fine is unlawful,
    // whatever band is claimed; the same amounts under an item that fines are not flagged
    // for that.
    CaseCounty c;
    Sql::exec(c.db.connection(), QStringLiteral("INSERT INTO discretion_list (name, kind, version, effective_from) "
                                                "VALUES ('测试基准', 'benchmark', '1.0', '2025-01-01')"));
    const qint64 list = c.scalar(QStringLiteral("SELECT last_insert_rowid()")).toLongLong();
    Sql::exec(c.db.connection(), QStringLiteral(
        "INSERT INTO discretion_item (list_id, department_id, code, violation, violated_provision, penalty_provision, penalty_kinds, "
        "min_fine_fen, max_fine_fen, red_line) VALUES (?, ?, 'T-90', '测试违法行为', '第一条', '第二条', '责令停产停业', NULL, NULL, 0)"),
        {list, c.department});
    CHECK(c.record(QStringLiteral("停1"), QStringLiteral("T-90"), QStringLiteral("standard"), 5000000).flag == u"fine_not_a_kind");
    CHECK(c.record(QStringLiteral("停2"), QStringLiteral("T-90"), QStringLiteral("standard"), 1).flag == u"fine_not_a_kind");
    CHECK(c.record(QStringLiteral("停3"), QStringLiteral("T-90"), QStringLiteral("standard"), 0).flag.isEmpty());
    CHECK(PenaltyCaseStore::flagText(QStringLiteral("fine_not_a_kind")).contains(QStringLiteral("penalty kinds")));
    const QString fines = QString::number(c.addItem(QStringLiteral("1.1"), QStringLiteral("2025-01-01"), QStringLiteral("T-91"), 0, 0));
    CHECK(c.record(QStringLiteral("停4"), fines, QStringLiteral("standard"), 0).flag != u"fine_not_a_kind");
}

TEST_CASE("Bad case input is refused by field and writes nothing", "[discretion][cases]")
{
    CaseCounty c;
    const QString item = QString::number(c.addItem(QStringLiteral("1.0"), QStringLiteral("2025-01-01"), QStringLiteral("T-01"), 5000, 50000));
    c.record(QStringLiteral("案1"), item, QStringLiteral("standard"), 2000000);
    const int before = c.scalar(QStringLiteral("SELECT count(*) FROM penalty_case")).toInt();
    const int audit = c.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
    auto refused = [&](const PenaltyCaseStore::NewCase &input, const QString &needle) {
        try {
            PenaltyCaseStore::record(c.db.connection(), input);
            FAIL("accepted");
        } catch (const Error &e) {
            CHECK(e.message().contains(needle));
        }
    };
    const QDate day(2026, 10, 10);
    refused({QStringLiteral("案1"), c.uscc, item, day, PenaltyOutcome::Standard, 1, {}, false, {}, {}, false}, QStringLiteral("案1"));
    refused({QStringLiteral("案2"), QStringLiteral("91330100799655058C"), item, day, PenaltyOutcome::Standard, 1, {}, false, {}, {}, false},
            QStringLiteral("91330100799655058C"));
    refused({QStringLiteral("案2"), c.uscc, QStringLiteral("NO-SUCH"), day, PenaltyOutcome::Standard, 1, {}, false, {}, {}, false}, QStringLiteral("NO-SUCH"));
    // An outcome is one of the codes (a text that is none is refused where it is read) and
    // never "unstated", which only a published record may carry.
    CHECK_FALSE(PenaltyOutcome::fromCode(QStringLiteral("gentle")));
    refused({QStringLiteral("案2"), c.uscc, item, day, PenaltyOutcome::Unstated, 1, {}, false, {}, {}, false}, QStringLiteral("Outcome"));
    refused({QStringLiteral("案2"), c.uscc, item, day, PenaltyOutcome::Standard, -1, {}, false, {}, {}, false}, QStringLiteral("Fine"));
    // An item by code must be in force on the decision date.
    refused({QStringLiteral("案2"), c.uscc, QStringLiteral("T-01"), QDate(2024, 12, 31), PenaltyOutcome::Standard, 1, {}, false, {}, {}, false},
            QStringLiteral("T-01"));
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM penalty_case")).toInt() == before);
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt() == audit);
    CHECK_THROWS_AS(PenaltyCaseStore::markDelivered(c.db.connection(), QStringLiteral("案1"), QDate(2026, 10, 9)), Refusal);
    PenaltyCaseStore::markDelivered(c.db.connection(), QStringLiteral("案1"), QDate(2026, 10, 12));
    CHECK(PenaltyCaseStore::find(c.db.connection(), QStringLiteral("案1"))->delivered == QDate(2026, 10, 12));
}

TEST_CASE("List versions coexist: cases keep the version in force, which is then frozen", "[discretion][cases][versions]")
{
    CaseCounty c;
    const qint64 v1 = c.addItem(QStringLiteral("1.0"), QStringLiteral("2025-01-01"), QStringLiteral("T-01"), 5000, 50000);
    const qint64 v2 = c.addItem(QStringLiteral("2.0"), QStringLiteral("2026-07-01"), QStringLiteral("T-01"), 2000, 20000);
    const auto before = c.record(QStringLiteral("案1"), QStringLiteral("T-01"), QStringLiteral("standard"), 2000000, QDate(2026, 3, 1));
    const auto after = c.record(QStringLiteral("案2"), QStringLiteral("T-01"), QStringLiteral("standard"), 1000000, QDate(2026, 8, 1));
    CHECK(before.itemId == v1);
    CHECK(before.listVersion == u"1.0");
    CHECK(after.itemId == v2);
    CHECK(after.flag.isEmpty());
    // The old version is still there and still judges its case by its own range.
    CHECK(before.flag.isEmpty());
    CHECK_THROWS_AS(Sql::exec(c.db.connection(), QStringLiteral("UPDATE discretion_item SET max_fine_fen = 1 WHERE id = ?"), {v1}), DatabaseError);
    CHECK_THROWS_AS(Sql::exec(c.db.connection(), QStringLiteral("DELETE FROM discretion_item WHERE id = ?"), {v1}), DatabaseError);
    CHECK(c.scalar(QStringLiteral("SELECT max_fine_fen FROM discretion_item WHERE id = ?"), {v1}).toLongLong() == 5000000);
    // An item no case relies on stays editable.
    const qint64 v3 = c.addItem(QStringLiteral("3.0"), QStringLiteral("2027-01-01"), QStringLiteral("T-01"), 1000, 10000);
    Sql::exec(c.db.connection(), QStringLiteral("UPDATE discretion_item SET max_fine_fen = 2000000 WHERE id = ?"), {v3});
}

TEST_CASE("Case figures by month and department count lenient cases and fines waived", "[discretion][cases]")
{
    CaseCounty c;
    const QDate from(2026, 1, 1), to(2026, 11, 30);
    const auto figures = PenaltyCaseStore::figures(c.db.connection(), from, to);
    REQUIRE_FALSE(figures.isEmpty());
    int lenient = 0;
    qint64 waived = 0;
    for (const auto &f : figures) {
        CHECK(f.lenientCases <= f.cases);
        lenient += f.lenientCases;
        waived += f.finesWaivedFen;
    }
    const QVariantList range = {from.toString(Qt::ISODate), to.toString(Qt::ISODate)};
    CHECK(lenient == c.scalar(QStringLiteral("SELECT count(*) FROM penalty_case WHERE decided_on BETWEEN ? AND ? "
                                             "AND outcome IN ('no_penalty', 'reduced', 'lighter')"), range).toInt());
    CHECK(waived == c.scalar(QStringLiteral("SELECT sum(max(0, reference_fen - fine_fen)) FROM penalty_case WHERE decided_on BETWEEN ? AND ? "
                                            "AND outcome IN ('no_penalty', 'reduced', 'lighter')"), range).toLongLong());
    CHECK(waived > 0);
}

TEST_CASE("A case recorded without a benchmark item gets one, once, from its own department", "[discretion][cases]")
{
    CaseCounty c;
    const qint64 item = c.addItem(QStringLiteral("2.0"), QStringLiteral("2025-01-01"), QStringLiteral("T-ATT"), 5000, 50000);
    const PenaltyCaseStore::Row recorded = c.record(QStringLiteral("案A"), QString::number(item), QStringLiteral("lighter"), 600000);
    // As a case from the department's own system arrives: no item, no reference.
    Sql::exec(c.db.connection(), QStringLiteral("UPDATE penalty_case SET discretion_item_id = NULL, reference_fen = NULL WHERE id = ?"),
              {recorded.id});
    REQUIRE(PenaltyCaseStore::find(c.db.connection(), QStringLiteral("案A"))->flag == u"no_item");

    // Unknown code, empty, and another department's item are refused; nothing changes.
    CHECK_THROWS_AS(PenaltyCaseStore::attachItem(c.db.connection(), QStringLiteral("案A"), QStringLiteral("NO-SUCH")), Refusal);
    CHECK_THROWS_AS(PenaltyCaseStore::attachItem(c.db.connection(), QStringLiteral("案A"), QStringLiteral(" ")), Refusal);
    CHECK_THROWS_AS(PenaltyCaseStore::attachItem(c.db.connection(), QStringLiteral("无此案"), QStringLiteral("T-ATT")), Refusal);
    const qint64 other = c.scalar(QStringLiteral("SELECT id FROM department WHERE id <> ? ORDER BY id LIMIT 1"), {c.department}).toLongLong();
    REQUIRE(other > 0);
    const qint64 foreign = c.addItem(QStringLiteral("2.1"), QStringLiteral("2025-01-01"), QStringLiteral("T-FOR"), 5000, 50000);
    Sql::exec(c.db.connection(), QStringLiteral("UPDATE discretion_item SET department_id = ? WHERE id = ?"), {other, foreign});
    try {
        PenaltyCaseStore::attachItem(c.db.connection(), QStringLiteral("案A"), QStringLiteral("T-FOR"));
        FAIL("another department's item was attached");
    } catch (const Error &e) {
        CHECK(e.message().contains(QStringLiteral("案A")));
    }
    CHECK(PenaltyCaseStore::find(c.db.connection(), QStringLiteral("案A"))->flag == u"no_item");

    // Offered: the department's items in force on the decision date, one version per code
    // (a later version not yet in force is not offered), the other department's not.
    c.addItem(QStringLiteral("2.3"), QStringLiteral("2027-01-01"), QStringLiteral("T-ATT"), 6000, 60000);
    QStringList offered;
    for (const PenaltyCaseStore::Candidate &candidate :
         PenaltyCaseStore::candidateItems(c.db.connection(), *PenaltyCaseStore::find(c.db.connection(), QStringLiteral("案A"))))
        offered.append(candidate.code + u'@' + candidate.listVersion);
    CHECK(offered.contains(QStringLiteral("T-ATT@2.0")));
    CHECK_FALSE(offered.contains(QStringLiteral("T-ATT@2.3")));
    CHECK_FALSE(offered.contains(QStringLiteral("T-FOR@2.1")));
    CHECK(offered.count(QStringLiteral("T-ATT@2.0")) == 1);

    // By code: the version in force on the decision date; checked against it at once.
    const PenaltyCaseStore::Row attached = PenaltyCaseStore::attachItem(c.db.connection(), QStringLiteral("案A"), QStringLiteral("T-ATT"));
    CHECK(attached.itemId == item);
    CHECK(attached.flag.isEmpty());
    CHECK(attached.referenceFen == 1850001);
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'penalty_case' AND row_id = ? AND action = 'update'"),
                   {recorded.id}).toInt() == 1);
    // Set once: the benchmark a case was decided under is not swapped afterwards.
    const qint64 again = c.addItem(QStringLiteral("2.2"), QStringLiteral("2025-01-01"), QStringLiteral("T-AGN"), 5000, 50000);
    CHECK_THROWS_AS(PenaltyCaseStore::attachItem(c.db.connection(), QStringLiteral("案A"), QString::number(again)), Refusal);
    CHECK(PenaltyCaseStore::find(c.db.connection(), QStringLiteral("案A"))->itemId == item);
}

TEST_CASE("Art. 37, 从旧兼从轻: the version in force at the violation, unless the one at the decision is lighter", "[discretion][cases]")
{
    CaseCounty c;
    // Version 1 (from 2025-01-01): 5,000–50,000 yuan. Version 2 (from 2026-06-01): 2,000–20,000, lighter.
    c.addItem(QStringLiteral("1"), QStringLiteral("2025-01-01"), QStringLiteral("T-37"), 5000, 50000);
    c.addItem(QStringLiteral("2"), QStringLiteral("2026-06-01"), QStringLiteral("T-37"), 2000, 20000);
    // Version 3 (from 2027-01-01), still to come: never used before then.
    c.addItem(QStringLiteral("3"), QStringLiteral("2027-01-01"), QStringLiteral("T-37"), 1000, 5000);
    PenaltyCaseStore::NewCase input;
    input.caseNo = QStringLiteral("从旧1");
    input.item = QStringLiteral("T-37");
    input.violated = QDate(2026, 3, 1);
    input.decided = QDate(2026, 7, 1);
    input.outcome = PenaltyOutcome::Standard;
    input.fineFen = 1000000;
    const auto lighterNew = c.record(input);
    CHECK(lighterNew.listVersion == u"2");
    CHECK(lighterNew.itemRule == u"decision_lighter");
    CHECK(lighterNew.itemRuleText().contains(QStringLiteral("37")));
    // Checked against version 2: 200,000–2,000,000 fen, span 1,800,000, 30 % = 540,000, so 一般 is
    // [740,001, 1,459,999]; the 1,000,000 fen imposed lie inside it (under version 1 they would be 从轻).
    CHECK(lighterNew.flag.isEmpty());

    // A violation and decision both before version 2: version 1.
    input.caseNo = QStringLiteral("从旧2");
    input.violated = QDate(2025, 3, 1);
    input.decided = QDate(2025, 7, 1);
    input.fineFen = 2000000;
    const auto old = c.record(input);
    CHECK(old.listVersion == u"1");
    CHECK(old.itemRule == u"violation_date");

    // Version 3 is lighter still, but not in force at a decision of 2026: it is never used early.
    input.caseNo = QStringLiteral("从旧3");
    input.violated = QDate(2026, 7, 1);
    input.decided = QDate(2026, 12, 1);
    input.fineFen = 1000000;
    CHECK(c.record(input).listVersion == u"2");
    CHECK(DiscretionStore::item(c.db.connection(), QStringLiteral("T-37"), QDate(2026, 12, 7))->minFen == 200000);

    // Without the violation date: the version at the decision, and it says so.
    input.caseNo = QStringLiteral("从旧4");
    input.violated = QDate();
    const auto unknown = c.record(input);
    CHECK(unknown.itemRule == u"decision_date");
    CHECK(unknown.itemRuleText().contains(QStringLiteral("not recorded")));
    // A violation after its decision is refused.
    input.caseNo = QStringLiteral("从旧5");
    input.violated = QDate(2026, 12, 2);
    CHECK_THROWS_AS(c.record(input), Refusal);
}

TEST_CASE("The case check and the assessment draw the same bands, fen for fen", "[discretion][cases]")
{
    CaseCounty c;
    QRandomGenerator random(20261207);
    int n = 0;
    for (int i = 0; i < 25; ++i) {
        const qint64 minYuan = random.bounded(0, 20000);
        const qint64 maxYuan = minYuan + random.bounded(1, 200000);
        const QString item = QString::number(c.addItem(QStringLiteral("r%1").arg(i), QStringLiteral("2025-01-01"), QStringLiteral("R-%1").arg(i),
                                                       minYuan, maxYuan));
        const DiscretionBands b = DiscretionBands::fromRange(minYuan * 100, maxYuan * 100);
        const QList<std::tuple<QString, qint64, QString>> probes = {
            {QStringLiteral("lighter"), b.lighterMax, QString()},       {QStringLiteral("lighter"), b.lighterMax + 1, QStringLiteral("above_band")},
            {QStringLiteral("standard"), b.standardMin, QString()},     {QStringLiteral("standard"), b.standardMin - 1, QStringLiteral("below_band")},
            {QStringLiteral("standard"), b.standardMax, QString()},     {QStringLiteral("standard"), b.standardMax + 1, QStringLiteral("above_band")},
            {QStringLiteral("heavier"), b.heavierMin, QString()},       {QStringLiteral("heavier"), b.heavierMin - 1, QStringLiteral("below_band")},
        };
        for (const auto &[outcome, fine, flag] : probes) {
            INFO(QStringLiteral("%1–%2 yuan, %3 at %4 fen").arg(minYuan).arg(maxYuan).arg(outcome).arg(fine).toStdString());
            const auto row = c.record(QStringLiteral("带%1").arg(++n), item, outcome, fine);
            CHECK(row.flag == flag);
            CHECK(row.referenceFen == b.referenceFen());
        }
    }
}

TEST_CASE("Penalty outcomes: one set of codes for the type, the schema and the lenient figure", "[cases]")
{
    // The type's lenient outcomes are exactly those the figure's SQL counts.
    for (int v = PenaltyOutcome::NoPenalty; v <= PenaltyOutcome::Unstated; ++v) {
        const PenaltyOutcome outcome{PenaltyOutcome::Value(v)};
        INFO(outcome.code().toStdString());
        CHECK(PenaltyOutcome::fromCode(outcome.code()) == outcome);
        CHECK(FigureSql::lenientCase().contains(QLatin1Char('\'') + outcome.code() + QLatin1Char('\'')) == outcome.isLenient());
    }
    // The schema takes the decidable codes and refuses any other.
    QTemporaryDir dir;
    const Database db = Database::open(dir.filePath(QStringLiteral("codes.db")));
    const QString check = Sql::scalar(db.connection(), QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'penalty_case'")).toString();
    for (const QString &code : PenaltyOutcome::decidableCodes())
        CHECK(check.contains(QLatin1Char('\'') + code + QLatin1Char('\'')));
    CHECK(PenaltyOutcome::decidable().size() == 5);
}
