#include "DemoServiceWriter.h"

#include "DemoContext.h"
#include "db/Sql.h"

#include <QSet>

namespace {

enum Stream : quint64 { ServiceStream = 40, ServiceDetailStream = 45 };
constexpr quint64 kInvitationStream = 1000000000000ULL; // + visit id

QString iso(const QDate &d) { return d.toString(Qt::ISODate); }

QList<qint64> distinctEnterprises(DemoContext &c, SeededRandom &rng, int count)
{
    QList<qint64> list;
    QSet<qint64> seen;
    count = int(qMin<qint64>(count, c.enterpriseCount));
    while (list.size() < count) {
        const qint64 id = c.randomEnterprise(rng);
        if (!seen.contains(id)) {
            seen.insert(id);
            list.append(id);
        }
    }
    return list;
}

} // namespace

void DemoServiceWriter::writeMonth(const QDate &monthStart)
{
    DemoContext &c = m_context;
    SeededRandom rng = c.stream(ServiceStream + quint64(monthStart.year() * 12 + monthStart.month()) * 1000);
    const QDate monthEnd = qMin(monthStart.addMonths(1).addDays(-1), c.asOf());
    struct RequestDates { qint64 id; QDate raised; QDate closed; };
    QList<RequestDates> requestSteps;

    static const QStringList forumKinds = {QStringLiteral("亲清会客厅"), QStringLiteral("企业家日"), QStringLiteral("政企恳谈会")};
    static const QStringList requests = {QStringLiteral("希望减少同一事项的重复检查"), QStringLiteral("咨询信用修复的办理流程"),
                                         QStringLiteral("反映园区道路货车通行限制影响物流"), QStringLiteral("申请开展邀约式安全生产指导")};
    if (rng.chance(80)) {
        const QDate held = rng.dateBetween(monthStart, monthEnd);
        const QString kind = rng.pick(forumKinds);
        const qint64 township = rng.pick(c.townshipIds);
        const qint64 forum = c.insert(QStringLiteral("forum"),
                                      {QStringLiteral("held_on"), QStringLiteral("title"), QStringLiteral("kind"), QStringLiteral("place"),
                                       QStringLiteral("township_id")},
                                      {iso(held), QStringLiteral("%1年%2月%3").arg(held.year()).arg(held.month()).arg(kind), kind,
                                       QStringLiteral("司法所会议室"), township});
        const QList<qint64> attendees = distinctEnterprises(c, rng, rng.between(5, 15));
        for (const qint64 e : attendees)
            c.insert(QStringLiteral("forum_attendee"), {QStringLiteral("forum_id"), QStringLiteral("enterprise_id")}, {forum, e});
        // Each request is raised by a different attendee; a tiny county may have fewer.
        const int raised = qMin(rng.between(0, 2), int(attendees.size()));
        for (int i = 0; i < raised; ++i) {
            const QDate deadline = held.addDays(30);
            const QDate closed = held.addDays(rng.between(5, 40));
            const bool isClosed = closed <= c.asOf() && rng.chance(90);
            const qint64 request = c.insert(QStringLiteral("enterprise_request"),
                     {QStringLiteral("forum_id"), QStringLiteral("enterprise_id"), QStringLiteral("department_id"),
                      QStringLiteral("content"), QStringLiteral("raised_on"), QStringLiteral("deadline"), QStringLiteral("closed_on"),
                      QStringLiteral("answer")},
                     {forum, attendees.at(i), rng.pick(c.departmentIds), rng.pick(requests), iso(held), iso(deadline),
                      isClosed ? QVariant(iso(closed)) : QVariant(QMetaType::fromType<QString>()),
                      isClosed ? QVariant(QStringLiteral("已协调相关部门答复并办结")) : QVariant(QMetaType::fromType<QString>())});
            requestSteps.append({request, held, isClosed ? closed : QDate()});
        }
    }

    struct Kind { const char *id; const char *topic; };
    const Kind kinds[] = {{"credit_repair", "信用修复政策解读与操作培训"}, {"law_lecture", "涉企法律法规专题讲座"},
                          {"consultation", "企业合规经营法律咨询"}};
    const int sessions = rng.between(1, 3);
    for (int i = 0; i < sessions; ++i) {
        const Kind &k = kinds[rng.bounded(3)];
        const qint64 session = c.insert(QStringLiteral("training_session"),
                                        {QStringLiteral("held_on"), QStringLiteral("topic"), QStringLiteral("kind"), QStringLiteral("place")},
                                        {iso(rng.dateBetween(monthStart, monthEnd)), QString::fromUtf8(k.topic), QString::fromLatin1(k.id),
                                         QStringLiteral("县法律服务基地")});
        const QList<qint64> attendees = distinctEnterprises(c, rng, rng.between(20, 60));
        for (const qint64 e : attendees)
            c.insert(QStringLiteral("training_attendee"), {QStringLiteral("session_id"), QStringLiteral("enterprise_id")}, {session, e});
    }
    // Details from a stream of their own, so the history above stays as it was.
    SeededRandom detail = c.stream(ServiceDetailStream + quint64(monthStart.year() * 12 + monthStart.month()) * 1000);
    for (const RequestDates &r : std::as_const(requestSteps)) {
        c.insert(QStringLiteral("request_step"), {QStringLiteral("request_id"), QStringLiteral("on_date"), QStringLiteral("action"),
                                                  QStringLiteral("actor"), QStringLiteral("note")},
                 {r.id, iso(r.raised), QStringLiteral("raised"), QStringLiteral("司法所"), QString()});
        if (!r.closed.isValid())
            continue;
        c.insert(QStringLiteral("request_step"), {QStringLiteral("request_id"), QStringLiteral("on_date"), QStringLiteral("action"),
                                                  QStringLiteral("actor"), QStringLiteral("note")},
                 {r.id, iso(r.closed), QStringLiteral("answered"), QStringLiteral("责任部门"), QStringLiteral("已协调相关部门答复并办结")});
        const QDate said = r.closed.addDays(detail.between(1, 5));
        if (said <= c.asOf() && detail.chance(85)) {
            Sql::exec(c.db(), QStringLiteral("UPDATE enterprise_request SET feedback = 'satisfied' WHERE id = ?"), {r.id});
            c.insert(QStringLiteral("request_step"), {QStringLiteral("request_id"), QStringLiteral("on_date"), QStringLiteral("action"),
                                                      QStringLiteral("actor"), QStringLiteral("note")},
                     {r.id, iso(said), QStringLiteral("satisfied"), QStringLiteral("企业"), QStringLiteral("对答复满意")});
        }
    }
    // Invitations still waiting at the end of the history, and the odd one declined.
    if (monthEnd == c.asOf()) {
        static const QStringList scopes = {QStringLiteral("消防设施维护保养指导"), QStringLiteral("安全生产标准化自查指导"),
                                           QStringLiteral("广告内容合规审查")};
        const int waiting = detail.between(1, 3);
        for (int i = 0; i <= waiting; ++i) {
            const bool declined = i == waiting;
            if (declined && !detail.chance(40))
                break;
            const QDate requested = c.asOf().addDays(-detail.between(0, 9));
            c.insert(QStringLiteral("invitation"),
                     {QStringLiteral("enterprise_id"), QStringLiteral("requested_on"), QStringLiteral("wanted_on"), QStringLiteral("scope"),
                      QStringLiteral("contact"), QStringLiteral("status"), QStringLiteral("decline_reason")},
                     {c.randomEnterprise(detail), iso(requested), iso(requested.addDays(detail.between(5, 15))), detail.pick(scopes),
                      QStringLiteral("企业安全负责人"), declined ? QStringLiteral("declined") : QStringLiteral("requested"),
                      declined ? QVariant(QStringLiteral("该企业正被立案调查，邀约检查待结案后安排")) : QVariant(QMetaType::fromType<QString>())});
        }
    }
}

