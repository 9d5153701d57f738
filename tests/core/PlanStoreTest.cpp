#include "TestSupport.h"

#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "demo/DemoCountyGenerator.h"
#include "credit/CreditLedger.h"
#include "credit/CreditRecomputer.h"
#include "credit/CreditRuleStore.h"
#include "planning/InspectionCode.h"
#include "planning/InspectionPlanner.h"
#include "planning/PlanInputLoader.h"
#include "planning/PlanQueries.h"
#include "planning/PlanStore.h"
#include "planning/VisitResults.h"
#include "util/WorkingCalendar.h"
#include "util/Refusal.h"

#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QSqlQuery>

namespace {

const QDate kAsOf(2026, 6, 30);

Database demo(const QTemporaryDir &dir, const char *name)
{
    Database db = Database::open(dir.filePath(QString::fromLatin1(name)));
    TestSupport::demo(db, 7, 1800, kAsOf);
    return db;
}

PlanRequest quarter(const QString &seed)
{
    PlanRequest r;
    r.from = QDate(2026, 7, 1);
    r.to = QDate(2026, 9, 30);
    r.seed = seed;
    return r;
}

int count(const Database &db, const QString &sql, const QVariantList &binds = {})
{
    return Sql::scalar(db.connection(), sql, binds).toInt();
}

QByteArray exported(const Database &db, qint64 plan, const QString &path)
{
    PlanQueries::exportPlan(db.connection(), plan, path);
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

} // namespace

TEST_CASE("Plans: the same seed on the same county gives the same plan, byte for byte — the draw verifies", "[planning][db]")
{
    QTemporaryDir dir;
    Database a = demo(dir, "a.db");
    Database b = demo(dir, "b.db");
    const qint64 pa = PlanStore::create(a.connection(), quarter(QStringLiteral("20260701")));
    const qint64 pb = PlanStore::create(b.connection(), quarter(QStringLiteral("20260701")));
    const QByteArray ja = exported(a, pa, dir.filePath(QStringLiteral("a.json")));
    CHECK(ja == exported(b, pb, dir.filePath(QStringLiteral("b.json"))));
    CHECK(TestSupport::fileDigest(dir.filePath(QStringLiteral("a.json"))) == TestSupport::fileDigest(dir.filePath(QStringLiteral("b.json"))));

    const PlanQueries::Plan plan = PlanQueries::plan(a.connection(), pa);
    INFO("visits " << plan.planned.visits << " tasks " << plan.planned.tasks << " joint " << plan.planned.jointVisits);
    CHECK(plan.planned.visits > 50);
    CHECK(plan.planned.checksAvoided() > 0);
    CHECK(plan.planned.checksAvoided() == plan.planned.tasks - plan.planned.visits);
    const PlanStore::Verification ok = PlanStore::verify(a.connection(), pa);
    CHECK(ok.ok);
    CHECK(ok.drawn > 0);

    // A drawn check removed behind the program's back is found by the re-run.
    Sql::exec(a.connection(), QStringLiteral("DELETE FROM task_item WHERE task_id = (SELECT min(id) FROM inspection_task WHERE plan_id = ? AND drawn = 1)"), {pa});
    Sql::exec(a.connection(), QStringLiteral("DELETE FROM inspection_task WHERE id = (SELECT min(id) FROM inspection_task WHERE plan_id = ? AND drawn = 1)"), {pa});
    const PlanStore::Verification broken = PlanStore::verify(a.connection(), pa);
    CHECK_FALSE(broken.ok);
    CHECK(broken.missing == 1);
    // An altered population does not match its published digest.
    Sql::exec(b.connection(), QStringLiteral("UPDATE inspection_plan SET population = ? WHERE id = ?"), {qCompress(QByteArray("x\tA\t\t\t0\n")), pb});
    CHECK_FALSE(PlanStore::verify(b.connection(), pb).ok);
}

TEST_CASE("Plans: the rules hold in the database — overlapping plans and bad requests are refused and change nothing", "[planning][db]")
{
    QTemporaryDir dir;
    Database db = demo(dir, "rules.db");
    const QSqlDatabase c = db.connection();
    const qint64 plan = PlanStore::create(c, quarter(QStringLiteral("rules")));
    // ≥ 2 officers, each department of the visit represented, no conflicts.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM visit v WHERE v.plan_id = ? AND (SELECT count(*) FROM visit_officer WHERE visit_id = v.id) < 2"), {plan}) == 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM inspection_task t WHERE t.plan_id = ? AND NOT EXISTS (SELECT 1 FROM visit_officer vo "
                                   "JOIN officer o ON o.id = vo.officer_id WHERE vo.visit_id = t.visit_id AND o.department_id = t.department_id)"),
                {plan}) == 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM visit v JOIN visit_officer vo ON vo.visit_id = v.id JOIN officer_conflict oc "
                                   "ON oc.officer_id = vo.officer_id AND oc.enterprise_id = v.enterprise_id WHERE v.plan_id = ?"),
                {plan}) == 0);
    // No officer above the daily number of visits.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM (SELECT vo.officer_id, v.scheduled_date FROM visit v JOIN visit_officer vo ON vo.visit_id = v.id "
                                   "WHERE v.plan_id = ? GROUP BY 1, 2 HAVING count(*) > 3)"),
                {plan}) == 0);
    // Sandbox members untouched by routine draws.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM inspection_task t JOIN sandbox_membership s ON s.enterprise_id = t.enterprise_id "
                                   "AND s.exited_on IS NULL WHERE t.plan_id = ? AND t.trigger = 'routine'"),
                {plan}) == 0);
    // Same department at most twice a year, all together at most four routine entries.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM (SELECT t.department_id, t.enterprise_id FROM inspection_task t JOIN visit v ON v.id = t.visit_id "
                                   "WHERE (t.drawn = 1 OR t.trigger = 'routine') AND v.status <> 'cancelled' AND substr(v.scheduled_date, 1, 4) = '2026' "
                                   "GROUP BY 1, 2 HAVING count(*) > 2)")) == 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM (SELECT enterprise_id FROM visit WHERE origin = 'routine' AND status <> 'cancelled' "
                                   "AND substr(scheduled_date, 1, 4) = '2026' GROUP BY 1 HAVING count(*) > 4)")) == 0);
    // Each red-line penalty of the last twelve months is followed up by its department.
    const int redLine = count(db, QStringLiteral("SELECT count(*) FROM penalty_case p JOIN discretion_item d ON d.id = p.discretion_item_id "
                                                 "WHERE d.red_line = 1 AND p.decided_on BETWEEN '2025-07-01' AND '2026-06-30'"));
    CHECK(redLine > 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM inspection_task t JOIN penalty_case p ON t.source LIKE '%red-line case ' || p.id || '%' "
                                   "AND t.department_id = p.department_id AND t.enterprise_id = p.enterprise_id WHERE t.plan_id = ?"),
                {plan})
              + count(db, QStringLiteral("SELECT count(*) FROM plan_exception WHERE plan_id = ? AND trigger = 'recheck' AND kind <> 'warning'"), {plan})
          >= redLine);
    // Every visit is on a working day.
    QSqlQuery days = Sql::exec(c, QStringLiteral("SELECT DISTINCT scheduled_date FROM visit WHERE plan_id = ?"), {plan});
    while (days.next())
        CHECK(WorkingCalendar::builtIn().isWorkingDay(QDate::fromString(days.value(0).toString(), Qt::ISODate)));

    const int plans = count(db, QStringLiteral("SELECT count(*) FROM inspection_plan"));
    const int visits = count(db, QStringLiteral("SELECT count(*) FROM visit"));
    try {
        PlanStore::create(c, quarter(QStringLiteral("again")));
        FAIL("an overlapping plan was accepted");
    } catch (const Error &error) {
        CHECK(error.message().contains(u"overlaps"));
    }
    PlanRequest bad = quarter(QString());
    bad.from = QDate(2027, 1, 1);
    bad.to = QDate(2027, 3, 31);
    bad.departments = {QStringLiteral("不存在的局")};
    // 2027 has no holiday notice yet: refused until the user says so.
    CHECK_THROWS_WITH(PlanStore::create(c, bad), Catch::Contains("2027"));
    bad.provisionalCalendar = true;
    CHECK_THROWS_WITH(PlanStore::create(c, bad), Catch::Contains("不存在的局"));
    bad.departments.clear();
    bad.to = QDate(2026, 12, 1);
    CHECK_THROWS_AS(PlanStore::create(c, bad), Refusal);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM inspection_plan")) == plans);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM visit")) == visits);
    CHECK(AuditLog::verify(c).ok);
}

