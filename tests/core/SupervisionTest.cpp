#include "TestSupport.h"

#include "credit/CreditLedger.h"
#include "credit/CreditRuleStore.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "db/Sql.h"
#include "demo/DemoCountyGenerator.h"
#include "io/Importer.h"
#include "supervision/AttachmentStore.h"
#include "supervision/ClueStore.h"
#include "supervision/OfficerPoints.h"
#include "supervision/ReviewChecklist.h"
#include "supervision/ReviewStore.h"
#include "util/WorkingCalendar.h"
#include "util/Refusal.h"
#include "domain/ClueState.h"

namespace {

QString hotlineFixture()
{
    return QStringLiteral(FAIRCHECK_TEST_DATA "/import/hotline-orders.csv");
}

struct SupervisionCounty
{
    QTemporaryDir dir;
    Database db = Database::open(dir.filePath(QStringLiteral("supervision.db")));
    SupervisionCounty()
    {
        TestSupport::demo(db, 21, 60, QDate(2026, 9, 28));
    }
    QSqlDatabase sql() const { return db.connection(); }
    QVariant scalar(const QString &query, const QVariantList &binds = {}) const { return Sql::scalar(sql(), query, binds); }
    ImportReport import(bool dryRun = false)
    {
        Importer::Options o;
        o.dryRun = dryRun;
        return Importer::run(sql(), QStringLiteral("hotline"), hotlineFixture(), o);
    }
    qint64 clueOf(const QString &orderNo) const
    {
        return scalar(QStringLiteral("SELECT c.id FROM clue c JOIN hotline_order o ON o.id = c.hotline_order_id WHERE o.order_no = ?"),
                      {orderNo}).toLongLong();
    }
};

} // namespace

using TestSupport::refusal;

TEST_CASE("Working days follow the calendar: holidays, weekends and 调休 working weekends", "[supervision][calendar]")
{
    const WorkingCalendar &c = WorkingCalendar::builtIn();
    CHECK(c.isWorkingDay(QDate(2026, 2, 14)));  // a Saturday worked before the Spring Festival
    CHECK_FALSE(c.isWorkingDay(QDate(2026, 2, 16)));
    CHECK_FALSE(c.isWorkingDay(QDate(2026, 2, 21)));
    CHECK(c.isWorkingDay(QDate(2026, 2, 28)));  // a Saturday worked after it
    CHECK_FALSE(c.isWorkingDay(QDate(2026, 3, 7))); // an ordinary Saturday
    CHECK(c.addWorkingDays(QDate(2026, 2, 13), 1) == QDate(2026, 2, 14));
    CHECK(c.addWorkingDays(QDate(2026, 2, 14), 1) == QDate(2026, 2, 24));
    CHECK(c.workingDaysBetween(QDate(2026, 2, 13), QDate(2026, 2, 28)) == 6);
    CHECK(c.workingDaysBetween(QDate(2026, 2, 28), QDate(2026, 2, 13)) == -6);
    // Across the National Day week, with its working Saturday (10 October).
    CHECK(c.addWorkingDays(QDate(2026, 9, 29), 10) == QDate(2026, 10, 19));

    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("calendar.json"));
    TestSupport::writeFile(bad, "{\"holidays\": [\"2026-10-01\", \"2026-10-32\"], \"workdays\": []}");
    try {
        WorkingCalendar::fromFile(bad);
        FAIL("a bad date was accepted");
    } catch (const Error &e) {
        CHECK(e.message().contains(QStringLiteral("holidays[1]")));
    }
}

