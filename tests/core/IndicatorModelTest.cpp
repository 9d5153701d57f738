#include "TestSupport.h"

#include "db/Database.h"
#include "db/Sql.h"
#include "report/DashboardData.h"
#include "report/IndicatorModel.h"
#include "supervision/ClueStore.h"

#include <QHash>

// Golden figures for October 2026 in a small county counted by hand, with the edge
// cases: a visit on the month's last day, a planned visit without results, a clue
// reassigned on its way, a case with a zero fine, an enterprise trained twice.
namespace {

void build(const Database &db)
{
    const char *const statements[] = {
        "INSERT INTO township (id, code, name) VALUES (1, 'T1', 'A镇'), (2, 'T2', 'B镇')",
        "INSERT INTO department (id, code, name, short_name) VALUES (1, 'D1', '一局', '一'), (2, 'D2', '二局', '二')",
        "INSERT INTO enterprise (id, uscc, name, township_id, registration_date, credit_score, credit_tier) VALUES "
        " (1, '914403001922038216', 'e1', 1, '2020-01-01', 100, 'A'), (2, '9144030071526726XG', 'e2', 2, '2026-10-31', 90, 'B'),"
        " (3, '91330100799655058B', 'e3', 1, '2026-11-05', 100, 'A'), (4, '91110000600037341L', 'e4', 2, '2019-01-01', NULL, NULL)",
        "INSERT INTO visit (id, enterprise_id, scheduled_date, visit_date, origin, status) VALUES "
        " (1, 1, '2026-10-31', '2026-10-31', 'routine', 'done'), (2, 2, '2026-10-01', '2026-10-01', 'routine', 'done'),"
        " (3, 1, '2026-11-01', '2026-11-01', 'routine', 'done'), (4, 2, '2026-10-30', NULL, 'routine', 'planned'),"
        " (5, 2, '2026-10-15', '2026-10-15', 'invitation', 'done')",
        "INSERT INTO inspection_task (visit_id, department_id, enterprise_id) VALUES (1, 1, 1), (1, 2, 1), (2, 1, 2), (3, 1, 1), (4, 1, 2), (5, 2, 2)",
        "INSERT INTO satisfaction_rating (visit_id, rating, rated_on) VALUES (1, 5, '2026-10-31'), (2, 3, '2026-10-02'), (5, 4, '2026-11-01')",
        "INSERT INTO sandbox_membership (enterprise_id, entered_on, entry_reason, exited_on, exit_reason) VALUES "
        " (1, '2026-09-01', 'x', NULL, NULL), (2, '2026-10-10', 'x', '2026-10-20', 'y')",
        "INSERT INTO hotline_order (id, order_no, received_at, category, content, township_id) VALUES "
        " (1, 'o1', '2026-10-05', 'complaint', 'c', 1), (2, 'o2', '2026-10-20', 'complaint', 'c', 2),"
        " (3, 'o3', '2026-09-20', 'complaint', 'c', 1), (4, 'o4', '2026-10-28', 'report', 'c', 1)",
        "INSERT INTO clue (id, hotline_order_id, department_id, received_on, deadline, state, closed_on) VALUES "
        " (1, 1, 1, '2026-10-05', '2026-10-19', 'closed', '2026-10-18'), (2, 2, 2, '2026-10-20', '2026-10-25', 'assigned', NULL),"
        " (3, 3, 1, '2026-09-20', '2026-10-04', 'closed', '2026-11-02'), (4, 4, 2, '2026-10-28', '2026-11-10', 'assigned', NULL)",
        "INSERT INTO clue_step (clue_id, state, step_on, done_by) VALUES (4, 'assigned', '2026-10-28', 'a'), "
        " (4, 'returned', '2026-10-29', 'b'), (4, 'assigned', '2026-10-30', 'a')",
        "INSERT INTO penalty_case (id, case_no, department_id, enterprise_id, decided_on, outcome, fine_fen, reference_fen) VALUES "
        " (1, 'p1', 1, 1, '2026-10-10', 'lighter', 150000, 200000), (2, 'p2', 2, 2, '2026-10-31', 'no_penalty', 0, 100000),"
        " (3, 'p3', 1, 1, '2026-10-12', 'standard', 300000, 200000), (4, 'p4', 1, 2, '2026-09-30', 'reduced', 10000, 50000)",
        "INSERT INTO credit_repair (enterprise_id, applied_on, granted_on, status) VALUES "
        " (1, '2026-09-20', '2026-10-03', 'granted'), (2, '2026-10-01', NULL, 'applied'), (2, '2026-10-20', '2026-11-01', 'granted')",
        "INSERT INTO training_session (id, held_on, topic, kind) VALUES (1, '2026-10-08', 't', 'law_lecture'), "
        " (2, '2026-10-22', 't', 'credit_repair'), (3, '2026-11-03', 't', 'consultation')",
        "INSERT INTO training_attendee (session_id, enterprise_id) VALUES (1, 1), (1, 2), (2, 1), (3, 2)",
        "INSERT INTO forum (id, held_on, title, kind, township_id) VALUES (1, '2026-10-09', 'f', 'k', 1), (2, '2026-11-09', 'f', 'k', 2)",
        "INSERT INTO enterprise_request (forum_id, enterprise_id, department_id, content, raised_on, closed_on) VALUES "
        " (1, 1, 1, 'r', '2026-10-09', '2026-10-20'), (1, 2, 2, 'r', '2026-10-09', NULL), (NULL, 1, 1, 'r', '2026-09-01', '2026-10-02')",
        "INSERT INTO case_review (penalty_case_id, reviewer, reviewed_on, veto_failed, form_score, content_score, grade) VALUES "
        " (1, 'x', '2026-10-20', 0, 18, 75, 'excellent'), (3, 'x', '2026-10-25', 1, 20, 80, 'fail'), (2, 'x', '2026-11-01', 0, 10, 50, 'fail')",
        "INSERT INTO officer (department_id, name, grade, active) VALUES (1, 'o1', 'excellent', 1), (1, 'o2', 'good', 1), "
        " (2, 'o3', 'good', 1), (2, 'o4', 'poor', 0)",
        // Enterprise 2 is served four ways in October (invited visit, training, request,
        // helped repair) and counts once among the enterprises served.
        "INSERT INTO invitation (enterprise_id, requested_on, scope, status, visit_id, department_id) "
        " VALUES (2, '2026-10-10', 'x', 'done', 5, 1), (1, '2026-09-28', 'y', 'requested', NULL, NULL)",
        "UPDATE credit_repair SET helped = 1 WHERE applied_on = '2026-10-01'",
    };
    for (const char *sql : statements)
        Sql::exec(db.connection(), QString::fromUtf8(sql));
}

QHash<QString, IndicatorModel::Value> figures(const Database &db, IndicatorModel::Scope scope)
{
    QHash<QString, IndicatorModel::Value> map;
    for (const IndicatorModel::Value &v : IndicatorModel::compute(db.connection(), scope))
        map.insert(v.id, v);
    return map;
}

} // namespace