TEST_CASE("Plans: coordinated draws give fewer visits than independent ones on the demo county", "[planning][db]")
{
    QTemporaryDir dir;
    Database db = demo(dir, "coordination.db");
    Planning::Input input = PlanInputLoader::load(db.connection(), quarter(QStringLiteral("compare")));
    const Planning::Result coordinated = InspectionPlanner::plan(input);
    input.coordinated = false;
    const Planning::Result independent = InspectionPlanner::plan(input);
    INFO("coordinated " << coordinated.visits.size() << " visits / " << coordinated.tasks << " tasks; independent "
                        << independent.visits.size() << " / " << independent.tasks);
    CHECK(coordinated.routineDrawn == independent.routineDrawn);
    CHECK(coordinated.visits.size() < independent.visits.size());
}

TEST_CASE("Inspection codes: the payload scans back, an altered one is refused", "[planning][db]")
{
    QTemporaryDir dir;
    Database db = demo(dir, "codes.db");
    const QSqlDatabase c = db.connection();
    const qint64 plan = PlanStore::create(c, quarter(QStringLiteral("codes")));
    const qint64 visit = Sql::scalar(c, QStringLiteral("SELECT min(id) FROM visit WHERE plan_id = ?"), {plan}).toLongLong();
    const QString payload = InspectionCode::payload(c, visit);
    CHECK(payload.contains(u"执法检查码"));
    const InspectionCode::Scan good = InspectionCode::scan(c, payload);
    CHECK(good.valid);
    CHECK(good.visitId == visit);
    QString altered = payload;
    altered.replace(QRegularExpression(QStringLiteral("检查日期：\\d{4}")), QStringLiteral("检查日期：2030"));
    REQUIRE(altered != payload);
    CHECK_FALSE(InspectionCode::scan(c, altered).valid);
    CHECK_FALSE(InspectionCode::scan(c, QStringLiteral("hello")).valid);
    CHECK(InspectionCode::scan(c, PlanQueries::visit(c, visit).code).valid);
    // A changed visit makes an old printout out of date.
    Sql::exec(c, QStringLiteral("DELETE FROM visit_officer WHERE visit_id = ? AND officer_id = (SELECT max(officer_id) FROM visit_officer WHERE visit_id = ?)"),
              {visit, visit});
    const InspectionCode::Scan stale = InspectionCode::scan(c, payload);
    CHECK_FALSE(stale.valid);
    CHECK(stale.message.contains(u"out of date"));
    const QImage image = InspectionCode::image(payload);
    CHECK(image.width() > 100);
    CHECK(image.width() == image.height());
}

