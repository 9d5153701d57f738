#include "DemoCreditWriter.h"

#include "DemoContext.h"
#include "db/Sql.h"

#include <QSqlQuery>

namespace {

enum Stream : quint64 { CreditStream = 50 };

QString iso(const QDate &d) { return d.toString(Qt::ISODate); }
QDate date(const QVariant &v) { return QDate::fromString(v.toString(), Qt::ISODate); }

} // namespace

void DemoCreditWriter::event(qint64 enterprise, const QDate &on, const QString &kind, int points, const QString &sourceTable,
                             const QVariant &sourceId, const QString &reason, int publicityMonths, bool redLine)
{
    // QDate::addMonths clamps month ends (2024-11-30 + 3 months = 2025-02-28).
    const QVariant publicityEnd = publicityMonths > 0 ? QVariant(iso(on.addMonths(publicityMonths)))
                                                      : QVariant(QMetaType::fromType<QString>());
    m_context.insert(QStringLiteral("credit_event"),
                     {QStringLiteral("enterprise_id"), QStringLiteral("event_date"), QStringLiteral("kind"), QStringLiteral("points"),
                      QStringLiteral("red_line"), QStringLiteral("source_table"), QStringLiteral("source_id"), QStringLiteral("reason"),
                      QStringLiteral("publicity_end")},
                     {enterprise, iso(on), kind, points, redLine ? 1 : 0,
                      sourceTable.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(sourceTable), sourceId, reason,
                      publicityEnd});
}

void DemoCreditWriter::writeEvents()
{
    DemoContext &c = m_context;
    const QSqlDatabase db = c.db();
    const QVariant none(QMetaType::fromType<qint64>());

    QSqlQuery visits = Sql::exec(db, QStringLiteral(
        "SELECT v.id, v.enterprise_id, v.visit_date, v.origin, "
        "       (SELECT count(*) FROM inspection_task t JOIN finding f ON f.task_id = t.id "
        "         WHERE t.visit_id = v.id AND f.result <> 'compliant') "
        "FROM visit v WHERE v.status = 'done' ORDER BY v.id"));
    while (visits.next()) {
        const qint64 enterprise = visits.value(1).toLongLong();
        const QDate on = date(visits.value(2));
        if (visits.value(3).toString() == u"invitation")
            event(enterprise, on, QStringLiteral("invited_inspection"), 2, QStringLiteral("visit"), visits.value(0),
                  QStringLiteral("主动邀约检查"), 0);
        else if (visits.value(4).toInt() == 0)
            event(enterprise, on, QStringLiteral("clean_inspection"), 1, QStringLiteral("visit"), visits.value(0),
                  QStringLiteral("检查未发现问题"), 0);
    }

    QSqlQuery rectified = Sql::exec(db, QStringLiteral(
        "SELECT f.id, t.enterprise_id, v.visit_date FROM finding f JOIN inspection_task t ON t.id = f.task_id "
        "JOIN visit v ON v.id = t.visit_id WHERE f.result = 'rectify' ORDER BY f.id"));
    while (rectified.next())
        event(rectified.value(1).toLongLong(), date(rectified.value(2)), QStringLiteral("rectified_finding"), -1,
              QStringLiteral("finding"), rectified.value(0), QStringLiteral("检查发现问题责令整改"), 3);

    struct Outcome { const char *id; const char *kind; int points; int months; const char *reason; };
    const Outcome outcomes[] = {
        {"no_penalty", "minor_not_punished", -2, 3, "轻微违法不予处罚"},
        {"reduced", "lenient_penalty", -5, 3, "减轻行政处罚"},
        {"lighter", "lenient_penalty", -5, 3, "从轻行政处罚"},
        {"standard", "standard_penalty", -10, 12, "一般行政处罚"},
        {"heavier", "heavier_penalty", -20, 36, "从重行政处罚"},
    };
    QSqlQuery cases = Sql::exec(db, QStringLiteral("SELECT id, enterprise_id, decided_on, outcome FROM penalty_case ORDER BY id"));
    while (cases.next()) {
        for (const Outcome &o : outcomes) {
            if (cases.value(3).toString() == QLatin1String(o.id))
                event(cases.value(1).toLongLong(), date(cases.value(2)), QString::fromLatin1(o.kind), o.points,
                      QStringLiteral("penalty_case"), cases.value(0), QString::fromUtf8(o.reason), o.months);
        }
    }

    QSqlQuery complaints = Sql::exec(db, QStringLiteral(
        "SELECT c.id, o.enterprise_id, c.closed_on FROM clue c JOIN hotline_order o ON o.id = c.hotline_order_id "
        "WHERE c.complaint_verified = 1 AND o.enterprise_id IS NOT NULL ORDER BY c.id"));
    while (complaints.next())
        event(complaints.value(1).toLongLong(), date(complaints.value(2)), QStringLiteral("verified_complaint"), -3,
              QStringLiteral("clue"), complaints.value(0), QStringLiteral("12345投诉经核实"), 3);

    DemoRandom rng = c.stream(CreditStream);
    const int honours = int(qMax<qint64>(5, c.enterpriseCount * 3 / 200));
    for (int i = 0; i < honours; ++i)
        event(c.randomEnterprise(rng), rng.dateBetween(c.historyStart(), c.asOf()), QStringLiteral("honour"), 5, QString(),
              none, QStringLiteral("获得县级以上诚信示范荣誉"), 0);
}

