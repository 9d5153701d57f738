#include "CliPlanCommands.h"

#include "CliDatabase.h"
#include "CliOptions.h"
#include "db/Database.h"
#include "planning/InspectionCode.h"
#include "planning/PlanQueries.h"
#include "planning/PlanStore.h"
#include "planning/VisitNotice.h"
#include "planning/VisitResults.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace {

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QJsonObject figures(const PlanQueries::Figures &f)
{
    return {{QStringLiteral("visits"), f.visits}, {QStringLiteral("joint_visits"), f.jointVisits}, {QStringLiteral("tasks"), f.tasks},
            {QStringLiteral("checks_avoided"), f.checksAvoided()}};
}

} // namespace

CliPlanCommands::CliPlanCommands(const QCommandLineParser &parser, QString databasePath)
    : m_parser(parser)
    , m_databasePath(std::move(databasePath))
{
}

CliResult CliPlanCommands::plan(const QStringList &args)
{
    const QString usage = tr("Usage: faircheck-cli plan create --from DATE --to DATE [--seed TEXT] [--departments A,B,...] [--name TEXT] [--scopes FILE]\n"
                             "       faircheck-cli plan list | show ID | verify ID | exceptions ID | export ID --out FILE (.csv, .xlsx or .json)");
    const QString sub = args.value(0);
    if (sub == u"create" && args.size() == 1)
        return create();
    if (sub == u"list" && args.size() == 1) {
        const Database db = CliDatabase::open(m_databasePath);
        CliResult result;
        QJsonArray plans;
        for (const PlanQueries::Plan &p : PlanQueries::list(db.connection())) {
            result.lines.append(tr("%1  %2 to %3  %4  %5 visits, %6 tasks, %7 checks avoided")
                                    .arg(p.id).arg(iso(p.from), iso(p.to), p.name).arg(p.planned.visits).arg(p.planned.tasks)
                                    .arg(p.planned.checksAvoided()));
            plans.append(QJsonObject{{QStringLiteral("id"), p.id}, {QStringLiteral("name"), p.name}, {QStringLiteral("from"), iso(p.from)},
                                     {QStringLiteral("to"), iso(p.to)}, {QStringLiteral("seed"), p.seed},
                                     {QStringLiteral("planned"), figures(p.planned)}});
        }
        result.json = {{QStringLiteral("plans"), plans}};
        return result;
    }
    bool ok = true;
    const qint64 id = CliOptions::number(args.value(1), &ok);
    if (!ok || args.size() != 2)
        return CliResult::badInput(usage);
    const Database db = CliDatabase::open(m_databasePath);
    if (sub == u"show")
        return show(id);
    CliResult result;
    if (sub == u"verify") {
        const PlanStore::Verification v = PlanStore::verify(db.connection(), id);
        result.status = v.ok ? CliResult::Ok : CliResult::CheckFailed;
        result.lines.append(v.message);
        result.json = {{QStringLiteral("ok"), v.ok}, {QStringLiteral("drawn"), v.drawn}, {QStringLiteral("missing"), v.missing},
                       {QStringLiteral("unexpected"), v.unexpected}, {QStringLiteral("message"), v.message}};
        return result;
    }
    if (sub == u"exceptions") {
        QJsonArray rows;
        for (const PlanQueries::Exception &e : PlanQueries::exceptions(db.connection(), id)) {
            result.lines.append(QStringLiteral("%1  %2  %3 %4  %5").arg(e.kind, e.department, e.uscc, e.enterprise, e.detail));
            rows.append(QJsonObject{{QStringLiteral("kind"), e.kind}, {QStringLiteral("department"), e.department}, {QStringLiteral("uscc"), e.uscc},
                                    {QStringLiteral("trigger"), e.trigger}, {QStringLiteral("reason"), e.reason}, {QStringLiteral("detail"), e.detail}});
        }
        result.json = {{QStringLiteral("exceptions"), rows}};
        return result;
    }
    if (sub == u"export") {
        const QString out = CliOptions(m_parser).value("out");
        if (out.isEmpty())
            return CliResult::badInput(tr("Name the file to write with --out (.csv, .xlsx or .json)."));
        const qint64 rows = PlanQueries::exportPlan(db.connection(), id, out);
        result.lines.append(tr("Wrote %1 visits to %2.").arg(rows).arg(out));
        result.json = {{QStringLiteral("visits"), rows}, {QStringLiteral("file"), out}};
        return result;
    }
    return CliResult::badInput(usage);
}

