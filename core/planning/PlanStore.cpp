#include "PlanStore.h"

#include "InspectionCode.h"
#include "InspectionPlanner.h"
#include "PlanInputLoader.h"
#include "RandomDraw.h"
#include "db/AuditLog.h"
#include "db/DatabaseError.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "util/WorkingCalendar.h"
#include "util/Refusal.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonObject>
#include <QSqlQuery>

namespace {

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QVariant nullable(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QString joined(const QSet<QString> &values)
{
    QStringList list(values.cbegin(), values.cend());
    list.sort();
    // Never null: the column means "every industry" by an empty text, and Qt binds a null QString as NULL.
    return list.isEmpty() ? QStringLiteral("") : list.join(u',');
}

QString samplingText(const QHash<QString, int> &percent)
{
    QStringList parts;
    for (const char *tier : {"A", "B", "C", "D"})
        parts.append(QStringLiteral("%1=%2").arg(QLatin1String(tier)).arg(percent.value(QLatin1String(tier), 100)));
    return parts.join(u',');
}

} // namespace

QString PlanStore::exceptionKindName(Planning::Exception::Kind kind)
{
    switch (kind) {
    case Planning::Exception::Kind::Blocked:
        return QStringLiteral("blocked");
    case Planning::Exception::Kind::Unscheduled:
        return QStringLiteral("unscheduled");
    case Planning::Exception::Kind::Warning:
        break;
    }
    return QStringLiteral("warning");
}

qint64 PlanStore::create(const QSqlDatabase &db, const PlanRequest &request, Planning::Result *out, const Progress &progress)
{
    const auto step = [&](int percent, const QString &stage) {
        if (progress && !progress(percent, stage))
            throw DatabaseError(DatabaseError::Kind::Cancelled, tr("Cancelled: no plan was written."));
    };
    const QList<int> withoutNotice = WorkingCalendar::builtIn().yearsWithoutNotice(request.from, request.to);
    if (!withoutNotice.isEmpty() && !request.provisionalCalendar)
        throw Refusal(tr("There is no State Council holiday notice for %1 in the calendar yet. The statutory holidays are kept "
                                 "free of visits, but the make-up working weekends and bridging days are not known, so visits may "
                                 "fall on days that become holidays. Add the notice to the calendar, or confirm that you plan "
                                 "without it (in the CLI: --provisional-calendar).")
                                  .arg(withoutNotice.constFirst()));
    step(0, tr("Gathering enterprises, officers and past visits…"));
    const Planning::Input input = PlanInputLoader::load(db, request);
    step(40, tr("Drawing and scheduling…"));
    Planning::Result result = InspectionPlanner::plan(input);
    for (int year = input.start.year(); year <= input.end.year(); ++year) {
        if (!WorkingCalendar::builtIn().covers(year))
            result.exceptions.append({Planning::Exception::Kind::Warning, 0, 0, QStringLiteral("routine"), QStringLiteral("calendar"),
                                      tr("Planned without the State Council's holiday notice for %1: the statutory holidays are "
                                         "free of visits, but make-up working days are not known and visits may have to move.")
                                          .arg(year)});
    }
    step(70, tr("Writing the plan…"));
    const QByteArray population = PlanInputLoader::population(db, input);
    const QString name = request.name.trimmed().isEmpty()
        ? tr("Joint random inspection plan %1 to %2").arg(iso(input.start), iso(input.end))
        : request.name.trimmed();

    Transaction transaction(db);
    InspectionCode::key(db); // codes can be printed as soon as the plan exists
    const qint64 plan = Sql::exec(db, QStringLiteral(
        "INSERT INTO inspection_plan (name, period_start, period_end, seed, algorithm_version, status, created_at, population, "
        "population_sha256, sampling, officers_per_day) VALUES (?, ?, ?, ?, ?, 'draft', ?, ?, ?, ?, ?)"),
        {name, iso(input.start), iso(input.end), input.seed, RandomDraw::kAlgorithmVersion,
         QDateTime::currentDateTimeUtc().toString(Qt::ISODate), qCompress(population, 6),
         QString::fromLatin1(QCryptographicHash::hash(population, QCryptographicHash::Sha256).toHex()), samplingText(input.samplingPercent),
         input.visitsPerOfficerPerDay}).lastInsertId().toLongLong();
    QSqlQuery department = Sql::prepare(db, QStringLiteral(
        "INSERT INTO plan_department (plan_id, department_id, industries, townships, window_start, window_end) VALUES (?, ?, ?, '', ?, ?)"));
    for (const Planning::Department &d : input.departments)
        Sql::run(department, {plan, d.id, joined(d.industries), d.windowStart.isValid() ? QVariant(iso(d.windowStart)) : QVariant(),
                              d.windowEnd.isValid() ? QVariant(iso(d.windowEnd)) : QVariant()});

    QSqlQuery visit = Sql::prepare(db, QStringLiteral(
        "INSERT INTO visit (plan_id, enterprise_id, scheduled_date, origin, inspection_code, status) VALUES (?, ?, ?, ?, ?, 'planned')"));
    QSqlQuery task = Sql::prepare(db, QStringLiteral(
        "INSERT INTO inspection_task (plan_id, visit_id, department_id, enterprise_id, trigger, drawn, source) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery item = Sql::prepare(db, QStringLiteral("INSERT INTO task_item (task_id, item_id) VALUES (?, ?)"));
    QSqlQuery officer = Sql::prepare(db, QStringLiteral("INSERT INTO visit_officer (visit_id, officer_id) VALUES (?, ?)"));
    for (const Planning::Visit &v : result.visits) {
        // The code is derived from the plan's seed and the visit, so it is unique in practice;
        // a clash would fail the UNIQUE constraint and roll the whole plan back.
        const QString code = QStringLiteral("FC") + QString::fromLatin1(QCryptographicHash::hash(
            QStringLiteral("%1\n%2\n%3\n%4").arg(input.seed).arg(plan).arg(v.enterprise).arg(iso(v.date)).toUtf8(),
            QCryptographicHash::Sha256).toHex().left(10)).toUpper();
        Sql::run(visit, {plan, v.enterprise, iso(v.date), v.origin, code});
        const qint64 visitId = visit.lastInsertId().toLongLong();
        for (const Planning::Task &t : v.tasks) {
            Sql::run(task, {plan, visitId, t.department, t.enterprise, t.trigger, t.drawn ? 1 : 0,
                            t.source.isEmpty() ? QVariant() : QVariant(t.source)});
            const qint64 taskId = task.lastInsertId().toLongLong();
            for (const qint64 i : t.items)
                Sql::run(item, {taskId, i});
        }
        for (const qint64 o : v.officers)
            Sql::run(officer, {visitId, o});
    }
    QSqlQuery exception = Sql::prepare(db, QStringLiteral(
        "INSERT INTO plan_exception (plan_id, kind, department_id, enterprise_id, trigger, drawn, reason, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const Planning::Exception &e : result.exceptions)
        Sql::run(exception, {plan, exceptionKindName(e.kind), nullable(e.department), nullable(e.enterprise), e.trigger, e.drawn ? 1 : 0,
                             e.reason, e.detail});
    AuditLog::record(db, {AuditLog::Action::Insert, QStringLiteral("inspection_plan"), plan, {},
                          {{QStringLiteral("name"), name}, {QStringLiteral("seed"), input.seed},
                           {QStringLiteral("period"), iso(input.start) + QStringLiteral("/") + iso(input.end)},
                           {QStringLiteral("visits"), qint64(result.visits.size())}, {QStringLiteral("tasks"), result.tasks},
                           {QStringLiteral("exceptions"), qint64(result.exceptions.size())}}});
    transaction.commit();
    if (out)
        *out = result;
    return plan;
}

Planning::Result PlanStore::preview(const QSqlDatabase &db, const PlanRequest &request, QString *seed)
{
    const Planning::Input input = PlanInputLoader::load(db, request);
    if (seed)
        *seed = input.seed;
    return InspectionPlanner::plan(input);
}

PlanStore::Verification PlanStore::verify(const QSqlDatabase &db, qint64 planId)
{
    Verification v;
    QSqlQuery p = Sql::exec(db, QStringLiteral("SELECT seed, algorithm_version, population, population_sha256, sampling, period_start, period_end "
                                               "FROM inspection_plan WHERE id = ?"),
                            {planId});
    if (!p.next())
        throw Refusal(tr("There is no plan %1.").arg(planId));
    if (p.value(1).toInt() != RandomDraw::kAlgorithmVersion) {
        v.message = tr("Plan %1 was drawn with algorithm version %2, which this program does not run (it runs version %3).")
                        .arg(planId).arg(p.value(1).toInt()).arg(RandomDraw::kAlgorithmVersion);
        return v;
    }
    if (p.value(3).isNull()) {
        v.message = tr("Plan %1 was not drawn by this program's planner (it has no published population), so its draw cannot be re-run.")
                        .arg(planId);
        return v;
    }
    const QByteArray population = qUncompress(p.value(2).toByteArray());
    if (population.isEmpty() && !p.value(2).toByteArray().isEmpty()) {
        v.message = tr("The population recorded with plan %1 cannot be unpacked.").arg(planId);
        return v;
    }
    if (QString::fromLatin1(QCryptographicHash::hash(population, QCryptographicHash::Sha256).toHex()) != p.value(3).toString()) {
        v.message = tr("The population recorded with plan %1 does not match its published SHA-256: it was altered.").arg(planId);
        return v;
    }
    Planning::Input input;
    input.seed = p.value(0).toString();
    input.start = QDate::fromString(p.value(5).toString(), Qt::ISODate);
    input.end = QDate::fromString(p.value(6).toString(), Qt::ISODate);
    for (const QString &part : p.value(4).toString().split(u',', Qt::SkipEmptyParts)) {
        const QStringList kv = part.split(u'=');
        if (kv.size() == 2)
            input.samplingPercent.insert(kv.at(0), kv.at(1).toInt());
    }
    QHash<QString, qint64> townships;
    input.enterprises = PlanInputLoader::fromPopulation(population, &townships);
    QSqlQuery d = Sql::exec(db, QStringLiteral("SELECT pd.department_id, d.code, pd.industries FROM plan_department pd "
                                               "JOIN department d ON d.id = pd.department_id WHERE pd.plan_id = ? ORDER BY d.code"),
                            {planId});
    const RandomDraw draw(input);
    QSet<QPair<qint64, QString>> expected;
    while (d.next()) {
        Planning::Department department;
        department.id = d.value(0).toLongLong();
        department.code = d.value(1).toString();
        for (const QString &industry : d.value(2).toString().split(u',', Qt::SkipEmptyParts))
            department.industries.insert(industry);
        for (const int i : draw.draw(department, nullptr))
            expected.insert({department.id, input.enterprises.at(i).uscc});
    }
    QSet<QPair<qint64, QString>> stored;
    QSqlQuery s = Sql::exec(db, QStringLiteral(
        "SELECT t.department_id, e.uscc FROM inspection_task t JOIN enterprise e ON e.id = t.enterprise_id WHERE t.plan_id = ? AND t.drawn = 1 "
        "UNION ALL SELECT x.department_id, e.uscc FROM plan_exception x JOIN enterprise e ON e.id = x.enterprise_id "
        "WHERE x.plan_id = ? AND x.drawn = 1"),
        {planId, planId});
    while (s.next())
        stored.insert({s.value(0).toLongLong(), s.value(1).toString()});
    v.drawn = int(expected.size());
    v.missing = int((expected - stored).size());
    v.unexpected = int((stored - expected).size());
    v.ok = v.missing == 0 && v.unexpected == 0;
    v.message = v.ok ? tr("Plan %1: the draw re-run from seed “%2” gives the same %3 checks.").arg(planId).arg(input.seed).arg(v.drawn)
                     : tr("Plan %1 does not match its draw: %2 drawn checks are missing from it and %3 are in it without being drawn.")
                           .arg(planId).arg(v.missing).arg(v.unexpected);
    return v;
}
