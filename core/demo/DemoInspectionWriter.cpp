#include "DemoInspectionWriter.h"

#include "DemoContext.h"
#include "DemoServiceWriter.h"

#include <algorithm>

namespace {

enum Stream : quint64 { ConflictStream = 10, PlanStream = 11, VisitStream = 12 };

QString iso(const QDate &d) { return d.toString(Qt::ISODate); }

QDate quarterStart(const QDate &d) { return QDate(d.year(), ((d.month() - 1) / 3) * 3 + 1, 1); }

// Inspections happen on weekdays.
QDate weekday(QDate d)
{
    while (d.dayOfWeek() > 5)
        d = d.addDays(1);
    return d;
}

} // namespace

void DemoInspectionWriter::writeConflicts()
{
    DemoContext &c = m_context;
    SeededRandom rng = c.stream(ConflictStream);
    const int count = int(qMin<qint64>(60, c.enterpriseCount / 40 + 1));
    static const QStringList reasons = {QStringLiteral("近亲属在该企业任职"), QStringLiteral("曾在该企业任职未满三年"),
                                        QStringLiteral("与法定代表人存在利害关系")};
    QSet<QPair<qint64, qint64>> seen;
    for (int i = 0; i < count; ++i) {
        const qint64 department = rng.pick(c.departmentIds);
        const qint64 officer = rng.pick(c.officersByDepartment.value(department));
        const qint64 enterprise = c.randomEnterprise(rng);
        if (seen.contains({officer, enterprise}))
            continue;
        seen.insert({officer, enterprise});
        c.insert(QStringLiteral("officer_conflict"),
                 {QStringLiteral("officer_id"), QStringLiteral("enterprise_id"), QStringLiteral("reason"), QStringLiteral("declared_on")},
                 {officer, enterprise, rng.pick(reasons), iso(rng.dateBetween(c.historyStart().addYears(-1), c.asOf()))});
    }
}

void DemoInspectionWriter::writePlans()
{
    DemoContext &c = m_context;
    SeededRandom rng = c.stream(PlanStream);
    for (QDate q = quarterStart(c.historyStart()); q <= c.asOf(); q = q.addMonths(3)) {
        const int quarter = (q.month() - 1) / 3 + 1;
        const QDate end = q.addMonths(3).addDays(-1);
        const QString status = end < c.asOf() ? QStringLiteral("closed") : QStringLiteral("published");
        const qint64 id = c.insert(QStringLiteral("inspection_plan"),
                                   {QStringLiteral("name"), QStringLiteral("period_start"), QStringLiteral("period_end"),
                                    QStringLiteral("seed"), QStringLiteral("algorithm_version"), QStringLiteral("status")},
                                   {QStringLiteral("%1年第%2季度“双随机、一公开”联合抽查计划").arg(q.year()).arg(quarter),
                                    iso(q), iso(end), QString::number(rng.next() % 1000000000ULL), 1, status});
        m_plans.append({q, id});
        QList<qint64> departments = c.departmentIds;
        for (const qint64 d : std::as_const(departments)) {
            if (rng.chance(70))
                c.insert(QStringLiteral("plan_department"), {QStringLiteral("plan_id"), QStringLiteral("department_id")}, {id, d});
        }
    }
}

qint64 DemoInspectionWriter::planFor(const QDate &date) const
{
    const QDate q = quarterStart(date);
    for (const auto &plan : m_plans) {
        if (plan.first == q)
            return plan.second;
    }
    return 0;
}

void DemoInspectionWriter::writeMonth(const QDate &monthStart)
{
    DemoContext &c = m_context;
    SeededRandom rng = c.stream(VisitStream + quint64(monthStart.year() * 12 + monthStart.month()) * 1000);
    const double scale = qMin(50.0, double(c.enterpriseCount) / 1800.0);
    const int visits = qMax(1, int(rng.between(30, 50) * scale));
    const QDate monthEnd = qMin(monthStart.addMonths(1).addDays(-1), c.asOf());
    for (int i = 0; i < visits; ++i) {
        const QDate date = weekday(rng.dateBetween(monthStart, monthEnd));
        if (date > c.asOf())
            continue;
        writeVisit(rng, date);
    }
}

