#include "TestSupport.h"

#include "credit/CreditLedger.h"
#include "credit/CreditRuleStore.h"
#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "db/Sql.h"
#include "demo/DemoCountyGenerator.h"
#include "report/IndicatorModel.h"
#include "services/InvitationStore.h"
#include "services/RepairHelp.h"
#include "services/RequestStore.h"
#include "services/TrainingStore.h"
#include "util/Refusal.h"

namespace {

const QDate kAsOf(2026, 11, 29);

struct ServiceCounty
{
    QTemporaryDir dir;
    Database db = Database::open(dir.filePath(QStringLiteral("services.db")));
    ServiceCounty()
    {
        TestSupport::demo(db, 12, 120, kAsOf);
    }
    QSqlDatabase sql() const { return db.connection(); }
    QVariant scalar(const QString &query, const QVariantList &binds = {}) const { return Sql::scalar(sql(), query, binds); }
    QString uscc(int n) const
    {
        return scalar(QStringLiteral("SELECT uscc FROM enterprise ORDER BY id LIMIT 1 OFFSET ?"), {n}).toString();
    }
    // A certified active officer with no declared conflict with the enterprise.
    qint64 officerFor(const QString &uscc) const
    {
        return scalar(QStringLiteral(
            "SELECT o.id FROM officer o WHERE o.active = 1 AND o.certificate_no IS NOT NULL AND NOT EXISTS (SELECT 1 FROM officer_conflict c "
            "JOIN enterprise e ON e.id = c.enterprise_id WHERE c.officer_id = o.id AND e.uscc = ?) ORDER BY o.id LIMIT 1"), {uscc}).toLongLong();
    }
};

} // namespace

using TestSupport::refusal;

TEST_CASE("Invitation: requested, scheduled with a 1 + 1 team, done with advice — counted positively in credit", "[services]")
{
    ServiceCounty c;
    const QString uscc = c.uscc(3);
    CHECK(refusal([&] { InvitationStore::request(c.sql(), QStringLiteral("91330100799655058C"), kAsOf, kAsOf, QStringLiteral("消防"), {}); })
              .contains(QStringLiteral("91330100799655058C")));
    CHECK_FALSE(refusal([&] { InvitationStore::request(c.sql(), uscc, kAsOf, kAsOf.addDays(-1), QStringLiteral("消防"), {}); }).isEmpty());
    const qint64 id = InvitationStore::request(c.sql(), uscc, QDate(2026, 11, 2), QDate(2026, 11, 10), QStringLiteral("消防设施维护保养指导"),
                                                 QStringLiteral("王经理 13800000000"));
    const qint64 officer = c.officerFor(uscc);
    REQUIRE(officer > 0);
    CHECK_FALSE(refusal([&] { InvitationStore::schedule(c.sql(), id, officer, QString(), QDate(2026, 11, 10)); }).isEmpty());
    CHECK_FALSE(refusal([&] { InvitationStore::complete(c.sql(), id, QDate(2026, 11, 10), QStringLiteral("建议"), {}); }).isEmpty());
    const qint64 visit = InvitationStore::schedule(c.sql(), id, officer, QStringLiteral("消防工程师 李工"), QDate(2026, 11, 10));
    CHECK(c.scalar(QStringLiteral("SELECT origin FROM visit WHERE id = ?"), {visit}).toString() == u"invitation");
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM inspection_task WHERE visit_id = ? AND trigger = 'invitation'"), {visit}).toInt() == 1);
    CHECK_FALSE(refusal([&] { InvitationStore::schedule(c.sql(), id, officer, QStringLiteral("x"), QDate(2026, 11, 11)); }).isEmpty());
    InvitationStore::complete(c.sql(), id, QDate(2026, 11, 10), QStringLiteral("建议每月检查灭火器压力并记录"), QDate(2026, 12, 10));
    CHECK(c.scalar(QStringLiteral("SELECT status FROM visit WHERE id = ?"), {visit}).toString() == u"done");

    // The credit ledger reads the invited visit as a positive event.
    CreditLedger::syncFromSources(c.sql(), CreditRuleStore::load(c.sql()));
    CHECK(c.scalar(QStringLiteral("SELECT points FROM credit_event WHERE source_table = 'visit' AND source_id = ? AND kind = 'invited_inspection'"),
                   {visit}).toInt() == 2);

    const qint64 other = InvitationStore::request(c.sql(), c.uscc(4), kAsOf, {}, QStringLiteral("广告合规"), {});
    CHECK_FALSE(refusal([&] { InvitationStore::decline(c.sql(), other, QString()); }).isEmpty());
    InvitationStore::decline(c.sql(), other, QStringLiteral("属于已立案调查事项，不宜邀约检查"));
    const auto rows = InvitationStore::list(c.sql(), QDate(2026, 11, 1), kAsOf);
    int done = 0, declined = 0;
    for (const auto &r : rows) {
        done += r.status == u"done" && r.id == id && r.expert.contains(QStringLiteral("李工"));
        declined += r.status == u"declined" && r.id == other;
    }
    CHECK(done == 1);
    CHECK(declined == 1);
}

