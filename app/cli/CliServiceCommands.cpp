#include "CliServiceCommands.h"

#include "CliDatabase.h"
#include "CliOptions.h"

#include "credit/CreditRuleStore.h"
#include "db/Database.h"
#include "io/DepartmentDirectory.h"
#include "report/IndicatorModel.h"
#include "report/MonthlyReport.h"
#include "services/InvitationStore.h"
#include "services/RepairHelp.h"
#include "services/RequestStore.h"
#include "services/ServiceHistory.h"
#include "services/TrainingStore.h"

#include <QJsonArray>
#include <QLocale>

namespace {

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

CliServiceCommands::CliServiceCommands(const QCommandLineParser &parser, QString databasePath)
    : m_parser(parser)
    , m_databasePath(std::move(databasePath))
{
}

QString CliServiceCommands::value(const char *option) const
{
    return CliOptions(m_parser).value(option);
}

QDate CliServiceCommands::date(const char *option, const QDate &fallback, bool *ok) const
{
    return CliOptions(m_parser).date(option, fallback, ok);
}

std::pair<QDate, QDate> CliServiceCommands::period(bool *ok) const
{
    const QDate today = QDate::currentDate();
    return {date("from", today.addYears(-1), ok), date("to", today, ok)};
}

qint64 CliServiceCommands::number(const QString &text, bool *ok) const
{
    return CliOptions::number(text, ok);
}

CliResult CliServiceCommands::run(const QStringList &args)
{
    const QString usage = tr(
        "Usage: faircheck-cli services invitations [list|request USCC --scope TEXT [--wanted DATE] [--contact TEXT] [--on DATE]|\n"
        "                                           schedule N --officer ID --expert NAME --on DATE|\n"
        "                                           advise N --advice TEXT --on DATE [--follow-up DATE]|decline N --reason TEXT]\n"
        "       faircheck-cli services requests [list [--open]|forum --title T --kind K --on DATE [--place P] USCC...|\n"
        "                                        raise --department NAME --content TEXT --on DATE --deadline DATE [--forum N] [--uscc USCC]|\n"
        "                                        answer N --answer TEXT --on DATE|feedback N --satisfied|--unsatisfied [--note TEXT] --on DATE]\n"
        "       faircheck-cli services trainings [list|add --topic T --kind credit_repair|law_lecture|consultation --on DATE USCC...]\n"
        "       faircheck-cli services repairs [list|notice EVENT --out DIR|apply EVENT] [--as-of DATE]\n"
        "       faircheck-cli services history USCC | figures --month YYYY-MM\n"
        "Lists take --from DATE --to DATE (default: the last 12 months).");
    const QString group = args.value(0);
    const QStringList rest = args.mid(1);
    if (group == u"invitations")
        return invitations(rest);
    if (group == u"requests")
        return requests(rest);
    if (group == u"trainings")
        return trainings(rest);
    if (group == u"repairs")
        return repairs(rest);
    if (group == u"history")
        return history(rest);
    if (group == u"figures" && rest.isEmpty())
        return figures();
    return CliResult::badInput(usage);
}

CliResult CliServiceCommands::invitations(const QStringList &args)
{
    bool ok = true;
    const QDate today = QDate::currentDate();
    const QDate on = date("on", today, &ok);
    const QString sub = args.value(0, QStringLiteral("list"));
    const Database db = CliDatabase::open(m_databasePath);
    CliResult result;
    if (sub == u"list") {
        const auto [from, to] = period(&ok);
        if (!ok)
            return CliResult::badInput(tr("Dates are written YYYY-MM-DD."));
        QJsonArray rows;
        for (const InvitationStore::Row &r : InvitationStore::list(db.connection(), from, to, value("status"))) {
            result.lines.append(QStringLiteral("%1  %2  %3  %4  %5  %6").arg(r.id).arg(iso(r.requestedOn), r.enterprise, r.scope,
                                                                         InvitationStore::statusName(r.status), r.advice));
            rows.append(QJsonObject{{QStringLiteral("id"), r.id}, {QStringLiteral("uscc"), r.uscc}, {QStringLiteral("requested"), iso(r.requestedOn)},
                                    {QStringLiteral("scope"), r.scope}, {QStringLiteral("status"), r.status}, {QStringLiteral("visit"), r.visitId},
                                    {QStringLiteral("officer"), r.officer}, {QStringLiteral("expert"), r.expert}, {QStringLiteral("advice"), r.advice}});
        }
        result.json = {{QStringLiteral("invitations"), rows}};
        return result;
    }
    if (!ok)
        return CliResult::badInput(tr("Dates are written YYYY-MM-DD."));
    if (sub == u"request" && args.size() == 2) {
        const QDate wanted = date("wanted", QDate(), &ok);
        const qint64 id = InvitationStore::request(db.connection(), args.at(1), on, wanted, value("scope"), value("contact"));
        result.lines.append(tr("Invitation %1 recorded.").arg(id));
        result.json = {{QStringLiteral("id"), id}};
        return result;
    }
    const qint64 id = number(args.value(1), &ok);
    if (!ok || args.size() != 2)
        return CliResult::badInput(tr("Name the invitation by its number."));
    if (sub == u"schedule") {
        const qint64 officer = number(value("officer"), &ok);
        if (!ok)
            return CliResult::badInput(tr("--officer needs the officer's number."));
        const qint64 visit = InvitationStore::schedule(db.connection(), id, officer, value("expert"), on);
        result.lines.append(tr("Invitation %1 scheduled as visit %2 on %3.").arg(id).arg(visit).arg(iso(on)));
        result.json = {{QStringLiteral("id"), id}, {QStringLiteral("visit"), visit}};
    } else if (sub == u"advise") {
        const QDate followUp = date("follow-up", QDate(), &ok);
        if (!ok)
            return CliResult::badInput(tr("Dates are written YYYY-MM-DD."));
        InvitationStore::complete(db.connection(), id, on, value("advice"), followUp);
        result.lines.append(tr("Invitation %1 done; advice recorded.").arg(id));
    } else if (sub == u"decline") {
        InvitationStore::decline(db.connection(), id, value("reason"));
        result.lines.append(tr("Invitation %1 declined.").arg(id));
    } else {
        return CliResult::badInput(tr("Unknown invitations command %1.").arg(sub));
    }
    return result;
}

CliResult CliServiceCommands::requests(const QStringList &args)
{
    bool ok = true;
    const QDate today = QDate::currentDate();
    const QDate on = date("on", today, &ok);
    const QString sub = args.value(0, QStringLiteral("list"));
    const Database db = CliDatabase::open(m_databasePath);
    CliResult result;
    if (!ok)
        return CliResult::badInput(tr("Dates are written YYYY-MM-DD."));
    if (sub == u"list") {
        const auto [from, to] = period(&ok);
        if (!ok)
            return CliResult::badInput(tr("Dates are written YYYY-MM-DD."));
        QJsonArray rows;
        for (const RequestStore::Request &r : RequestStore::list(db.connection(), from, to, m_parser.isSet(QStringLiteral("open")))) {
            result.lines.append(QStringLiteral("%1  %2  %3  %4  %5  %6").arg(r.id).arg(iso(r.raisedOn), r.enterprise, r.department, r.content,
                                                                         RequestStore::stateName(r.state)));
            rows.append(QJsonObject{{QStringLiteral("id"), r.id}, {QStringLiteral("raised"), iso(r.raisedOn)}, {QStringLiteral("deadline"), iso(r.deadline)},
                                    {QStringLiteral("closed"), iso(r.closedOn)}, {QStringLiteral("state"), r.state},
                                    {QStringLiteral("content"), r.content}, {QStringLiteral("answer"), r.answer}});
        }
        result.json = {{QStringLiteral("requests"), rows}};
        return result;
    }
    if (sub == u"forum") {
        const qint64 id = RequestStore::createForum(db.connection(), on, value("title"), value("kind"), value("place"), args.mid(1));
        result.lines.append(tr("Forum %1 recorded with %n enterprise(s).", nullptr, int(args.size() - 1)).arg(id));
        result.json = {{QStringLiteral("id"), id}};
        return result;
    }
    if (sub == u"raise" && args.size() == 1) {
        const qint64 department = DepartmentDirectory(db.connection()).find(value("department"));
        if (department == 0)
            return CliResult::badInput(tr("--department needs the name of a department."));
        const QDate deadline = date("deadline", QDate(), &ok);
        const qint64 forum = value("forum").isEmpty() ? 0 : number(value("forum"), &ok);
        if (!ok)
            return CliResult::badInput(tr("--deadline is a date and --forum a number."));
        const qint64 id = RequestStore::raise(db.connection(), forum, value("uscc"), department, value("content"), on, deadline);
        result.lines.append(tr("Request %1 recorded.").arg(id));
        result.json = {{QStringLiteral("id"), id}};
        return result;
    }
    const qint64 id = number(args.value(1), &ok);
    if (!ok || args.size() != 2)
        return CliResult::badInput(tr("Name the request by its number."));
    if (sub == u"answer") {
        RequestStore::answer(db.connection(), id, value("answer"), on);
        result.lines.append(tr("Request %1 answered.").arg(id));
    } else if (sub == u"feedback") {
        const bool satisfied = m_parser.isSet(QStringLiteral("satisfied"));
        if (satisfied == m_parser.isSet(QStringLiteral("unsatisfied")))
            return CliResult::badInput(tr("Give either --satisfied or --unsatisfied."));
        RequestStore::feedback(db.connection(), id, satisfied, value("note"), on);
        result.lines.append(satisfied ? tr("Request %1 closed; the enterprise is satisfied.").arg(id)
                                      : tr("Request %1 reopened.").arg(id));
    } else {
        return CliResult::badInput(tr("Unknown requests command %1.").arg(sub));
    }
    return result;
}

CliResult CliServiceCommands::trainings(const QStringList &args)
{
    bool ok = true;
    const QDate today = QDate::currentDate();
    const QString sub = args.value(0, QStringLiteral("list"));
    const Database db = CliDatabase::open(m_databasePath);
    CliResult result;
    if (sub == u"add") {
        const QDate on = date("on", today, &ok);
        if (!ok)
            return CliResult::badInput(tr("Dates are written YYYY-MM-DD."));
        const qint64 id = TrainingStore::create(db.connection(), on, value("topic"), value("kind"), value("place"), args.mid(1));
        result.lines.append(tr("Session %1 recorded with %n enterprise(s).", nullptr, int(args.size() - 1)).arg(id));
        result.json = {{QStringLiteral("id"), id}};
        return result;
    }
    if (sub != u"list")
        return CliResult::badInput(tr("Unknown trainings command %1.").arg(sub));
    const auto [from, to] = period(&ok);
    if (!ok)
        return CliResult::badInput(tr("Dates are written YYYY-MM-DD."));
    QJsonArray rows;
    for (const TrainingStore::Session &s : TrainingStore::list(db.connection(), from, to)) {
        result.lines.append(QStringLiteral("%1  %2  %3  %4  %5").arg(s.id).arg(iso(s.heldOn), TrainingStore::kindName(s.kind), s.topic)
                                .arg(s.attendees));
        rows.append(QJsonObject{{QStringLiteral("id"), s.id}, {QStringLiteral("held"), iso(s.heldOn)}, {QStringLiteral("kind"), s.kind},
                                {QStringLiteral("topic"), s.topic}, {QStringLiteral("attendees"), s.attendees}});
    }
    result.json = {{QStringLiteral("trainings"), rows}};
    return result;
}

CliResult CliServiceCommands::repairs(const QStringList &args)
{
    bool ok = true;
    const QDate asOf = date("as-of", QDate::currentDate(), &ok);
    if (!ok)
        return CliResult::badInput(tr("Dates are written YYYY-MM-DD."));
    const QString sub = args.value(0, QStringLiteral("list"));
    const Database db = CliDatabase::open(m_databasePath);
    const CreditRuleBook book = CreditRuleStore::load(db.connection());
    const QList<RepairHelp::Candidate> candidates = RepairHelp::candidates(db.connection(), book, asOf);
    CliResult result;
    if (sub == u"list") {
        QJsonArray rows;
        for (const RepairHelp::Candidate &k : candidates) {
            result.lines.append(QStringLiteral("%1  %2  %3  %4  %5").arg(k.eventId).arg(k.enterprise, k.eventName, iso(k.eventDate),
                                                                        tr("may apply since %1").arg(iso(k.repairableFrom))));
            rows.append(QJsonObject{{QStringLiteral("event"), k.eventId}, {QStringLiteral("uscc"), k.uscc}, {QStringLiteral("kind"), k.eventName},
                                    {QStringLiteral("repairableFrom"), iso(k.repairableFrom)}, {QStringLiteral("noticed"), iso(k.noticedOn)}});
        }
        result.lines.append(tr("%n enterprise event(s) may be repaired now.", nullptr, int(candidates.size())));
        result.json = {{QStringLiteral("candidates"), rows}};
        return result;
    }
    const qint64 event = number(args.value(1), &ok);
    if (!ok || args.size() != 2)
        return CliResult::badInput(tr("Name the credit event by its number (see services repairs list)."));
    const auto found = std::find_if(candidates.cbegin(), candidates.cend(), [event](const RepairHelp::Candidate &k) { return k.eventId == event; });
    if (found == candidates.cend())
        return CliResult::badInput(tr("Credit event %1 cannot be repaired on %2.").arg(event).arg(iso(asOf)));
    if (sub == u"notice") {
        const QString out = value("out");
        if (out.isEmpty())
            return CliResult::badInput(tr("--out needs the folder to write the notice into."));
        const auto document = RepairHelp::notice(*found, CaseDocuments::loadTemplates(db.path()), asOf);
        const QStringList files = CaseDocuments::write(db.connection(), {document}, found->uscc + QStringLiteral("-") + QString::number(event), out);
        RepairHelp::recordNotice(db.connection(), event, asOf);
        result.lines.append(tr("Notice for %1 written: %2").arg(found->enterprise, files.join(QStringLiteral(", "))));
        result.json = {{QStringLiteral("files"), QJsonArray::fromStringList(files)}};
    } else if (sub == u"apply") {
        const qint64 repair = RepairHelp::applyHelped(db.connection(), book, event, asOf);
        result.lines.append(tr("Repair %1 applied for %2 with the service's help.").arg(repair).arg(found->enterprise));
        result.json = {{QStringLiteral("repair"), repair}};
    } else {
        return CliResult::badInput(tr("Unknown repairs command %1.").arg(sub));
    }
    return result;
}

CliResult CliServiceCommands::history(const QStringList &args)
{
    if (args.size() != 1)
        return CliResult::badInput(tr("Usage: faircheck-cli services history USCC"));
    const Database db = CliDatabase::open(m_databasePath);
    CliResult result;
    QJsonArray rows;
    for (const ServiceHistory::Entry &e : ServiceHistory::forEnterprise(db.connection(), args.first())) {
        result.lines.append(QStringLiteral("%1  %2  %3").arg(iso(e.date), ServiceHistory::kindName(e.kind), e.text));
        rows.append(QJsonObject{{QStringLiteral("date"), iso(e.date)}, {QStringLiteral("kind"), e.kind}, {QStringLiteral("text"), e.text}});
    }
    result.json = {{QStringLiteral("history"), rows}};
    return result;
}

CliResult CliServiceCommands::figures()
{
    const QDate month = QDate::fromString(value("month") + QStringLiteral("-01"), Qt::ISODate);
    if (!month.isValid())
        return CliResult::badInput(tr("Usage: faircheck-cli services figures --month YYYY-MM"));
    const Database db = CliDatabase::open(m_databasePath);
    // The report's services strand, plus invited visits: one definition for all of them.
    const QStringList ids = MonthlyReport::serviceIndicatorIds() + QStringList{QStringLiteral("invited_visits")};
    const QList<IndicatorModel::Value> values = IndicatorModel::compute(db.connection(), IndicatorModel::Scope::month(month));
    CliResult result;
    QJsonArray rows;
    for (const IndicatorModel::Value &v : values) {
        if (!ids.contains(v.id))
            continue;
        const IndicatorModel::Definition *d = IndicatorModel::definition(v.id);
        result.lines.append(QStringLiteral("  %1  %2").arg(QLocale().language() == QLocale::Chinese ? d->nameZh : d->nameEn,
                                                              IndicatorModel::format(*d, v)));
        rows.append(QJsonObject{{QStringLiteral("id"), v.id}, {QStringLiteral("value"), v.value}});
    }
    result.json = {{QStringLiteral("month"), value("month")}, {QStringLiteral("figures"), rows}};
    return result;
}

QList<CliCommand> CliServiceCommands::registered()
{
    // Each command runs through a fresh group object, as the registry calls it.
    return {
        {QStringLiteral("services"),
         {
             {QStringLiteral("services invitations [list|request USCC --scope TEXT|schedule N --officer ID --expert NAME --on DATE|advise N --advice TEXT --on DATE|decline N --reason TEXT]"),
              QT_TRANSLATE_NOOP("CliCommand", "invitation inspections (邀约式检查)"),
              "邀约式检查: an enterprise's invitation scheduled as an invited visit with a \"1 + 1\" team (officer and technical expert), the advice recorded; invited visits never produce violations or penalty cases (the schema refuses them) and count +2 in credit"},
             {QStringLiteral("services requests [list [--open]|forum …|raise …|answer N …|feedback N --satisfied|--unsatisfied …]"),
              QT_TRANSLATE_NOOP("CliCommand", "forums and enterprises' requests to closure"),
              "forums with enterprises and their requests: owner department, deadline, answer, the enterprise's feedback (unsatisfied reopens), every step dated with who took it"},
             {QStringLiteral("services trainings [list|add --topic T --kind K --on DATE USCC...] / services repairs [list|notice EVENT --out DIR|apply EVENT]"),
              QT_TRANSLATE_NOOP("CliCommand", "training sessions; credit-repair help"),
              "training sessions and their attendees (all or none); enterprises that may apply for credit repair now, a notice (PDF, DOCX) and applications made with the service's help"},
             {QStringLiteral("services history USCC / services figures --month YYYY-MM"),
              QT_TRANSLATE_NOOP("CliCommand", "one enterprise's service history; the month's service figures"),
              "one enterprise's service history; the month's service figures (the report's services strand; enterprises counted once)"},
         },
         [](const CliCommand::Context &c, const QStringList &args) { return CliServiceCommands(c.parser, c.databasePath).run(args); },
         {QStringLiteral("advice"), QStringLiteral("answer"), QStringLiteral("as-of"), QStringLiteral("contact"),
          QStringLiteral("content"), QStringLiteral("deadline"), QStringLiteral("department"),
          QStringLiteral("expert"), QStringLiteral("follow-up"), QStringLiteral("forum"), QStringLiteral("from"),
          QStringLiteral("kind"), QStringLiteral("month"), QStringLiteral("note"), QStringLiteral("officer"),
          QStringLiteral("on"), QStringLiteral("open"), QStringLiteral("out"), QStringLiteral("place"),
          QStringLiteral("reason"), QStringLiteral("satisfied"), QStringLiteral("scope"), QStringLiteral("status"),
          QStringLiteral("title"), QStringLiteral("to"), QStringLiteral("topic"), QStringLiteral("unsatisfied"),
          QStringLiteral("uscc"), QStringLiteral("wanted")}},
    };
}