TEST_CASE("12345 orders: triage into clues with working-day deadlines — re-import never duplicates", "[supervision][hotline]")
{
    SupervisionCounty c;
    const int clues = c.scalar(QStringLiteral("SELECT count(*) FROM clue")).toInt();
    const ImportReport dry = c.import(true);
    CHECK(dry.rejected.isEmpty());
    CHECK(dry.inserted == 6);
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM clue")).toInt() == clues);

    const ImportReport done = c.import();
    REQUIRE(done.applied);
    CHECK(done.headerRow == 2);
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM clue")).toInt() == clues + 3);
    const qint64 first = c.clueOf(QStringLiteral("12345-20260929-0001"));
    REQUIRE(first > 0);
    CHECK(c.scalar(QStringLiteral("SELECT deadline FROM clue WHERE id = ?"), {first}).toString() == u"2026-10-19");
    CHECK(c.scalar(QStringLiteral("SELECT d.short_name FROM clue c JOIN department d ON d.id = c.department_id WHERE c.id = ?"), {first})
              .toString() == u"市场监管");
    CHECK(c.scalar(QStringLiteral("SELECT d.short_name FROM clue c JOIN department d ON d.id = c.department_id WHERE c.id = ?"),
                   {c.clueOf(QStringLiteral("12345-20260930-0003"))}).toString() == u"消防救援");
    CHECK(c.scalar(QStringLiteral("SELECT d.short_name FROM clue c JOIN department d ON d.id = c.department_id WHERE c.id = ?"),
                   {c.clueOf(QStringLiteral("12345-20261012-0006"))}).toString() == u"应急管理");
    CHECK(c.clueOf(QStringLiteral("12345-20260929-0002")) == 0); // a consultation
    CHECK(c.clueOf(QStringLiteral("12345-20261010-0005")) == 0); // a report not about enforcement

    const ImportReport again = c.import();
    CHECK(again.inserted == 0);
    CHECK(again.unchanged == 6);
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM clue")).toInt() == clues + 3);
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM hotline_order WHERE order_no LIKE '12345-202609%-000_' OR order_no LIKE '12345-202610%-000_'")).toInt() == 6);
}

TEST_CASE("Clue state machine: legal moves with dates and who — illegal ones refused with the moves allowed", "[supervision][clues]")
{
    SupervisionCounty c;
    REQUIRE(c.import().applied);
    const qint64 clue = c.clueOf(QStringLiteral("12345-20260929-0001"));
    const qint64 market = c.scalar(QStringLiteral("SELECT id FROM department WHERE short_name = '市场监管'")).toLongLong();
    const qint64 fire = c.scalar(QStringLiteral("SELECT id FROM department WHERE short_name = '消防救援'")).toLongLong();
    auto move = [&](const QString &to, const QDate &on, const QString &note = QString(), qint64 dept = 0, bool verified = false) {
        ClueStore::move(c.sql(), clue, {to, on, QStringLiteral("张监督"), note, dept, 0, verified});
    };
    const QString illegal = refusal([&] { move(QStringLiteral("closed"), QDate(2026, 9, 30)); });
    CHECK(illegal.contains(ClueState::nameOf(QStringLiteral("assigned"))));
    CHECK(illegal.contains(ClueState::nameOf(QStringLiteral("returned"))));
    CHECK_FALSE(refusal([&] { move(QStringLiteral("assigned"), QDate(2026, 9, 30)); }).isEmpty()); // no department
    CHECK_FALSE(refusal([&] { move(QStringLiteral("assigned"), QDate(2026, 9, 20), {}, market); }).isEmpty()); // before receipt
    move(QStringLiteral("assigned"), QDate(2026, 9, 30), QStringLiteral("督办"), fire);
    CHECK(c.scalar(QStringLiteral("SELECT deadline FROM clue WHERE id = ?"), {clue}).toString() == u"2026-10-20");
    CHECK_FALSE(refusal([&] { move(QStringLiteral("returned"), QDate(2026, 10, 8)); }).isEmpty()); // a return needs its reason
    move(QStringLiteral("returned"), QDate(2026, 10, 8), QStringLiteral("不属于本部门职责"));
    move(QStringLiteral("assigned"), QDate(2026, 10, 8), QStringLiteral("改派"), market);
    move(QStringLiteral("responded"), QDate(2026, 10, 12), QStringLiteral("已约谈执法人员"));
    CHECK_FALSE(refusal([&] { move(QStringLiteral("closed"), QDate(2026, 10, 13)); }).isEmpty());
    move(QStringLiteral("rectified"), QDate(2026, 10, 14), QStringLiteral("已退还罚款并道歉"));
    move(QStringLiteral("verified"), QDate(2026, 10, 15), QStringLiteral("回访属实"), 0, true);
    // The order named an enterprise of the register: the verified complaint counts in its credit.
    Sql::exec(c.sql(), QStringLiteral("UPDATE hotline_order SET enterprise_id = (SELECT min(id) FROM enterprise) WHERE order_no = '12345-20260929-0001'"));
    move(QStringLiteral("closed"), QDate(2026, 10, 16));
    CHECK(c.scalar(QStringLiteral("SELECT kind FROM credit_event WHERE source_table = 'clue' AND source_id = ?"), {clue}).toString()
          == u"verified_complaint");
    CHECK(refusal([&] { move(QStringLiteral("assigned"), QDate(2026, 10, 17), {}, market); })
              .contains(ClueState::nameOf(QStringLiteral("closed"))));
    QStringList states;
    for (const auto &s : ClueStore::steps(c.sql(), clue)) {
        states.append(s.state);
        if (s.state != u"received")
            CHECK(s.by == u"张监督");
    }
    CHECK(states == QStringList{QStringLiteral("received"), QStringLiteral("assigned"), QStringLiteral("returned"), QStringLiteral("assigned"),
                                QStringLiteral("responded"), QStringLiteral("rectified"), QStringLiteral("verified"), QStringLiteral("closed")});
    CHECK(c.scalar(QStringLiteral("SELECT closed_on FROM clue WHERE id = ?"), {clue}).toString() == u"2026-10-16");
}