TEST_CASE("Invited visits never produce penalty cases or violation findings", "[services]")
{
    ServiceCounty c;
    const QString uscc = c.uscc(5);
    const qint64 id = InvitationStore::request(c.sql(), uscc, QDate(2026, 11, 2), {}, QStringLiteral("安全生产"), {});
    const qint64 visit = InvitationStore::schedule(c.sql(), id, c.officerFor(uscc), QStringLiteral("专家"), QDate(2026, 11, 5));
    const qint64 task = c.scalar(QStringLiteral("SELECT id FROM inspection_task WHERE visit_id = ?"), {visit}).toLongLong();
    const qint64 item = c.scalar(QStringLiteral("SELECT id FROM inspection_item LIMIT 1")).toLongLong();
    CHECK_THROWS_AS(Sql::exec(c.sql(), QStringLiteral("INSERT INTO finding (task_id, item_id, result) VALUES (?, ?, 'violation')"), {task, item}), DatabaseError);
    Sql::exec(c.sql(), QStringLiteral("INSERT INTO finding (task_id, item_id, result) VALUES (?, ?, 'rectify')"), {task, item});
    CHECK_THROWS_AS(Sql::exec(c.sql(), QStringLiteral("UPDATE finding SET result = 'violation' WHERE task_id = ?"), {task}), DatabaseError);
    const qint64 enterprise = c.scalar(QStringLiteral("SELECT id FROM enterprise WHERE uscc = ?"), {uscc}).toLongLong();
    const qint64 department = c.scalar(QStringLiteral("SELECT department_id FROM inspection_task WHERE id = ?"), {task}).toLongLong();
    const QString insertCase = QStringLiteral("INSERT INTO penalty_case (case_no, department_id, enterprise_id, decided_on, outcome, visit_id) "
                                              "VALUES (?, ?, ?, '2026-11-06', 'standard', ?)");
    CHECK_THROWS_AS(Sql::exec(c.sql(), insertCase, {QStringLiteral("邀约案"), department, enterprise, visit}), DatabaseError);
    // A routine visit may lead to a case.
    const qint64 routine = c.scalar(QStringLiteral("SELECT id FROM visit WHERE origin = 'routine' LIMIT 1")).toLongLong();
    Sql::exec(c.sql(), insertCase, {QStringLiteral("常规案"), department, enterprise, routine});
    const qint64 ok = c.scalar(QStringLiteral("SELECT id FROM penalty_case WHERE case_no = '常规案'")).toLongLong();
    CHECK_THROWS_AS(Sql::exec(c.sql(), QStringLiteral("UPDATE penalty_case SET visit_id = ? WHERE id = ?"), {visit, ok}), DatabaseError);
    // No invited visit of the demo county has a violation or a case.
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM finding f JOIN inspection_task t ON t.id = f.task_id JOIN visit v ON v.id = t.visit_id "
                                  "WHERE v.origin = 'invitation' AND f.result = 'violation'")).toInt() == 0);
}

TEST_CASE("Request life cycle: raised, answered, reopened when unsatisfied, closed when satisfied", "[services]")
{
    ServiceCounty c;
    AuditLog::setActor(QStringLiteral("tester"));
    const qint64 dept = c.scalar(QStringLiteral("SELECT id FROM department ORDER BY id LIMIT 1")).toLongLong();
    const qint64 forum = RequestStore::createForum(c.sql(), QDate(2026, 11, 3), QStringLiteral("亲清会客厅第十期"), QStringLiteral("亲清会客厅"),
                                                     QStringLiteral("县政务中心"), {c.uscc(1), c.uscc(2), c.uscc(1)});
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM forum_attendee WHERE forum_id = ?"), {forum}).toInt() == 2);
    CHECK_FALSE(refusal([&] { RequestStore::raise(c.sql(), forum, c.uscc(1), dept, QStringLiteral("x"), QDate(2026, 11, 3), QDate(2026, 11, 1)); })
                    .isEmpty());
    const qint64 id = RequestStore::raise(c.sql(), forum, c.uscc(1), dept, QStringLiteral("希望简化消防验收材料"), QDate(2026, 11, 3),
                                            QDate(2026, 11, 20));
    auto state = [&](const QDate &on) {
        for (const auto &r : RequestStore::list(c.sql(), QDate(2026, 11, 1), on))
            if (r.id == id)
                return r.state;
        return QString();
    };
    CHECK(state(QDate(2026, 11, 10)) == u"open");
    CHECK(state(QDate(2026, 11, 25)) == u"overdue");
    CHECK_FALSE(refusal([&] { RequestStore::feedback(c.sql(), id, true, {}, QDate(2026, 11, 10)); }).isEmpty());
    RequestStore::answer(c.sql(), id, QStringLiteral("已告知可一次性提交的材料清单"), QDate(2026, 11, 12));
    CHECK(state(QDate(2026, 11, 25)) == u"answered");
    CHECK_FALSE(refusal([&] { RequestStore::answer(c.sql(), id, QStringLiteral("again"), QDate(2026, 11, 13)); }).isEmpty());
    CHECK_FALSE(refusal([&] { RequestStore::feedback(c.sql(), id, false, QString(), QDate(2026, 11, 14)); }).isEmpty());
    RequestStore::feedback(c.sql(), id, false, QStringLiteral("清单仍不完整"), QDate(2026, 11, 14));
    CHECK(state(QDate(2026, 11, 15)) == u"open");
    CHECK(c.scalar(QStringLiteral("SELECT closed_on IS NULL FROM enterprise_request WHERE id = ?"), {id}).toBool());
    RequestStore::answer(c.sql(), id, QStringLiteral("已补充并现场指导"), QDate(2026, 11, 18));
    RequestStore::feedback(c.sql(), id, true, QStringLiteral("满意"), QDate(2026, 11, 19));
    CHECK(state(QDate(2026, 11, 25)) == u"satisfied");
    const auto steps = RequestStore::steps(c.sql(), id);
    QStringList actions;
    for (const auto &s : steps) {
        actions.append(s.action);
        CHECK(s.actor == u"tester");
    }
    CHECK(actions == QStringList{QStringLiteral("raised"), QStringLiteral("answered"), QStringLiteral("reopened"), QStringLiteral("answered"),
                                 QStringLiteral("satisfied")});
    AuditLog::setActor(QStringLiteral("system"));
}

