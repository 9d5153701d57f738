#include "PlanInputLoader.h"
#include "db/InputFile.h"

#include "credit/CreditStore.h"
#include "credit/CreditRuleBook.h"
#include "credit/CreditRuleStore.h"
#include "util/Refusal.h"
#include "db/Sql.h"
#include "util/WorkingCalendar.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace {

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QDate date(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

// Departments asked for, by code, short name or name; all with random-check items when none.
QList<Planning::Department> departments(const QSqlDatabase &db, const PlanRequest &request, QHash<qint64, QString> *names)
{
    QList<Planning::Department> all;
    QHash<QString, int> byKey;
    QSqlQuery q = Sql::exec(db, QStringLiteral("SELECT id, code, short_name, name FROM department ORDER BY code"));
    while (q.next()) {
        Planning::Department d;
        d.id = q.value(0).toLongLong();
        d.code = q.value(1).toString();
        names->insert(d.id, q.value(2).toString());
        for (int c = 1; c <= 3; ++c)
            byKey.insert(q.value(c).toString(), int(all.size()));
        all.append(d);
    }
    QSqlQuery items = Sql::exec(db, QStringLiteral("SELECT department_id, id FROM inspection_item WHERE random_check = 1 ORDER BY code"));
    QHash<qint64, QList<qint64>> itemsOf;
    while (items.next())
        itemsOf[items.value(0).toLongLong()].append(items.value(1).toLongLong());
    const QHash<QString, QStringList> scopes = PlanInputLoader::scopes(request.scopesFile);
    QList<Planning::Department> chosen;
    if (request.departments.isEmpty()) {
        for (const Planning::Department &d : std::as_const(all)) {
            if (itemsOf.contains(d.id))
                chosen.append(d);
        }
    } else {
        for (const QString &key : request.departments) {
            const int i = byKey.value(key.trimmed(), -1);
            if (i < 0)
                throw Refusal(PlanInputLoader::tr("There is no department “%1”.").arg(key));
            if (!itemsOf.contains(all.at(i).id))
                throw Refusal(PlanInputLoader::tr("%1 has no random-check items in its inspection item list, so it cannot take part in a draw.")
                           .arg(names->value(all.at(i).id)));
            if (std::none_of(chosen.cbegin(), chosen.cend(), [&](const Planning::Department &d) { return d.id == all.at(i).id; }))
                chosen.append(all.at(i));
        }
    }
    if (chosen.isEmpty())
        throw Refusal(PlanInputLoader::tr("No department has random-check items yet: import the inspection item lists first."));
    for (Planning::Department &d : chosen) {
        d.items = itemsOf.value(d.id);
        for (const QString &industry : scopes.value(names->value(d.id)))
            d.industries.insert(industry);
    }
    return chosen;
}

void mandatoryTasks(const QSqlDatabase &db, Planning::Input &input)
{
    // Rectification re-checks: a finding to rectify whose deadline falls before the end
    // of the period, not yet re-checked by that department.
    QSqlQuery f = Sql::exec(db, QStringLiteral(
        "SELECT f.id, t.department_id, t.enterprise_id, f.item_id, f.rectify_deadline FROM finding f "
        "JOIN inspection_task t ON t.id = f.task_id JOIN visit v ON v.id = t.visit_id "
        "WHERE f.result = 'rectify' AND f.rectify_deadline BETWEEN ? AND ? AND v.status = 'done' "
        "AND NOT EXISTS (SELECT 1 FROM inspection_task r JOIN visit rv ON rv.id = r.visit_id "
        "                WHERE r.trigger = 'recheck' AND r.enterprise_id = t.enterprise_id AND r.department_id = t.department_id "
        "                AND rv.status <> 'cancelled' AND rv.scheduled_date >= f.rectify_deadline) "
        "ORDER BY f.id"),
        {iso(input.start.addDays(-90)), iso(input.end)});
    while (f.next()) {
        const QDate deadline = date(f.value(4));
        input.mandatory.append({f.value(1).toLongLong(), f.value(2).toLongLong(), QStringLiteral("recheck"), {f.value(3).toLongLong()},
                                deadline, input.end, QStringLiteral("finding %1").arg(f.value(0).toLongLong())});
    }
    // Red-line follow-ups: a penalty on a red-line item in the twelve months before the
    // period, not yet followed up, is re-checked by the department that decided it. (A
    // task's source lists what it follows up, comma-separated, when tasks were joined.)
    QSqlQuery r = Sql::exec(db, QStringLiteral(
        "SELECT p.id, p.department_id, p.enterprise_id FROM penalty_case p JOIN discretion_item d ON d.id = p.discretion_item_id "
        "WHERE d.red_line = 1 AND p.decided_on BETWEEN ? AND ? "
        "AND NOT EXISTS (SELECT 1 FROM inspection_task t WHERE t.enterprise_id = p.enterprise_id "
        "                AND ', ' || t.source || ',' LIKE '%, red-line case ' || p.id || ',%') "
        "ORDER BY p.id"),
        {iso(input.start.addYears(-1)), iso(input.start.addDays(-1))});
    while (r.next())
        input.mandatory.append({r.value(1).toLongLong(), r.value(2).toLongLong(), QStringLiteral("recheck"), {}, QDate(), QDate(),
                                QStringLiteral("red-line case %1").arg(r.value(0).toLongLong())});
    // Clues being handled that name an enterprise and a department, not yet planned.
    QSqlQuery c = Sql::exec(db, QStringLiteral(
        "SELECT c.id, c.department_id, h.enterprise_id, c.deadline FROM clue c JOIN hotline_order h ON h.id = c.hotline_order_id "
        "WHERE c.state IN ('assigned', 'responded') AND c.department_id IS NOT NULL AND h.enterprise_id IS NOT NULL "
        "AND NOT EXISTS (SELECT 1 FROM inspection_task t WHERE t.enterprise_id = h.enterprise_id "
        "                AND ', ' || t.source || ',' LIKE '%, clue ' || c.id || ',%') "
        "ORDER BY c.id"));
    while (c.next()) {
        const QDate deadline = date(c.value(3));
        input.mandatory.append({c.value(1).toLongLong(), c.value(2).toLongLong(), QStringLiteral("clue"), {}, QDate(),
                                deadline.isValid() && deadline >= input.start ? deadline : QDate(),
                                QStringLiteral("clue %1").arg(c.value(0).toLongLong())});
    }
}

} // namespace

