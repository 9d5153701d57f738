#include "PlanQueries.h"
#include "db/OutputFile.h"

#include "util/Refusal.h"
#include "db/Sql.h"
#include "io/TableExporter.h"
#include "db/FigureSql.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace {

// One statement for every list of visits; {WHERE} narrows it.
const QString kVisitSql = QStringLiteral(
    "SELECT v.id, v.scheduled_date, v.inspection_code, COALESCE(tw.name, ''), e.name, e.uscc, v.origin, v.status, "
    "(SELECT group_concat(short_name, '、') FROM (SELECT d.short_name FROM inspection_task t JOIN department d ON d.id = t.department_id "
    "  WHERE t.visit_id = v.id ORDER BY d.code)), "
    "(SELECT group_concat(code, '、') FROM (SELECT DISTINCT i.code FROM inspection_task t JOIN task_item ti ON ti.task_id = t.id "
    "  JOIN inspection_item i ON i.id = ti.item_id WHERE t.visit_id = v.id ORDER BY i.code)), "
    "(SELECT group_concat(name, '、') FROM (SELECT o.name FROM visit_officer vo JOIN officer o ON o.id = vo.officer_id "
    "  WHERE vo.visit_id = v.id ORDER BY o.id)) "
    "FROM visit v JOIN enterprise e ON e.id = v.enterprise_id LEFT JOIN township tw ON tw.id = e.township_id {WHERE} "
    "ORDER BY v.scheduled_date, tw.code, e.uscc");

PlanQueries::Visit visitFrom(const QSqlQuery &q)
{
    const auto list = [&](int c) { return q.value(c).toString().split(u'、', Qt::SkipEmptyParts); };
    return {q.value(0).toLongLong(), QDate::fromString(q.value(1).toString(), Qt::ISODate), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString(), list(8), list(9), list(10)};
}

PlanQueries::Figures figures(const QSqlDatabase &db, qint64 planId, const QString &statusCondition)
{
    // The indicator model's definitions, over the plan's visits instead of a month's.
    const QString visits = QStringLiteral("SELECT id FROM visit WHERE plan_id = ? AND ") + statusCondition;
    const auto count = [&](QString sql) {
        sql.replace(QStringLiteral("{VISITS}"), visits).replace(QStringLiteral("{DEPT}"), QString());
        return Sql::scalar(db, sql, {planId}).toInt();
    };
    PlanQueries::Figures f;
    f.visits = count(FigureSql::visitCount());
    f.jointVisits = count(FigureSql::jointVisits());
    f.tasks = count(FigureSql::taskCount());
    return f;
}

} // namespace

QString PlanQueries::originName(const QString &origin)
{
    if (origin == u"routine")
        return tr("Random check");
    if (origin == u"clue")
        return tr("Clue");
    if (origin == u"referral")
        return tr("Referral");
    if (origin == u"invitation")
        return tr("Invitation");
    if (origin == u"recheck")
        return tr("Re-check");
    if (origin == u"other")
        return tr("Other check");
    return origin;
}

QString PlanQueries::statusName(const QString &status)
{
    if (status == u"planned")
        return tr("Planned");
    if (status == u"done")
        return tr("Done");
    if (status == u"cancelled")
        return tr("Cancelled");
    return status;
}

QString PlanQueries::resultName(const QString &result)
{
    if (result == u"compliant")
        return tr("Compliant");
    if (result == u"rectify")
        return tr("Rectify");
    if (result == u"violation")
        return tr("Violation");
    return result;
}