CliResult CliPlanCommands::create()
{
    const CliOptions options(m_parser);
    bool ok = true;
    PlanRequest request;
    request.from = options.date("from", QDate(), &ok);
    request.to = options.date("to", QDate(), &ok);
    if (!ok || !request.from.isValid() || !request.to.isValid())
        return CliResult::badInput(tr("plan create needs --from and --to as YYYY-MM-DD."));
    request.seed = options.value("seed");
    request.name = options.value("name");
    request.scopesFile = options.value("scopes");
    request.provisionalCalendar = m_parser.isSet(QStringLiteral("provisional-calendar"));
    for (const QString &list : options.values("departments")) {
        for (const QString &d : list.split(QRegularExpression(QStringLiteral("[,，、]")), Qt::SkipEmptyParts))
            request.departments.append(d.trimmed());
    }
    const Database db = CliDatabase::open(m_databasePath);
    Planning::Result planned;
    const qint64 id = PlanStore::create(db.connection(), request, &planned);
    CliResult result = show(id);
    result.lines.prepend(tr("Plan %1 created.").arg(id));
    return result;
}

CliResult CliPlanCommands::show(qint64 planId)
{
    const Database db = CliDatabase::open(m_databasePath);
    const PlanQueries::Plan p = PlanQueries::plan(db.connection(), planId);
    CliResult result;
    result.lines.append(tr("Plan %1: %2").arg(p.id).arg(p.name));
    result.lines.append(tr("Period %1 to %2; seed “%3”; algorithm version %4; population SHA-256 %5")
                            .arg(iso(p.from), iso(p.to), p.seed).arg(p.algorithmVersion).arg(p.populationSha256));
    result.lines.append(tr("Departments: %1").arg(p.departments.join(u'、')));
    result.lines.append(tr("Planned: %1 tasks in %2 visits (%3 joint), %4 checks avoided; %5 blocked by caps, %6 not scheduled, %7 warnings")
                            .arg(p.planned.tasks).arg(p.planned.visits).arg(p.planned.jointVisits).arg(p.planned.checksAvoided())
                            .arg(p.blocked).arg(p.unscheduled).arg(p.warnings));
    result.lines.append(tr("Done: %1 visits, %2 tasks; satisfaction %3 of %4 ratings at 4 or 5")
                            .arg(p.done.visits).arg(p.done.tasks).arg(p.satisfied).arg(p.ratings));
    QJsonArray visits;
    for (const PlanQueries::Visit &v : PlanQueries::visits(db.connection(), planId)) {
        result.lines.append(QStringLiteral("  %1  %2  %3  %4  %5 [%6] %7")
                                .arg(v.id).arg(iso(v.date), v.code, v.township, v.enterprise, v.departments.join(u'、'), v.officers.join(u'、')));
        visits.append(QJsonObject{{QStringLiteral("visit_id"), v.id}, {QStringLiteral("date"), iso(v.date)}, {QStringLiteral("code"), v.code},
                                  {QStringLiteral("uscc"), v.uscc}, {QStringLiteral("township"), v.township},
                                  {QStringLiteral("origin"), v.origin}, {QStringLiteral("status"), v.status},
                                  {QStringLiteral("departments"), QJsonArray::fromStringList(v.departments)},
                                  {QStringLiteral("items"), QJsonArray::fromStringList(v.items)},
                                  {QStringLiteral("officers"), QJsonArray::fromStringList(v.officers)}});
    }
    result.json = {{QStringLiteral("id"), p.id}, {QStringLiteral("name"), p.name}, {QStringLiteral("seed"), p.seed},
                   {QStringLiteral("from"), iso(p.from)}, {QStringLiteral("to"), iso(p.to)},
                   {QStringLiteral("algorithm_version"), p.algorithmVersion}, {QStringLiteral("population_sha256"), p.populationSha256},
                   {QStringLiteral("departments"), QJsonArray::fromStringList(p.departments)},
                   {QStringLiteral("planned"), figures(p.planned)}, {QStringLiteral("done"), figures(p.done)},
                   {QStringLiteral("blocked"), p.blocked}, {QStringLiteral("unscheduled"), p.unscheduled}, {QStringLiteral("warnings"), p.warnings},
                   {QStringLiteral("visits"), visits}};
    return result;
}

