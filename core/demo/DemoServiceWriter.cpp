#include "DemoServiceWriter.h"

#include "DemoContext.h"

#include <QSet>

namespace {

enum Stream : quint64 { ServiceStream = 40 };

QString iso(const QDate &d) { return d.toString(Qt::ISODate); }

QList<qint64> distinctEnterprises(DemoContext &c, DemoRandom &rng, int count)
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
    DemoRandom rng = c.stream(ServiceStream + quint64(monthStart.year() * 12 + monthStart.month()) * 1000);
    const QDate monthEnd = qMin(monthStart.addMonths(1).addDays(-1), c.asOf());

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
        const int raised = rng.between(0, 2);
        for (int i = 0; i < raised; ++i) {
            const QDate deadline = held.addDays(30);
            const QDate closed = held.addDays(rng.between(5, 40));
            const bool isClosed = closed <= c.asOf() && rng.chance(90);
            c.insert(QStringLiteral("enterprise_request"),
                     {QStringLiteral("forum_id"), QStringLiteral("enterprise_id"), QStringLiteral("department_id"),
                      QStringLiteral("content"), QStringLiteral("raised_on"), QStringLiteral("deadline"), QStringLiteral("closed_on"),
                      QStringLiteral("answer")},
                     {forum, attendees.at(i), rng.pick(c.departmentIds), rng.pick(requests), iso(held), iso(deadline),
                      isClosed ? QVariant(iso(closed)) : QVariant(QMetaType::fromType<QString>()),
                      isClosed ? QVariant(QStringLiteral("已协调相关部门答复并办结")) : QVariant(QMetaType::fromType<QString>())});
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
}