QStringList PlanQueries::drawingDepartments(const QSqlDatabase &db)
{
    QStringList names;
    QSqlQuery q = Sql::exec(db, QStringLiteral("SELECT d.name FROM department d WHERE EXISTS (SELECT 1 FROM inspection_item i "
                                               "WHERE i.department_id = d.id AND i.random_check = 1) ORDER BY d.code"));
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

QList<PlanQueries::Plan> PlanQueries::list(const QSqlDatabase &db)
{
    QList<Plan> plans;
    QSqlQuery q = Sql::exec(db, QStringLiteral("SELECT id FROM inspection_plan ORDER BY period_start DESC, id DESC"));
    while (q.next())
        plans.append(plan(db, q.value(0).toLongLong()));
    return plans;
}

PlanQueries::Plan PlanQueries::plan(const QSqlDatabase &db, qint64 id)
{
    QSqlQuery q = Sql::exec(db, QStringLiteral("SELECT name, seed, status, COALESCE(population_sha256, ''), COALESCE(created_at, ''), "
                                               "period_start, period_end, algorithm_version FROM inspection_plan WHERE id = ?"),
                            {id});
    if (!q.next())
        throw Refusal(tr("There is no plan %1.").arg(id));
    Plan p;
    p.id = id;
    p.name = q.value(0).toString();
    p.seed = q.value(1).toString();
    p.status = q.value(2).toString();
    p.populationSha256 = q.value(3).toString();
    p.createdAt = q.value(4).toString();
    p.from = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    p.to = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    p.algorithmVersion = q.value(7).toInt();
    QSqlQuery d = Sql::exec(db, QStringLiteral("SELECT d.short_name FROM plan_department pd JOIN department d ON d.id = pd.department_id "
                                               "WHERE pd.plan_id = ? ORDER BY d.code"),
                            {id});
    while (d.next())
        p.departments.append(d.value(0).toString());
    p.planned = figures(db, id, QStringLiteral("status <> 'cancelled'"));
    p.done = figures(db, id, QStringLiteral("status = 'done'"));
    QSqlQuery x = Sql::exec(db, QStringLiteral("SELECT kind, count(*) FROM plan_exception WHERE plan_id = ? GROUP BY kind"), {id});
    while (x.next()) {
        const QString kind = x.value(0).toString();
        (kind == u"blocked" ? p.blocked : kind == u"unscheduled" ? p.unscheduled : p.warnings) = x.value(1).toInt();
    }
    QSqlQuery r = Sql::exec(db, QStringLiteral("SELECT count(*), COALESCE(sum(r.rating >= 4), 0) FROM satisfaction_rating r "
                                               "JOIN visit v ON v.id = r.visit_id WHERE v.plan_id = ?"),
                            {id});
    r.next();
    p.ratings = r.value(0).toInt();
    p.satisfied = r.value(1).toInt();
    return p;
}

QList<PlanQueries::Visit> PlanQueries::visits(const QSqlDatabase &db, qint64 planId, const QDate &day, const QString &township)
{
    QString where = QStringLiteral("WHERE v.plan_id = ?");
    QVariantList binds = {planId};
    if (day.isValid()) {
        where += QStringLiteral(" AND v.scheduled_date = ?");
        binds.append(day.toString(Qt::ISODate));
    }
    if (!township.isEmpty()) {
        where += QStringLiteral(" AND tw.name = ?");
        binds.append(township);
    }
    QSqlQuery q = Sql::exec(db, QString(kVisitSql).replace(QStringLiteral("{WHERE}"), where), binds);
    QList<Visit> list;
    while (q.next())
        list.append(visitFrom(q));
    return list;
}

qint64 PlanQueries::planOf(const QSqlDatabase &db, qint64 visitId)
{
    return Sql::scalar(db, QStringLiteral("SELECT plan_id FROM visit WHERE id = ?"), {visitId}).toLongLong();
}

PlanQueries::Visit PlanQueries::visit(const QSqlDatabase &db, qint64 visitId)
{
    QSqlQuery q = Sql::exec(db, QString(kVisitSql).replace(QStringLiteral("{WHERE}"), QStringLiteral("WHERE v.id = ?")), {visitId});
    if (!q.next())
        throw Refusal(tr("There is no visit %1.").arg(visitId));
    return visitFrom(q);
}

QList<PlanQueries::Exception> PlanQueries::exceptions(const QSqlDatabase &db, qint64 planId)
{
    QSqlQuery q = Sql::exec(db, QStringLiteral(
        "SELECT x.kind, COALESCE(d.short_name, ''), COALESCE(e.name, ''), COALESCE(e.uscc, ''), x.trigger, x.reason, x.detail "
        "FROM plan_exception x LEFT JOIN department d ON d.id = x.department_id LEFT JOIN enterprise e ON e.id = x.enterprise_id "
        "WHERE x.plan_id = ? ORDER BY x.kind, d.code, e.uscc"),
        {planId});
    QList<Exception> list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                     q.value(5).toString(), q.value(6).toString()});
    return list;
}

qint64 PlanQueries::exportPlan(const QSqlDatabase &db, qint64 planId, const QString &path)
{
    const Plan p = plan(db, planId);
    const QList<Visit> rows = visits(db, planId);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"json") {
        QJsonArray list;
        for (const Visit &v : rows)
            list.append(QJsonObject{{QStringLiteral("visit_id"), v.id}, {QStringLiteral("date"), v.date.toString(Qt::ISODate)},
                                    {QStringLiteral("code"), v.code}, {QStringLiteral("township"), v.township},
                                    {QStringLiteral("enterprise"), v.enterprise}, {QStringLiteral("uscc"), v.uscc},
                                    {QStringLiteral("origin"), v.origin}, {QStringLiteral("status"), v.status},
                                    {QStringLiteral("departments"), QJsonArray::fromStringList(v.departments)},
                                    {QStringLiteral("items"), QJsonArray::fromStringList(v.items)},
                                    {QStringLiteral("officers"), QJsonArray::fromStringList(v.officers)}});
        const QJsonObject root{{QStringLiteral("id"), p.id}, {QStringLiteral("name"), p.name}, {QStringLiteral("seed"), p.seed},
                               {QStringLiteral("algorithm_version"), p.algorithmVersion},
                               {QStringLiteral("population_sha256"), p.populationSha256},
                               {QStringLiteral("from"), p.from.toString(Qt::ISODate)}, {QStringLiteral("to"), p.to.toString(Qt::ISODate)},
                               {QStringLiteral("departments"), QJsonArray::fromStringList(p.departments)},
                               {QStringLiteral("visits"), list}};
        OutputFile::write(path, {QStringLiteral("json")}, QJsonDocument(root).toJson());
        return rows.size();
    }
    int next = 0;
    const QStringList headers = {tr("Date"), tr("Inspection code"), tr("Township"), tr("Enterprise"), tr("USCC"), tr("Origin"),
                                 tr("Departments"), tr("Items"), tr("Officers"), tr("Status")};
    return TableExporter::write(path, headers, [&](QStringList &cells) {
        if (next >= rows.size())
            return false;
        const Visit &v = rows.at(next++);
        cells = {v.date.toString(Qt::ISODate), v.code, v.township, v.enterprise, v.uscc, originName(v.origin),
                 v.departments.join(u'、'), v.items.join(u'、'), v.officers.join(u'、'), statusName(v.status)};
        return true;
    });
}