CliResult CliPlanCommands::visit(const QStringList &args)
{
    const QString usage = tr("Usage: faircheck-cli visit show ID | code ID --out PNG | notice ID --out PDF | scan TEXT\n"
                             "       faircheck-cli visit result ID --on DATE --finding CODE=compliant|rectify:DATE|violation ...\n"
                             "       faircheck-cli visit rate ID --rating 1-5 [--on DATE] | cancel ID --reason TEXT");
    const QString sub = args.value(0);
    const CliOptions options(m_parser);
    CliResult result;
    if (sub == u"scan" && args.size() == 2) {
        const Database db = CliDatabase::open(m_databasePath);
        const InspectionCode::Scan scan = InspectionCode::scan(db.connection(), args.at(1));
        result.status = scan.valid ? CliResult::Ok : CliResult::CheckFailed;
        result.lines.append(scan.message);
        result.json = {{QStringLiteral("valid"), scan.valid}, {QStringLiteral("visit_id"), scan.visitId}, {QStringLiteral("code"), scan.code},
                       {QStringLiteral("message"), scan.message}};
        return result;
    }
    bool ok = true;
    const qint64 id = CliOptions::number(args.value(1), &ok);
    if (!ok || args.size() != 2)
        return CliResult::badInput(usage);
    if (sub == u"result")
        return this->result(id);
    const Database db = CliDatabase::open(m_databasePath);
    if (sub == u"show") {
        const PlanQueries::Visit v = PlanQueries::visit(db.connection(), id);
        result.lines.append(tr("Visit %1 (%2) on %3 to %4 %5, %6: %7").arg(v.id).arg(v.code, iso(v.date), v.enterprise, v.uscc,
                                                                           PlanQueries::originName(v.origin), PlanQueries::statusName(v.status)));
        result.lines.append(tr("Officers: %1").arg(v.officers.join(u'、')));
        QJsonArray items;
        for (const VisitResults::Item &item : VisitResults::items(db.connection(), id)) {
            result.lines.append(QStringLiteral("  %1  %2  %3  %4").arg(item.department, item.code, item.name, item.result));
            items.append(QJsonObject{{QStringLiteral("code"), item.code}, {QStringLiteral("department"), item.department},
                                     {QStringLiteral("name"), item.name}, {QStringLiteral("result"), item.result}});
        }
        result.json = {{QStringLiteral("visit_id"), v.id}, {QStringLiteral("code"), v.code}, {QStringLiteral("date"), iso(v.date)},
                       {QStringLiteral("uscc"), v.uscc}, {QStringLiteral("status"), v.status}, {QStringLiteral("items"), items},
                       {QStringLiteral("officers"), QJsonArray::fromStringList(v.officers)}};
        return result;
    }
    if (sub == u"code" || sub == u"notice") {
        const QString out = options.value("out");
        if (out.isEmpty())
            return CliResult::badInput(tr("Name the file to write with --out."));
        if (sub == u"code") {
            InspectionCode::save(db.connection(), id, out, 6);
            const QString payload = InspectionCode::payload(db.connection(), id);
            result.json = {{QStringLiteral("payload"), payload}, {QStringLiteral("file"), out}};
        } else {
            VisitNotice::write(db.connection(), id, out);
            result.json = {{QStringLiteral("file"), out}};
        }
        result.lines.append(tr("Wrote %1.").arg(out));
        return result;
    }
    if (sub == u"rate") {
        const QDate on = options.date("on", QDate::currentDate(), &ok);
        const qint64 rating = CliOptions::number(options.value("rating"), &ok);
        if (!ok)
            return CliResult::badInput(tr("visit rate needs --rating 1 to 5 and dates as YYYY-MM-DD."));
        VisitResults::rate(db.connection(), id, int(rating), on, options.value("note"));
        result.lines.append(tr("Rating recorded for visit %1.").arg(id));
        return result;
    }
    if (sub == u"cancel") {
        VisitResults::cancel(db.connection(), id, options.value("reason"));
        result.lines.append(tr("Visit %1 cancelled.").arg(id));
        return result;
    }
    return CliResult::badInput(usage);
}