TEST_CASE("Indicators: October 2026, whole county, counted by hand", "[indicators]")
{
    QTemporaryDir dir;
    Database db = Database::open(dir.filePath(QStringLiteral("kpi.db")));
    build(db);
    const auto f = figures(db, IndicatorModel::Scope::month(QDate(2026, 10, 17)));
    const QList<QPair<const char *, double>> expected = {
        {"visits", 3}, {"joint_visits", 1}, {"tasks", 4}, {"checks_avoided", 1}, {"invited_visits", 1},
        {"satisfaction_rate", 50}, {"enterprises_scored", 2}, {"sandbox_members", 1}, {"sandbox_entries", 1},
        {"sandbox_exits", 1}, {"clues_received", 3}, {"clues_closed", 1}, {"clues_overdue", 2}, {"lenient_cases", 2},
        {"fines_waived", 150000}, {"credit_repairs", 1}, {"trainings", 2}, {"enterprises_trained", 2}, {"forums", 1},
        {"requests_raised", 2}, {"requests_closed", 2}, {"case_reviews", 2}, {"review_avg", 96.5},
        {"invitations", 1}, {"repairs_helped", 1}, {"enterprises_served", 2},
        {"review_pass_rate", 50}, {"officers_excellent", 1}, {"officers_good", 2}, {"officers_fair", 0}, {"officers_poor", 0},
    };
    for (const auto &[id, value] : expected) {
        INFO(id);
        REQUIRE(f.contains(QString::fromLatin1(id)));
        CHECK(f.value(QString::fromLatin1(id)).value == Approx(value));
    }
    CHECK(f.value(QStringLiteral("joint_rate")).value == Approx(100.0 / 3));
    // The trend's shortcut gives the same figures.
    for (const IndicatorModel::Value &v : IndicatorModel::computeVisits(db.connection(), IndicatorModel::Scope::month(QDate(2026, 10, 17))))
        CHECK(v.value == f.value(v.id).value);
    CHECK(f.size() == IndicatorModel::definitions().size());
    for (const IndicatorModel::Definition &d : IndicatorModel::definitions()) {
        INFO(d.id.toStdString());
        CHECK(f.contains(d.id));
        CHECK_FALSE(d.definition.isEmpty());
    }
}