QHash<QString, QStringList> PlanInputLoader::scopes(const QString &path)
{
    const QString file = path.isEmpty() ? QStringLiteral(":/faircheck/planning/department-scopes.json") : path;
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(InputFile::readAll(file, InputFile::SmallFileLimit), &error).object();
    if (error.error != QJsonParseError::NoError)
        throw Refusal(tr("%1, at character %2: %3.").arg(file).arg(error.offset).arg(error.errorString()));
    QHash<QString, QStringList> result;
    const QJsonObject scopes = root.value(QStringLiteral("scopes")).toObject();
    for (auto it = scopes.begin(); it != scopes.end(); ++it) {
        if (!it.value().isArray())
            throw Refusal(tr("%1: the scope of “%2” must be a list of industry codes.").arg(file, it.key()));
        QStringList industries;
        for (const QJsonValue &v : it.value().toArray())
            industries.append(v.toString().trimmed());
        result.insert(it.key(), industries);
    }
    return result;
}

Planning::Input PlanInputLoader::load(const QSqlDatabase &db, const PlanRequest &request)
{
    if (!request.from.isValid() || !request.to.isValid() || request.to < request.from)
        throw Refusal(tr("The plan's period needs a start and an end date, the end not before the start."));
    if (request.from.daysTo(request.to) > 366)
        throw Refusal(tr("A plan covers at most a year; this period has %1 days.").arg(request.from.daysTo(request.to) + 1));
    if (request.officersPerDay < 1 || request.officersPerDay > 10)
        throw Refusal(tr("An officer can make 1 to 10 visits a day, not %1.").arg(request.officersPerDay));

    Planning::Input input;
    input.start = request.from;
    input.end = request.to;
    input.seed = request.seed.trimmed().isEmpty() ? QString::number(QRandomGenerator::system()->generate64() % 1000000000000ULL)
                                                  : request.seed.trimmed();
    input.visitsPerOfficerPerDay = request.officersPerDay;
    const WorkingCalendar &calendar = WorkingCalendar::builtIn();
    for (QDate d = input.start; d <= input.end; d = d.addDays(1)) {
        if (calendar.isWorkingDay(d))
            input.workingDays.append(d);
    }
    input.departments = departments(db, request, &input.departmentNames);
    // Two plans may not draw for the same department over the same days.
    for (const Planning::Department &d : std::as_const(input.departments)) {
        const QVariant other = Sql::scalar(db, QStringLiteral(
            "SELECT p.name FROM inspection_plan p JOIN plan_department pd ON pd.plan_id = p.id "
            "WHERE pd.department_id = ? AND p.period_start <= ? AND p.period_end >= ? LIMIT 1"),
            {d.id, iso(input.end), iso(input.start)});
        if (other.isValid())
            throw Refusal(tr("%1 already draws in the plan “%2”, whose period overlaps this one.").arg(input.departmentNames.value(d.id), other.toString()));
    }
    const CreditRuleBook rules = CreditRuleStore::load(db);
    input.samplingPercent = rules.forDate(input.start).samplingPercent;

    // Each enterprise is drawn at its tier as of the plan's start, not as cached: the
    // cache holds when it was last computed and when its result next changes; a score
    // not computed since, with new events, or due to change by the start (a penalty's
    // publicity ended, a red line lifted) is worked out again for the start date. The
    // tiers used go into the plan's published population, so `plan verify` redraws alike.
    const CreditStore credit(db);
    const QString start = iso(input.start);
    QSqlQuery e = Sql::exec(db, QStringLiteral(
        "SELECT e.id, e.uscc, COALESCE(e.township_id, 0), COALESCE(e.industry_code, ''), COALESCE(e.credit_tier, 'B'), "
        "EXISTS (SELECT 1 FROM sandbox_membership s WHERE s.enterprise_id = e.id AND s.exited_on IS NULL), "
        "e.credit_as_of IS NULL OR e.credit_as_of > ? OR (e.credit_next_change IS NOT NULL AND e.credit_next_change <= ?) "
        "OR EXISTS (SELECT 1 FROM credit_dirty d WHERE d.enterprise_id = e.id) "
        "FROM enterprise e WHERE e.status = 'active' ORDER BY e.uscc"),
        {start, start});
    while (e.next()) {
        const qint64 id = e.value(0).toLongLong();
        const QString tier = e.value(6).toBool() ? credit.evaluate(rules, id, input.start).tier : e.value(4).toString();
        input.enterprises.append({id, e.value(1).toString(), e.value(2).toLongLong(), e.value(3).toString(),
                                  char(tier.isEmpty() ? 'B' : tier.at(0).toLatin1()), e.value(5).toBool()});
    }

    QSqlQuery o = Sql::exec(db, QStringLiteral("SELECT id, department_id, certificate_expiry FROM officer "
                                               "WHERE active = 1 AND COALESCE(certificate_no, '') <> '' ORDER BY id"));
    while (o.next())
        input.officers.append({o.value(0).toLongLong(), o.value(1).toLongLong(), date(o.value(2))});
    QSqlQuery conflicts = Sql::exec(db, QStringLiteral("SELECT officer_id, enterprise_id FROM officer_conflict"));
    while (conflicts.next())
        input.conflicts.insert({conflicts.value(0).toLongLong(), conflicts.value(1).toLongLong()});
    QSqlQuery last = Sql::exec(db, QStringLiteral(
        "WITH ranked AS (SELECT id, enterprise_id, ROW_NUMBER() OVER (PARTITION BY enterprise_id "
        "                ORDER BY COALESCE(visit_date, scheduled_date) DESC, id DESC) AS n FROM visit WHERE status <> 'cancelled') "
        "SELECT r.enterprise_id, vo.officer_id FROM ranked r JOIN visit_officer vo ON vo.visit_id = r.id WHERE r.n = 1"));
    while (last.next())
        input.lastOfficers[last.value(0).toLongLong()].insert(last.value(1).toLongLong());

    // This year's routine checks, for the caps.
    const QString yearStart = iso(QDate(input.start.year(), 1, 1));
    const QString yearEnd = iso(QDate(input.start.year(), 12, 31));
    QSqlQuery byDepartment = Sql::exec(db, QStringLiteral(
        "SELECT t.department_id, t.enterprise_id, COUNT(*) FROM inspection_task t JOIN visit v ON v.id = t.visit_id "
        "WHERE (t.drawn = 1 OR t.trigger = 'routine') AND v.status <> 'cancelled' AND COALESCE(v.visit_date, v.scheduled_date) BETWEEN ? AND ? GROUP BY 1, 2"),
        {yearStart, yearEnd});
    while (byDepartment.next())
        input.routineByDepartment.insert({byDepartment.value(0).toLongLong(), byDepartment.value(1).toLongLong()},
                                         byDepartment.value(2).toInt());
    QSqlQuery visits = Sql::exec(db, QStringLiteral(
        "SELECT enterprise_id, COUNT(*) FROM visit WHERE origin = 'routine' AND status <> 'cancelled' "
        "AND COALESCE(visit_date, scheduled_date) BETWEEN ? AND ? GROUP BY 1"),
        {yearStart, yearEnd});
    while (visits.next())
        input.routineVisits.insert(visits.value(0).toLongLong(), visits.value(1).toInt());
    mandatoryTasks(db, input);
    return input;
}