TEST_CASE("Overdue and due-soon clues count working days", "[supervision][clues]")
{
    SupervisionCounty c;
    REQUIRE(c.import().applied);
    const qint64 first = c.clueOf(QStringLiteral("12345-20260929-0001")); // due 2026-10-19
    auto ids = [&](ClueStore::Listing listing, const QDate &asOf) {
        QList<qint64> list;
        for (const auto &clue : ClueStore::list(c.sql(), listing, asOf))
            list.append(clue.id);
        return list;
    };
    CHECK_FALSE(ids(ClueStore::Listing::DueSoon, QDate(2026, 10, 9)).contains(first)); // 6 working days left
    CHECK(ids(ClueStore::Listing::DueSoon, QDate(2026, 10, 14)).contains(first));      // 3 left
    CHECK_FALSE(ids(ClueStore::Listing::Overdue, QDate(2026, 10, 19)).contains(first));
    CHECK(ids(ClueStore::Listing::Overdue, QDate(2026, 10, 20)).contains(first));
    CHECK(ids(ClueStore::Listing::Open, QDate(2026, 10, 20)).contains(first));
}


TEST_CASE("Case-file review scoring: veto items fail the file, deductions floor at zero, grade bands", "[supervision][review]")
{
    const ReviewChecklist &c = ReviewChecklist::builtIn();
    using D = ReviewChecklist::Deduction;
    auto score = c.score({}, {});
    CHECK(score.total == 100);
    CHECK(score.grade == u"excellent");
    score = c.score({}, {D{QStringLiteral("evidence_chain"), 10, QStringLiteral("12"), {}}});
    CHECK(score.total == 90);
    CHECK(score.grade == u"excellent");
    score = c.score({}, {D{QStringLiteral("evidence_chain"), 11, {}, {}}});
    CHECK(score.grade == u"pass");
    score = c.score({}, {D{QStringLiteral("evidence_chain"), 20, {}, {}}, D{QStringLiteral("documents"), 6, {}, {}},
                         D{QStringLiteral("binding"), 4, {}, {}}});
    CHECK(score.total == 70);
    CHECK(score.grade == u"pass");
    score = c.score({}, {D{QStringLiteral("evidence_chain"), 20, {}, {}}, D{QStringLiteral("documents"), 6, {}, {}},
                         D{QStringLiteral("binding"), 5, {}, {}}});
    CHECK(score.total == 69);
    CHECK(score.grade == u"fail");
    // An item loses at most its own points: 50 deducted from a 5-point item costs 5.
    score = c.score({}, {D{QStringLiteral("binding"), 50, {}, {}}, D{QStringLiteral("binding"), 3, {}, {}}});
    CHECK(score.form == 15);
    CHECK(score.total == 95);
    // A failed veto item fails the file whatever its points.
    score = c.score({QStringLiteral("two_officers")}, {});
    CHECK(score.total == 100);
    CHECK(score.vetoFailed);
    CHECK(score.grade == u"fail");
    CHECK_THROWS_AS(c.score({QStringLiteral("binding")}, {}), Refusal);
    CHECK_THROWS_AS(c.score({}, {D{QStringLiteral("no_such_item"), 1, {}, {}}}), Refusal);
    // Half points, as the published standards deduct them: 100 − 2.5 = 97.5; 90 − 0.5 = 89.5 is no
    // longer excellent (≥ 90) but a pass. A deduction that is neither whole nor half is refused.
    score = c.score({}, {D{QStringLiteral("binding"), 2.5, {}, {}}});
    CHECK(score.form == 17.5);
    CHECK(score.total == 97.5);
    score = c.score({}, {D{QStringLiteral("evidence_chain"), 10.5, {}, {}}});
    CHECK(score.total == 89.5);
    CHECK(score.grade == u"pass");
    CHECK(TestSupport::refusal([&] { c.score({}, {D{QStringLiteral("binding"), 2.3, {}, {}}}); }).contains(QStringLiteral("half")));
    CHECK_THROWS_AS(c.score({}, {D{QStringLiteral("binding"), -1, {}, {}}}), Refusal);
}