TEST_CASE("Indicators: township and department scopes, year to date, empty rates", "[indicators]")
{
    QTemporaryDir dir;
    Database db = Database::open(dir.filePath(QStringLiteral("kpi-scope.db")));
    build(db);
    IndicatorModel::Scope town = IndicatorModel::Scope::month(QDate(2026, 10, 1));
    town.townshipId = 1;
    auto f = figures(db, town);
    CHECK(f.value(QStringLiteral("visits")).value == 1);
    CHECK(f.value(QStringLiteral("tasks")).value == 2);
    CHECK(f.value(QStringLiteral("lenient_cases")).value == 1);
    CHECK(f.value(QStringLiteral("fines_waived")).value == 50000);
    CHECK(f.value(QStringLiteral("clues_received")).value == 2);
    CHECK(f.value(QStringLiteral("enterprises_trained")).value == 1);

    IndicatorModel::Scope dept = IndicatorModel::Scope::month(QDate(2026, 10, 1));
    dept.departmentId = 2;
    f = figures(db, dept);
    CHECK(f.value(QStringLiteral("visits")).value == 2);
    CHECK(f.value(QStringLiteral("tasks")).value == 2);
    CHECK(f.value(QStringLiteral("joint_visits")).value == 1);
    CHECK(f.value(QStringLiteral("checks_avoided")).value == 0);
    CHECK(f.value(QStringLiteral("officers_good")).value == 1);

    const IndicatorModel::Scope ytd = IndicatorModel::Scope::yearToDate(QDate(2026, 10, 5));
    CHECK(ytd.from == QDate(2026, 1, 1));
    CHECK(ytd.to == QDate(2026, 10, 31));
    f = figures(db, ytd);
    CHECK(f.value(QStringLiteral("lenient_cases")).value == 3); // p4 in September too
    CHECK(f.value(QStringLiteral("requests_raised")).value == 3);

    f = figures(db, IndicatorModel::Scope::month(QDate(2025, 1, 1)));
    CHECK_FALSE(f.value(QStringLiteral("joint_rate")).defined);
    CHECK(IndicatorModel::format(*IndicatorModel::definition(QStringLiteral("joint_rate")), f.value(QStringLiteral("joint_rate")))
          == u"—");
    CHECK(IndicatorModel::format(*IndicatorModel::definition(QStringLiteral("fines_waived")), {QStringLiteral("fines_waived"), 150000, true})
              .contains(u"1,500.00"));
}

TEST_CASE("Overdue clues: one definition, on the month's end or today, never a deadline still to come", "[indicators]")
{
    QTemporaryDir dir;
    Database db = Database::open(dir.filePath(QStringLiteral("overdue.db")));
    build(db);
    // Seen on 2026-12-07 in December: deadlines 12-05 and 12-06 have passed; 12-07 (today,
    // still counting), 12-08, 12-15 and 12-18 have not.
    Sql::exec(db.connection(), QStringLiteral(
        "INSERT INTO clue (id, department_id, received_on, deadline, state) VALUES "
        " (11, 1, '2026-12-01', '2026-12-05', 'assigned'), (12, 1, '2026-12-01', '2026-12-06', 'responded'),"
        " (13, 1, '2026-12-01', '2026-12-07', 'assigned'), (14, 1, '2026-12-02', '2026-12-08', 'assigned'),"
        " (15, 2, '2026-12-02', '2026-12-15', 'assigned'), (16, 2, '2026-12-03', '2026-12-18', 'assigned')"));
    IndicatorModel::Scope december = IndicatorModel::Scope::month(QDate(2026, 12, 1));
    december.today = QDate(2026, 12, 7);
    // Clues 2 and 4 of the October county (deadlines 2026-10-25 and 2026-11-10, still
    // assigned) are overdue too: 2, 4, 11 and 12, four in all.
    CHECK(figures(db, december).value(QStringLiteral("clues_overdue")).value == 4);
    // The supervision list and `clue list --overdue` ask the same question of the same day.
    QList<qint64> listed;
    for (const ClueStore::Clue &c : ClueStore::list(db.connection(), ClueStore::Listing::Overdue, QDate(2026, 12, 7)))
        listed.append(c.id);
    std::sort(listed.begin(), listed.end());
    CHECK(listed == QList<qint64>{2, 4, 11, 12});
    // Once December is over, all six of December's and clues 2 and 4 are overdue at its end: 8.
    december.today = QDate(2027, 1, 5);
    CHECK(figures(db, december).value(QStringLiteral("clues_overdue")).value == 8);
}

TEST_CASE("A visit is late only once its day is over", "[indicators][dashboard]")
{
    QTemporaryDir dir;
    Database db = Database::open(dir.filePath(QStringLiteral("late.db")));
    build(db);
    const QDate today = QDate::currentDate();
    Sql::exec(db.connection(), QStringLiteral(
        "INSERT INTO visit (id, enterprise_id, scheduled_date, visit_date, origin, status) VALUES "
        " (41, 1, ?, NULL, 'routine', 'planned'), (42, 1, ?, NULL, 'routine', 'planned'), (43, 2, ?, NULL, 'routine', 'planned')"),
              {today.addDays(-1).toString(Qt::ISODate), today.toString(Qt::ISODate), today.addDays(1).toString(Qt::ISODate)});
    QList<qint64> late;
    for (const DashboardData::Attention &a : DashboardData::build(db.connection(), today, 0, false).attention) {
        if (a.kind == u"visit_without_results")
            late.append(a.recordId);
    }
    CHECK(late.contains(41));  // yesterday's
    CHECK_FALSE(late.contains(42)); // today's may still be under way
    CHECK_FALSE(late.contains(43)); // tomorrow's is not due
    CHECK(late.contains(4));   // October's, never done
}