void DemoServiceWriter::writeInvitation(qint64 visit, qint64 enterprise, qint64 department, const QDate &date, bool done)
{
    DemoContext &c = m_context;
    SeededRandom rng = c.stream(kInvitationStream + quint64(visit));
    static const QStringList scopes = {QStringLiteral("消防设施维护保养指导"), QStringLiteral("安全生产标准化自查指导"),
                                       QStringLiteral("食品经营许可条件辅导"), QStringLiteral("广告内容合规审查"),
                                       QStringLiteral("劳动用工合规体检"), QStringLiteral("危险废物贮存规范指导")};
    static const QStringList experts = {QStringLiteral("注册消防工程师 周工"), QStringLiteral("安全生产专家 陈工"),
                                        QStringLiteral("食品安全专家 吴老师"), QStringLiteral("律师 郑律师"), QStringLiteral("环保工程师 孙工")};
    static const QStringList advices = {QStringLiteral("建议完善台账，每月自查一次并留存记录"),
                                        QStringLiteral("建议更换过期灭火器，疏散通道保持畅通"),
                                        QStringLiteral("建议修订劳动合同范本，补签缺失合同"),
                                        QStringLiteral("建议对照标准逐项整改，整改后可再次邀约复核")};
    const QVariant officer = Sql::scalar(c.db(), QStringLiteral("SELECT officer_id FROM visit_officer WHERE visit_id = ? ORDER BY officer_id LIMIT 1"),
                                         {visit});
    const QVariant none(QMetaType::fromType<QString>());
    c.insert(QStringLiteral("invitation"),
             {QStringLiteral("enterprise_id"), QStringLiteral("requested_on"), QStringLiteral("wanted_on"), QStringLiteral("scope"),
              QStringLiteral("contact"), QStringLiteral("status"), QStringLiteral("visit_id"), QStringLiteral("department_id"),
              QStringLiteral("officer_id"), QStringLiteral("expert"), QStringLiteral("advice"), QStringLiteral("follow_up_on")},
             {enterprise, iso(date.addDays(-rng.between(3, 15))), iso(date), rng.pick(scopes), QStringLiteral("企业负责人"),
              done ? QStringLiteral("done") : QStringLiteral("scheduled"), visit, department, officer, rng.pick(experts),
              done ? QVariant(rng.pick(advices)) : none, done ? QVariant(iso(date.addDays(30))) : none});
}

void DemoServiceWriter::writeRepairHelp()
{
    // Enterprises that attended a credit-repair training before applying were helped.
    const QSqlDatabase db = m_context.db();
    Sql::exec(db, QStringLiteral(
        "UPDATE credit_repair SET helped = 1 WHERE EXISTS (SELECT 1 FROM training_attendee a JOIN training_session s ON s.id = a.session_id "
        "WHERE a.enterprise_id = credit_repair.enterprise_id AND s.kind = 'credit_repair' AND s.held_on <= credit_repair.applied_on)"));
    Sql::exec(db, QStringLiteral(
        "INSERT OR IGNORE INTO repair_notice (enterprise_id, credit_event_id, issued_on) SELECT enterprise_id, credit_event_id, "
        "date(applied_on, '-7 days') FROM credit_repair WHERE helped = 1 AND credit_event_id IS NOT NULL"));
}