TEST_CASE("Officer points: dated, by dimension and source — the grade follows", "[supervision][officers]")
{
    SupervisionCounty c;
    const qint64 officer = c.scalar(QStringLiteral("SELECT id FROM officer WHERE active = 1 ORDER BY id LIMIT 1")).toLongLong();
    const auto before = OfficerPoints::profile(c.sql(), officer, QDate(2026, 9, 28));
    CHECK_THROWS_AS(OfficerPoints::addEvent(c.sql(), officer, {QDate(2026, 9, 20), QStringLiteral("charm"), 2, QStringLiteral("exam"), QStringLiteral("x")}), Refusal);
    CHECK_THROWS_AS(OfficerPoints::addEvent(c.sql(), officer, {QDate(2026, 9, 20), QStringLiteral("competence"), 2, QStringLiteral("luck"), QStringLiteral("x")}), Refusal);
    CHECK_THROWS_AS(OfficerPoints::addEvent(c.sql(), officer, {QDate(2026, 9, 20), QStringLiteral("competence"), 2, QStringLiteral("exam"), QString()}), Refusal);
    OfficerPoints::addEvent(c.sql(), officer, {QDate(2026, 9, 20), QStringLiteral("competence"), -12, QStringLiteral("exam"),
                                               QStringLiteral("执法资格考试不合格")});
    const auto after = OfficerPoints::profile(c.sql(), officer, QDate(2026, 9, 28));
    CHECK(after.total == before.total - 12);
    CHECK(after.events.last().source == u"exam");
    CHECK(c.scalar(QStringLiteral("SELECT grade FROM officer WHERE id = ?"), {officer}).toString()
          == OfficerPoints::gradeFor(OfficerPoints::profile(c.sql(), officer, QDate::currentDate()).total));
    bool listed = false;
    for (const auto &p : OfficerPoints::dueForRetraining(c.sql(), QDate(2026, 9, 28)))
        listed = listed || p.id == officer;
    CHECK(listed); // twelve points lost in competence within the year
}

TEST_CASE("Officer grades at the band edges", "[supervision][officers]")
{
    CHECK(OfficerPoints::gradeFor(106) == u"excellent");
    CHECK(OfficerPoints::gradeFor(105) == u"good");
    CHECK(OfficerPoints::gradeFor(100) == u"good");
    CHECK(OfficerPoints::gradeFor(99) == u"fair");
    CHECK(OfficerPoints::gradeFor(92) == u"fair");
    CHECK(OfficerPoints::gradeFor(91) == u"poor");
}