void DemoCreditWriter::writeRepairs()
{
    DemoContext &c = m_context;
    DemoRandom rng = c.stream(CreditStream + 1);
    QSqlQuery events = Sql::exec(c.db(), QStringLiteral(
        "SELECT id, enterprise_id, event_date FROM credit_event "
        "WHERE kind IN ('standard_penalty', 'heavier_penalty') ORDER BY id"));
    QList<std::tuple<qint64, qint64, QDate>> list;
    while (events.next())
        list.append({events.value(0).toLongLong(), events.value(1).toLongLong(), date(events.value(2))});
    for (const auto &[id, enterprise, on] : std::as_const(list)) {
        // Repair is possible after the minimum publicity of three months.
        const QDate applied = on.addMonths(3).addDays(rng.between(0, 60));
        if (applied > c.asOf() || !rng.chance(35))
            continue;
        const QDate granted = applied.addDays(rng.between(5, 20));
        const bool isGranted = granted <= c.asOf() && rng.chance(85);
        c.insert(QStringLiteral("credit_repair"),
                 {QStringLiteral("enterprise_id"), QStringLiteral("credit_event_id"), QStringLiteral("applied_on"),
                  QStringLiteral("granted_on"), QStringLiteral("status")},
                 {enterprise, id, iso(applied), isGranted ? QVariant(iso(granted)) : QVariant(QMetaType::fromType<QString>()),
                  isGranted ? QStringLiteral("granted") : QStringLiteral("applied")});
    }
}

void DemoCreditWriter::refreshCachedScores()
{
    const QString asOf = iso(m_context.asOf());
    const QString redLineSince = iso(m_context.asOf().addMonths(-12));
    Sql::exec(m_context.db(), QStringLiteral(
        "UPDATE enterprise SET credit_score = 100 + COALESCE(("
        "  SELECT sum(e.points) FROM credit_event e WHERE e.enterprise_id = enterprise.id AND e.event_date <= ? "
        "   AND (e.points > 0 OR e.publicity_end IS NULL OR e.publicity_end > ?) "
        "   AND NOT EXISTS (SELECT 1 FROM credit_repair r WHERE r.credit_event_id = e.id "
        "                    AND r.status = 'granted' AND r.granted_on <= ?)), 0)"),
        {asOf, asOf, asOf});
    Sql::exec(m_context.db(), QStringLiteral(
        "UPDATE enterprise SET credit_tier = CASE "
        "  WHEN EXISTS (SELECT 1 FROM credit_event e WHERE e.enterprise_id = enterprise.id AND e.red_line = 1 "
        "               AND e.event_date > ?) THEN 'D' "
        "  WHEN credit_score >= 100 THEN 'A' WHEN credit_score >= 85 THEN 'B' "
        "  WHEN credit_score >= 70 THEN 'C' ELSE 'D' END"),
        {redLineSince});
}

void DemoCreditWriter::writeSandbox()
{
    DemoContext &c = m_context;
    const QDate entered = c.historyStart().addMonths(6);
    const int wanted = int(qMax<qint64>(3, c.enterpriseCount * 14 / 1800));
    QSqlQuery eligible = Sql::exec(c.db(), QStringLiteral(
        "SELECT e.id FROM enterprise e JOIN industry i ON i.code = e.industry_code "
        "WHERE e.status = 'active' AND e.credit_score >= 105 AND i.excluded_from_sandbox = 0 "
        "  AND NOT EXISTS (SELECT 1 FROM penalty_case p WHERE p.enterprise_id = e.id AND p.decided_on > ?) "
        "  AND NOT EXISTS (SELECT 1 FROM credit_event x WHERE x.enterprise_id = e.id AND x.red_line = 1) "
        "ORDER BY e.id LIMIT ?"),
        {iso(c.asOf().addMonths(-24)), wanted});
    QList<qint64> members;
    while (eligible.next())
        members.append(eligible.value(0).toLongLong());
    for (const qint64 member : std::as_const(members))
        c.insert(QStringLiteral("sandbox_membership"),
                 {QStringLiteral("enterprise_id"), QStringLiteral("entered_on"), QStringLiteral("entry_reason")},
                 {member, iso(entered), QStringLiteral("信用积分达标，经监督人员确认纳入首批优信豁免沙盒")});
    if (members.size() < 2)
        return;
    // One member breaks a red line: it leaves the sandbox at once and drops to tier D.
    const qint64 offender = members.last();
    const QDate on = c.asOf().addDays(-20);
    event(offender, on, QStringLiteral("red_line_violation"), -20, QString(), QVariant(QMetaType::fromType<qint64>()),
          QStringLiteral("发生严重危害公共安全的红线违法行为"), 12, true);
    Sql::exec(c.db(), QStringLiteral("UPDATE sandbox_membership SET exited_on = ?, exit_reason = ? WHERE enterprise_id = ?"),
              {iso(on), QStringLiteral("触及红线清单，立即移出沙盒"), offender});
}