TEST_CASE("Visit results: findings feed credit and the next plan's re-checks — the rating is kept apart", "[planning][db]")
{
    QTemporaryDir dir;
    Database db = demo(dir, "results.db");
    const QSqlDatabase c = db.connection();
    const qint64 plan = PlanStore::create(c, quarter(QStringLiteral("results")));
    const qint64 visit = Sql::scalar(c, QStringLiteral("SELECT min(id) FROM visit WHERE plan_id = ? AND origin = 'routine'"), {plan}).toLongLong();
    const QList<VisitResults::Item> items = VisitResults::items(c, visit);
    REQUIRE(items.size() >= 1);
    QList<VisitResults::Finding> findings;
    for (const VisitResults::Item &item : items)
        findings.append({item.code, QStringLiteral("compliant"), QDate(), QString()});
    // Missing one item: refused, nothing written.
    CHECK_THROWS_AS(VisitResults::record(c, visit, QDate(2026, 7, 10), findings.mid(1)), Refusal);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM finding f JOIN inspection_task t ON t.id = f.task_id WHERE t.visit_id = ?"), {visit}) == 0);
    findings.first().result = QStringLiteral("rectify");
    findings.first().rectifyBy = QDate(2026, 7, 25);
    VisitResults::record(c, visit, QDate(2026, 7, 10), findings);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM credit_event WHERE source_table = 'finding' AND source_id IN "
                                   "(SELECT f.id FROM finding f JOIN inspection_task t ON t.id = f.task_id WHERE t.visit_id = ?)"),
                {visit}) == 1);
    CHECK_THROWS_AS(VisitResults::rate(c, visit, 6, QDate(2026, 7, 11)), Refusal);
    VisitResults::rate(c, visit, 5, QDate(2026, 7, 11));
    CHECK(PlanQueries::plan(c, plan).satisfied == 1);
    CHECK(PlanQueries::plan(c, plan).done.visits == 1);

    // The finding to rectify becomes a re-check task in the next quarter's plan.
    PlanRequest next = quarter(QStringLiteral("next"));
    next.from = QDate(2026, 10, 1);
    next.to = QDate(2026, 12, 31);
    const qint64 nextPlan = PlanStore::create(c, next);
    const qint64 enterprise = Sql::scalar(c, QStringLiteral("SELECT enterprise_id FROM visit WHERE id = ?"), {visit}).toLongLong();
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM inspection_task t WHERE t.plan_id = ? AND t.enterprise_id = ? AND t.trigger = 'recheck'"),
                {nextPlan, enterprise}) == 1);
}