TEST_CASE("A review feeds the officers' points — a case file PDF is attached, reopened and verified", "[supervision][review]")
{
    SupervisionCounty c;
    const QString caseNo = c.scalar(QStringLiteral("SELECT case_no FROM penalty_case ORDER BY id LIMIT 1")).toString();
    const qint64 officer = c.scalar(QStringLiteral("SELECT id FROM officer WHERE active = 1 ORDER BY id LIMIT 1")).toLongLong();
    const auto before = OfficerPoints::profile(c.sql(), officer, QDate(2026, 10, 30));
    QTemporaryDir dir;
    const QString sheet = dir.filePath(QStringLiteral("sheet.json"));
    TestSupport::writeFile(sheet, R"({"reviewer": "李评查", "reviewedOn": "2026-10-30", "campaign": "2026年行政处罚案卷专项评查",
        "vetoFailed": ["two_officers"], "deductions": [{"item": "documents", "points": 2, "page": "7", "note": "告知书未签收"}],
        "officers": [)" + QByteArray::number(officer) + "]}");
    const ReviewStore::Input input = ReviewStore::fromSheet(caseNo, sheet);
    const auto recorded = ReviewStore::record(c.sql(), input);
    CHECK(recorded.score.grade == u"fail");
    CHECK(recorded.score.total == 98);
    CHECK(c.scalar(QStringLiteral("SELECT page FROM review_deduction WHERE review_id = ? AND item = 'documents'"), {recorded.id}).toString()
          == u"7");
    const auto after = OfficerPoints::profile(c.sql(), officer, QDate(2026, 10, 30));
    CHECK(after.total == before.total - 3);
    CHECK(after.byDimension.value(QStringLiteral("conduct")) == before.byDimension.value(QStringLiteral("conduct")) - 3);
    CHECK(c.scalar(QStringLiteral("SELECT grade FROM officer WHERE id = ?"), {officer}).toString() == OfficerPoints::gradeFor(after.total));
    const auto results = ReviewStore::campaignResults(c.sql(), input.campaign);
    REQUIRE(results.size() == 1);
    CHECK(results.first().reviews == 1);
    CHECK(results.first().passed == 0);

    // A sheet naming an item the checklist does not have is refused; nothing is written.
    const int reviews = c.scalar(QStringLiteral("SELECT count(*) FROM case_review")).toInt();
    TestSupport::writeFile(sheet, R"({"reviewer": "x", "reviewedOn": "2026-10-30", "deductions": [{"item": "typo", "points": 2}]})");
    CHECK_THROWS_AS(ReviewStore::record(c.sql(), ReviewStore::fromSheet(caseNo, sheet)), Refusal);
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM case_review")).toInt() == reviews);

    // The case file: copied beside the database, found again after reopening, checked by SHA-256.
    const QString pdf = dir.filePath(QStringLiteral("案卷.pdf"));
    TestSupport::writeFile(pdf, "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
                                "trailer<</Root 1 0 R>>\n%%EOF\n");
    const QString dbPath = c.db.path();
    const qint64 id = AttachmentStore::attach(c.sql(), dbPath, QStringLiteral("case_review"), recorded.id, pdf, QDate(2026, 10, 30));
    QFile::remove(pdf); // the managed copy no longer depends on the original
    {
        Database reopened = Database::open(dbPath, Database::OpenMode::ExistingOnly);
        const auto attachment = AttachmentStore::find(reopened.connection(), id);
        REQUIRE(attachment);
        CHECK(attachment->fileName == u"案卷.pdf");
        CHECK(AttachmentStore::verify(dbPath, *attachment).isEmpty());
        QFile stored(AttachmentStore::storedPath(dbPath, *attachment));
        REQUIRE(stored.open(QIODevice::Append));
        stored.write("tampered");
        stored.close();
        CHECK(AttachmentStore::verify(dbPath, *attachment).contains(QStringLiteral("SHA-256")));
    }
    CHECK_THROWS_AS(AttachmentStore::attach(c.sql(), dbPath, QStringLiteral("case_review"), recorded.id, dir.filePath(QStringLiteral("none.pdf")),
                                            QDate(2026, 10, 30)), Refusal);
}