void DemoInspectionWriter::writeVisit(SeededRandom &rng, const QDate &date)
{
    DemoContext &c = m_context;
    const int originRoll = rng.bounded(100);
    const QString origin = originRoll < 80 ? QStringLiteral("routine")
        : originRoll < 88 ? QStringLiteral("clue")
        : originRoll < 93 ? QStringLiteral("recheck") : QStringLiteral("invitation");
    const bool invited = origin == u"invitation";
    const int joinRoll = rng.bounded(100);
    const int departmentCount = invited ? 1 : (joinRoll < 45 ? 1 : joinRoll < 80 ? 2 : 3);
    QList<qint64> departments;
    while (departments.size() < departmentCount) {
        const qint64 d = rng.pick(c.departmentIds);
        if (!departments.contains(d))
            departments.append(d);
    }
    std::sort(departments.begin(), departments.end());

    const qint64 enterprise = c.randomEnterprise(rng);
    // The last days' visits may still be waiting for their results.
    const bool done = !(c.asOf().daysTo(date) > -3 && rng.chance(50));
    const qint64 plan = origin == u"routine" ? planFor(date) : 0;
    const QVariant planValue = plan ? QVariant(plan) : QVariant(QMetaType::fromType<qint64>());
    const QString code = QStringLiteral("FC%1").arg(rng.next() & 0xFFFFFFFFFFFFULL, 12, 16, QLatin1Char('0')).toUpper();
    const qint64 visit = c.insert(
        QStringLiteral("visit"),
        {QStringLiteral("plan_id"), QStringLiteral("enterprise_id"), QStringLiteral("scheduled_date"), QStringLiteral("visit_date"),
         QStringLiteral("origin"), QStringLiteral("inspection_code"), QStringLiteral("status")},
        {planValue, enterprise, iso(date), done ? QVariant(iso(date)) : QVariant(QMetaType::fromType<QString>()), origin, code,
         done ? QStringLiteral("done") : QStringLiteral("planned")});

    const int risk = c.risk(enterprise);
    for (const qint64 department : std::as_const(departments)) {
        const qint64 task = c.insert(QStringLiteral("inspection_task"),
                                     {QStringLiteral("plan_id"), QStringLiteral("visit_id"), QStringLiteral("department_id"),
                                      QStringLiteral("enterprise_id"), QStringLiteral("trigger")},
                                     {planValue, visit, department, enterprise, origin});
        const QList<qint64> &items = c.itemsByDepartment[department];
        const int itemCount = qMin(int(items.size()), rng.between(1, 3));
        const int first = rng.bounded(int(items.size()));
        for (int k = 0; k < itemCount; ++k) {
            const qint64 item = items.at((first + k) % items.size());
            c.insert(QStringLiteral("task_item"), {QStringLiteral("task_id"), QStringLiteral("item_id")}, {task, item});
            if (!done)
                continue;
            const int roll = rng.bounded(1000);
            QString result = QStringLiteral("compliant");
            if (!invited && roll < risk * 2)
                result = QStringLiteral("violation");
            else if (roll < 40 + risk * 6)
                result = QStringLiteral("rectify");
            QVariant deadline(QMetaType::fromType<QString>());
            QVariant rectified(QMetaType::fromType<QString>());
            if (result == u"rectify") {
                const QDate due = date.addDays(15);
                deadline = iso(due);
                const QDate fixedOn = date.addDays(rng.between(3, 20));
                if (fixedOn <= c.asOf())
                    rectified = iso(fixedOn);
            }
            c.insert(QStringLiteral("finding"),
                     {QStringLiteral("task_id"), QStringLiteral("item_id"), QStringLiteral("result"), QStringLiteral("note"),
                      QStringLiteral("rectify_deadline"), QStringLiteral("rectified_on")},
                     {task, item, result,
                      result == u"compliant" ? QStringLiteral("未发现问题")
                          : result == u"rectify" ? QStringLiteral("发现一般问题，已责令限期整改")
                                                 : QStringLiteral("发现违法行为，移交立案"),
                      deadline, rectified});
        }
        // A visit carries at least two certified officers; every department sends one.
        const QList<qint64> &pool = c.officersByDepartment[department];
        const int officers = departmentCount == 1 ? 2 : rng.between(1, 2);
        const int start = rng.bounded(int(pool.size()));
        for (int k = 0; k < officers; ++k)
            c.insert(QStringLiteral("visit_officer"), {QStringLiteral("visit_id"), QStringLiteral("officer_id")},
                     {visit, pool.at((start + k) % pool.size())});
    }

    if (invited)
        m_services.writeInvitation(visit, enterprise, departments.first(), date, done);

    if (done && rng.chance(85)) {
        const int roll = rng.bounded(1000);
        const int rating = roll < 750 ? 5 : roll < 984 ? 4 : roll < 995 ? 3 : roll < 998 ? 2 : 1;
        const QDate ratedOn = qMin(date.addDays(rng.between(0, 3)), c.asOf());
        c.insert(QStringLiteral("satisfaction_rating"),
                 {QStringLiteral("visit_id"), QStringLiteral("rating"), QStringLiteral("rated_on")},
                 {visit, rating, iso(ratedOn)});
    }
}