TEST_CASE("Trainings: attendees from the register, all or none — enterprises counted once", "[services]")
{
    ServiceCounty c;
    const int sessions = c.scalar(QStringLiteral("SELECT count(*) FROM training_session")).toInt();
    const QString message = refusal([&] {
        TrainingStore::create(c.sql(), QDate(2026, 11, 20), QStringLiteral("信用修复政策解读"), QStringLiteral("credit_repair"), {},
                                {c.uscc(1), QStringLiteral("91330100799655058C"), QStringLiteral("91330100799655058B")});
    });
    CHECK(message.contains(QStringLiteral("2. 91330100799655058C")));
    CHECK(message.contains(QStringLiteral("3. 91330100799655058B")));
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM training_session")).toInt() == sessions);
    const qint64 a = TrainingStore::create(c.sql(), QDate(2026, 11, 20), QStringLiteral("信用修复政策解读"), QStringLiteral("credit_repair"),
                                             QStringLiteral("县司法局"), {c.uscc(1), c.uscc(2)});
    const qint64 b = TrainingStore::create(c.sql(), QDate(2026, 11, 21), QStringLiteral("安全生产法讲座"), QStringLiteral("law_lecture"), {},
                                             {c.uscc(2)});
    CHECK(TrainingStore::addAttendees(c.sql(), b, {c.uscc(2), c.uscc(1)}) == 1);
    CHECK(a != b);
    // Enterprises trained counts each enterprise once, however many sessions it attended.
    IndicatorModel::Scope scope = IndicatorModel::Scope::month(QDate(2026, 11, 1));
    scope.from = QDate(2026, 11, 20);
    scope.to = QDate(2026, 11, 21);
    for (const auto &v : IndicatorModel::compute(c.sql(), scope)) {
        if (v.id == u"trainings")
            CHECK(v.value == 2);
        if (v.id == u"enterprises_trained")
            CHECK(v.value == 2);
    }
}

TEST_CASE("Credit-repair help: who may apply now, the notice, the helped application", "[services]")
{
    ServiceCounty c;
    const CreditRuleBook book = CreditRuleStore::load(c.sql());
    const auto candidates = RepairHelp::candidates(c.sql(), book, kAsOf);
    REQUIRE_FALSE(candidates.isEmpty());
    for (const auto &k : candidates) {
        CHECK(k.repairableFrom <= kAsOf);
        CHECK((!k.publicityEnd.isValid() || k.publicityEnd > kAsOf));
    }
    const auto first = candidates.first();
    const auto notice = RepairHelp::notice(first, CaseDocuments::loadTemplates(QString()), kAsOf);
    CHECK(notice.paragraphs.join(u'\n').contains(first.enterprise));
    CHECK(notice.paragraphs.join(u'\n').contains(first.eventName));
    RepairHelp::recordNotice(c.sql(), first.eventId, kAsOf);
    const qint64 repair = RepairHelp::applyHelped(c.sql(), book, first.eventId, kAsOf);
    CHECK(c.scalar(QStringLiteral("SELECT helped FROM credit_repair WHERE id = ?"), {repair}).toInt() == 1);
    for (const auto &k : RepairHelp::candidates(c.sql(), book, kAsOf))
        CHECK(k.eventId != first.eventId);
    // Not before the minimum publicity period: refused, nothing written.
    const int repairs = c.scalar(QStringLiteral("SELECT count(*) FROM credit_repair")).toInt();
    const QVariant recent = c.scalar(QStringLiteral("SELECT id FROM credit_event WHERE points < 0 AND red_line = 0 AND event_date > ? LIMIT 1"),
                                     {kAsOf.addMonths(-2).toString(Qt::ISODate)});
    if (recent.isValid()) {
        CHECK_THROWS_AS(RepairHelp::applyHelped(c.sql(), book, recent.toLongLong(), kAsOf), Refusal);
        CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM credit_repair")).toInt() == repairs);
    }
}