TEST_CASE("Plans draw each enterprise at its tier as of the plan's start, and publish those tiers", "[planning][db]")
{
    QTemporaryDir dir;
    Database db = demo(dir, "tiers.db");
    const QSqlDatabase conn = db.connection();
    // An enterprise with nothing but a standard penalty of 2025-06-20 (general class:
    // shown 12 months, through 2026-06-20). Computed on 2026-06-01 it is B (90);
    // at the plan's start, 2026-07-01, the penalty no longer counts: A (100).
    const qint64 id = Sql::scalar(conn, QStringLiteral(
        "SELECT e.id FROM enterprise e WHERE e.status = 'active' AND NOT EXISTS (SELECT 1 FROM credit_event c WHERE c.enterprise_id = e.id) "
        "AND NOT EXISTS (SELECT 1 FROM sandbox_membership s WHERE s.enterprise_id = e.id) ORDER BY e.id LIMIT 1")).toLongLong();
    REQUIRE(id > 0);
    const CreditRuleBook book = CreditRuleStore::load(conn);
    CreditLedger::addEvent(conn, book, id, QDate(2025, 6, 20), QStringLiteral("standard_penalty"), QStringLiteral("处罚"));
    CreditRecomputer::run(conn, book, QDate(2026, 6, 1), CreditRecomputer::Mode::Incremental);
    REQUIRE(Sql::scalar(conn, QStringLiteral("SELECT credit_tier FROM enterprise WHERE id = ?"), {id}).toString() == u"B");
    const QString uscc = Sql::scalar(conn, QStringLiteral("SELECT uscc FROM enterprise WHERE id = ?"), {id}).toString();

    const qint64 plan = PlanStore::create(conn, quarter(QStringLiteral("tiers-as-of-start")));
    const QByteArray population = qUncompress(Sql::scalar(conn, QStringLiteral("SELECT population FROM inspection_plan WHERE id = ?"), {plan}).toByteArray());
    QByteArray line;
    for (const QByteArray &l : population.split('\n')) {
        if (l.startsWith(uscc.toLatin1() + '\t'))
            line = l;
    }
    REQUIRE_FALSE(line.isEmpty());
    CHECK(line.split('\t').value(1) == "A");
    // The cache itself is left for the next recompute to bring up to date.
    CHECK(Sql::scalar(conn, QStringLiteral("SELECT credit_tier FROM enterprise WHERE id = ?"), {id}).toString() == u"B");
    // And the draw re-runs from the published tiers.
    CHECK(PlanStore::verify(conn, plan).ok);
}

TEST_CASE("A plan for a year without a notice needs the user's word, and keeps the statutory holidays free", "[planning][db][calendar]")
{
    QTemporaryDir dir;
    Database db = demo(dir, "2027.db");
    PlanRequest q1;
    q1.from = QDate(2027, 1, 1);
    q1.to = QDate(2027, 3, 31);
    q1.seed = QStringLiteral("2027Q1");
    CHECK_THROWS_WITH(PlanStore::create(db.connection(), q1), Catch::Contains("2027"));
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM inspection_plan WHERE period_start = '2027-01-01'")) == 0);
    q1.provisionalCalendar = true;
    const qint64 plan = PlanStore::create(db.connection(), q1);
    REQUIRE(count(db, QStringLiteral("SELECT count(*) FROM visit WHERE plan_id = ?"), {plan}) > 0);
    // 元旦 (Friday 1 January) and 除夕 to 正月初三 (5–8 February) have no visits.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM visit WHERE plan_id = ? AND (scheduled_date = '2027-01-01' "
                                   "OR scheduled_date BETWEEN '2027-02-05' AND '2027-02-08')"), {plan}) == 0);
    // The plan says it was made without the notice.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM plan_exception WHERE plan_id = ? AND reason = 'calendar'"), {plan}) == 1);
}