CliResult CliPlanCommands::result(qint64 visitId)
{
    const CliOptions options(m_parser);
    bool ok = true;
    const QDate on = options.date("on", QDate(), &ok);
    if (!ok || !on.isValid())
        return CliResult::badInput(tr("visit result needs --on DATE (YYYY-MM-DD)."));
    QList<VisitResults::Finding> findings;
    for (const QString &text : options.values("finding")) {
        // CODE=compliant, CODE=violation or CODE=rectify:YYYY-MM-DD, with an optional ;note
        const int eq = int(text.indexOf(u'='));
        if (eq <= 0)
            return CliResult::badInput(tr("A finding is written CODE=compliant, CODE=rectify:DATE or CODE=violation, not “%1”.").arg(text));
        VisitResults::Finding f;
        f.itemCode = text.left(eq).trimmed();
        QString rest = text.mid(eq + 1);
        const int semicolon = int(rest.indexOf(u';'));
        if (semicolon >= 0) {
            f.note = rest.mid(semicolon + 1);
            rest = rest.left(semicolon);
        }
        f.result = rest.section(u':', 0, 0).trimmed();
        if (f.result == u"rectify") {
            f.rectifyBy = QDate::fromString(rest.section(u':', 1), Qt::ISODate);
            if (!f.rectifyBy.isValid())
                return CliResult::badInput(tr("Item %1: rectify needs its deadline, as rectify:YYYY-MM-DD.").arg(f.itemCode));
        }
        findings.append(f);
    }
    const Database db = CliDatabase::open(m_databasePath);
    VisitResults::record(db.connection(), visitId, on, findings);
    CliResult result;
    result.lines.append(tr("Results recorded for visit %1: %2 items.").arg(visitId).arg(findings.size()));
    result.json = {{QStringLiteral("visit_id"), visitId}, {QStringLiteral("findings"), qint64(findings.size())}};
    return result;
}

QList<CliCommand> CliPlanCommands::registered()
{
    // Each command runs through a fresh group object, as the registry calls it.
    return {
        {QStringLiteral("plan"),
         {
             {QStringLiteral("plan create --from DATE --to DATE [--seed TEXT] [--departments A,B] [--provisional-calendar]"),
              QT_TRANSLATE_NOOP("CliCommand", "draw and schedule an inspection plan (双随机, joint visits)"),
              "draw a period's plan and put its visits on working days (see Inspection planning); a year whose holiday notice is not yet published needs `--provisional-calendar`"},
             {QStringLiteral("plan list / plan show ID / plan verify ID / plan exceptions ID / plan export ID --out FILE"),
              QT_TRANSLATE_NOOP("CliCommand", "plans, their visits, a re-run of the draw, what could not be planned"),
              "the plans; one plan's visits; `verify` re-runs the draw from the stored seed and population and compares; what could not be planned and why; the plan as .csv or .xlsx"},
         },
         [](const CliCommand::Context &c, const QStringList &args) { return CliPlanCommands(c.parser, c.databasePath).plan(args); },
         {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("seed"), QStringLiteral("departments"),
          QStringLiteral("provisional-calendar"), QStringLiteral("scopes"), QStringLiteral("name"),
          QStringLiteral("out")}},
        {QStringLiteral("visit"),
         {
             {QStringLiteral("visit show|code|notice|result|rate|cancel ID … / visit scan TEXT"),
              QT_TRANSLATE_NOOP("CliCommand", "a visit's sheet, QR code, notice, results and rating; check a scanned code"),
              "a visit's sheet; its inspection code as a PNG; the notice (PDF, DOCX); its results by item (a date within the plan's window, never in the future) and the enterprise's rating; `scan` tells a genuine, current code from an altered or out-of-date one"},
         },
         [](const CliCommand::Context &c, const QStringList &args) { return CliPlanCommands(c.parser, c.databasePath).visit(args); },
         {QStringLiteral("finding"), QStringLiteral("on"), QStringLiteral("note"), QStringLiteral("rating"),
          QStringLiteral("reason"), QStringLiteral("out")}},
    };
}
