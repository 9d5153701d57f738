#include "DashboardData.h"

#include "exchange/ExchangeCoverage.h"


#include "credit/CreditStatistics.h"
#include "credit/SandboxStore.h"
#include "db/FigureSql.h"
#include "db/Sql.h"
#include "supervision/ClueStore.h"

#include <QSqlQuery>

namespace {
constexpr int kAttentionPerKind = 15;
}

double DashboardData::value(const QString &id, bool previousMonth) const
{
    for (const IndicatorModel::Value &v : previousMonth ? previous : current) {
        if (v.id == id)
            return v.value;
    }
    return 0;
}

DashboardData DashboardData::build(const QSqlDatabase &db, const QDate &month, qint64 townshipId, bool withTrend)
{
    DashboardData data;
    data.scope = IndicatorModel::Scope::month(month);
    data.scope.townshipId = townshipId;
    data.current = IndicatorModel::compute(db, data.scope);
    IndicatorModel::Scope before = IndicatorModel::Scope::month(data.scope.from.addMonths(-1));
    before.townshipId = townshipId;
    data.previous = IndicatorModel::compute(db, before);
    for (int i = withTrend ? 11 : -1; i >= 0; --i) {
        IndicatorModel::Scope m = IndicatorModel::Scope::month(data.scope.from.addMonths(-i));
        m.townshipId = townshipId;
        double visits = 0, avoided = 0;
        for (const IndicatorModel::Value &v : IndicatorModel::computeVisits(db, m)) {
            if (v.id == u"visits")
                visits = v.value;
            else if (v.id == u"checks_avoided")
                avoided = v.value;
        }
        data.trend.append({m.from, {visits, avoided}});
    }

    const QString from = data.scope.from.toString(Qt::ISODate);
    const QString to = data.scope.to.toString(Qt::ISODate);
    QSqlQuery q = Sql::exec(db, QStringLiteral(
        "SELECT d.short_name, count(*) FROM inspection_task t JOIN visit v ON v.id = t.visit_id "
        "JOIN department d ON d.id = t.department_id JOIN enterprise e ON e.id = v.enterprise_id "
        "WHERE v.status = 'done' AND v.visit_date BETWEEN ? AND ? AND (? = 0 OR e.township_id = ?) "
        "GROUP BY d.id ORDER BY count(*) DESC, d.code"), {from, to, townshipId, townshipId});
    while (q.next())
        data.tasksByDepartment.append({q.value(0).toString(), q.value(1).toLongLong()});
    data.tiers = CreditStatistics::tierCounts(db, townshipId); // the chart follows the township filter
    for (const auto &[state, count] : ClueStore::countsByState(db, townshipId)) // in the workflow's order
        data.cluesByState.append({state, count});

    // Needs attention, as of the month's end.
    // Overdue as the figure defines it: on the month's end, or today in the current month.
    q = Sql::prepare(db, QStringLiteral(
        "SELECT o.order_no, c.deadline, e.uscc, e.name, c.id FROM clue c LEFT JOIN hotline_order o ON o.id = c.hotline_order_id "
        "LEFT JOIN enterprise e ON e.id = o.enterprise_id WHERE (:town = 0 OR o.township_id = :town) %1"
        "ORDER BY c.deadline LIMIT :limit").arg(FigureSql::overdueClue()));
    q.bindValue(QStringLiteral(":town"), townshipId);
    q.bindValue(QStringLiteral(":asof"), data.scope.asOf().toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":limit"), kAttentionPerKind);
    if (!q.exec())
        Sql::fail(q, q.lastQuery());
    while (q.next())
        data.attention.append({QStringLiteral("overdue_clue"),
                               tr("Clue %1 is past its deadline %2 (%3)").arg(q.value(0).toString(), q.value(1).toString(), q.value(3).toString()),
                               q.value(2).toString(), QDate::fromString(q.value(1).toString(), Qt::ISODate), q.value(4).toLongLong()});
    q = Sql::exec(db, QStringLiteral(
        "SELECT s.exited_on, s.exit_reason, e.uscc, e.name, e.id FROM sandbox_membership s JOIN enterprise e ON e.id = s.enterprise_id "
        "WHERE s.exited_on BETWEEN ? AND ? AND (? = 0 OR e.township_id = ?) ORDER BY s.exited_on DESC LIMIT ?"),
        {from, to, townshipId, townshipId, kAttentionPerKind});
    while (q.next())
        data.attention.append({QStringLiteral("sandbox_exit"),
                               tr("%1 left the sandbox on %2: %3")
                                   .arg(q.value(3).toString(), q.value(0).toString(), SandboxStore::exitReasonText(q.value(1).toString())),
                               q.value(2).toString(), QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(4).toLongLong()});
    // A visit is late once its day is over: in the running month, before today; a visit
    // later this month, or today's, is not yet missing its results.
    const QDate lastDayOver = data.scope.asOf() < data.scope.to ? data.scope.asOf().addDays(-1) : data.scope.to;
    q = Sql::exec(db, QStringLiteral(
        "SELECT v.scheduled_date, e.uscc, e.name, v.id FROM visit v JOIN enterprise e ON e.id = v.enterprise_id "
        "WHERE v.status = 'planned' AND v.scheduled_date <= ? AND (? = 0 OR e.township_id = ?) ORDER BY v.scheduled_date LIMIT ?"),
        {lastDayOver.toString(Qt::ISODate), townshipId, townshipId, kAttentionPerKind});
    while (q.next())
        data.attention.append({QStringLiteral("visit_without_results"),
                               tr("Visit to %1 on %2 has no results yet").arg(q.value(2).toString(), q.value(0).toString()),
                               q.value(1).toString(), QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(3).toLongLong()});
    // A fine outside the band its outcome names (from the case's benchmark item).
    q = Sql::exec(db, QStringLiteral(
        "SELECT p.case_no, p.decided_on, e.uscc, e.name, p.fine_fen, b.min_fine_fen, b.max_fine_fen, p.id "
        "FROM penalty_case p JOIN enterprise e ON e.id = p.enterprise_id "
        "JOIN discretion_band b ON b.item_id = p.discretion_item_id AND b.band = p.outcome "
        "WHERE p.decided_on BETWEEN ? AND ? AND (? = 0 OR e.township_id = ?) "
        "AND (p.fine_fen < b.min_fine_fen OR p.fine_fen > b.max_fine_fen) ORDER BY p.decided_on LIMIT ?"),
        {from, to, townshipId, townshipId, kAttentionPerKind});
    while (q.next())
        data.attention.append({QStringLiteral("case_outside_band"),
                               tr("Case %1 (%2): fine %3 yuan is outside its benchmark band")
                                   .arg(q.value(0).toString(), q.value(3).toString())
                                   .arg(q.value(4).toLongLong() / 100),
                               q.value(2).toString(), QDate::fromString(q.value(1).toString(), Qt::ISODate), q.value(7).toLongLong()});
    data.coverage = ExchangeCoverage::of(db).sentence();
    return data;
}