QByteArray PlanInputLoader::population(const QSqlDatabase &db, const Planning::Input &input)
{
    QHash<qint64, QString> townships;
    QSqlQuery t = Sql::exec(db, QStringLiteral("SELECT id, code FROM township"));
    while (t.next())
        townships.insert(t.value(0).toLongLong(), t.value(1).toString());
    QByteArray text;
    text.reserve(input.enterprises.size() * 40);
    for (const Planning::Enterprise &e : input.enterprises) // already in USCC order
        text += QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                    .arg(e.uscc, QString(QLatin1Char(e.tier)), townships.value(e.township), e.industry, e.sandbox ? QStringLiteral("1") : QStringLiteral("0"))
                    .toUtf8();
    return text;
}

QList<Planning::Enterprise> PlanInputLoader::fromPopulation(const QByteArray &text, QHash<QString, qint64> *townships)
{
    QList<Planning::Enterprise> enterprises;
    qint64 id = 0;
    for (const QByteArray &line : text.split('\n')) {
        const QList<QByteArray> f = line.split('\t');
        if (f.size() != 5)
            continue;
        Planning::Enterprise e;
        e.id = ++id;
        e.uscc = QString::fromUtf8(f.at(0));
        e.tier = f.at(1).isEmpty() ? 'B' : f.at(1).at(0);
        const QString township = QString::fromUtf8(f.at(2));
        e.township = townships->value(township, 0);
        if (!e.township && !township.isEmpty()) {
            e.township = townships->size() + 1;
            townships->insert(township, e.township);
        }
        e.industry = QString::fromUtf8(f.at(3));
        e.sandbox = f.at(4) == "1";
        enterprises.append(e);
    }
    return enterprises;
}
