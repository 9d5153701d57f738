#include "CliApplication.h"

#include "CliDatabase.h"
#include "CliCommands.h"
#include "CliRegistry.h"
#include "CliResult.h"
#include "db/Database.h"
#include "users/UserStore.h"
#include "db/AuditLog.h"
#include "db/DatabaseError.h"
#include "util/Refusal.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

void CliApplication::addOptions()
{
    m_parser.setApplicationDescription(tr("FairCheck command line: runs every engine without a window."));
    m_parser.addOptions({
        {QStringLiteral("db"), tr("Database file (default: FAIRCHECK_DB, then the per-user data folder)."), tr("path")},
        {QStringLiteral("json"), tr("Print machine-readable JSON.")},
        {QStringLiteral("user"), tr("User name written into the audit log."), tr("name")},
        {QStringLiteral("lang"), tr("Language of messages (zh_CN or en)."), tr("language")},
        {QStringLiteral("seed"), tr("demo, plan create: random seed."), tr("number")},
        {QStringLiteral("departments"), tr("plan create: the departments drawing (codes or names, comma-separated)."), tr("list")},
        {QStringLiteral("provisional-calendar"), tr("plan create: plan a period whose year has no holiday notice yet, on the statutory holidays alone.")},
        {QStringLiteral("scopes"), tr("plan create: the departments' scopes (JSON; default: built in)."), tr("file")},
        {QStringLiteral("finding"), tr("visit result: CODE=compliant, CODE=rectify:DATE or CODE=violation (may repeat)."), tr("finding")},
        {QStringLiteral("rating"), tr("visit rate: the enterprise's satisfaction, 1 to 5."), tr("number")},
        {QStringLiteral("enterprises"), tr("demo: number of enterprises."), tr("count")},
        {QStringLiteral("as-of"), tr("The date to compute for (YYYY-MM-DD); demo: last day of the history."), tr("date")},
        {QStringLiteral("full"), tr("credit recompute: every enterprise, not only those that changed.")},
        {QStringLiteral("decision"), tr("sandbox admit, credit repair: number of the decision."), tr("number")},
        {QStringLiteral("reason"), tr("credit event add, officer points: why it is recorded; services invitations decline: why."), tr("text")},
        {QStringLiteral("points"), tr("credit event add, officer points: the points."), tr("number")},
        {QStringLiteral("dry-run"), tr("import: check and count, write nothing.")},
        {QStringLiteral("sheet"), tr("import: the sheet to read (default: the first)."), tr("name")},
        {QStringLiteral("no-credit"), tr("import: leave the credit events and scores the records feed to a later credit recompute.")},
        {QStringLiteral("map"), tr("import: read a value written another way as a known one, for this run: KIND=VALUE=>TARGET (may repeat)."),
         tr("mapping")},
        {QStringLiteral("out"), tr("export: the file to write (.csv or .xlsx)."), tr("file")},
        {QStringLiteral("month"), tr("kpi: the month (YYYY-MM)."), tr("month")},
        {QStringLiteral("township"), tr("kpi: only this township."), tr("name")},
        {QStringLiteral("department"), tr("kpi: only this department; services requests raise: the owner department."), tr("name")},
        {QStringLiteral("ytd"), tr("kpi: from January to the end of the month.")},
        {QStringLiteral("format"), tr("report: pdf, xlsx or docx."), tr("format")},
        {QStringLiteral("facts"), tr("discretion assess: a fact KEY=VALUE (may repeat)."), tr("fact")},
        {QStringLiteral("list"), tr("discretion import: the list's name."), tr("name")},
        {QStringLiteral("list-version"), tr("discretion import: the list's version number."), tr("version")},
        {QStringLiteral("effective"), tr("discretion import: the date the version takes effect (YYYY-MM-DD)."), tr("date")},
        {QStringLiteral("list-kind"), tr("discretion import: benchmark (default) or lenient."), tr("kind")},
        {QStringLiteral("uscc"), tr("case record: the enterprise's USCC."), tr("code")},
        {QStringLiteral("item"), tr("case record: the benchmark item (id or code)."), tr("item")},
        {QStringLiteral("decided"), tr("case record: the decision date (YYYY-MM-DD)."), tr("date")},
        {QStringLiteral("outcome"), tr("case record: no_penalty, reduced, lighter, standard or heavier."), tr("outcome")},
        {QStringLiteral("fine"), tr("case record: the fine in yuan."), tr("yuan")},
        {QStringLiteral("violated"), tr("case record: the date of the violation (YYYY-MM-DD); the list version in force then applies unless a later one is lighter."), tr("date")},
        {QStringLiteral("ground"), tr("case record: the mandatory ground of a lenient outcome: no_fault, harm_removed, coerced, confessed or meritorious (may repeat)."), tr("ground")},
        {QStringLiteral("lighter-kind"), tr("case record: the penalty is of a lighter kind than the item prescribes (a reduced penalty).")},
        {QStringLiteral("note"), tr("case record: the facts found."), tr("text")},
        {QStringLiteral("open"), tr("case record: the case is still open; services requests list: only open requests.")},
        {QStringLiteral("flagged"), tr("case list: only cases outside their benchmark.")},
        {QStringLiteral("from"), tr("case list, case figures: first decision date (YYYY-MM-DD)."), tr("date")},
        {QStringLiteral("to"), tr("case list, case figures: last decision date (YYYY-MM-DD)."), tr("date")},
        {QStringLiteral("on"), tr("case deliver, services: the date it happened; discretion assess: the date whose list version applies (YYYY-MM-DD; default today)."), tr("date")},
        {QStringLiteral("scope"), tr("services invitations request: what the enterprise wants advice on."), tr("text")},
        {QStringLiteral("wanted"), tr("services invitations request: the date the enterprise would like."), tr("date")},
        {QStringLiteral("contact"), tr("services invitations request: whom to contact."), tr("text")},
        {QStringLiteral("officer"), tr("services invitations schedule: the officer's number."), tr("number")},
        {QStringLiteral("expert"), tr("services invitations schedule: the technical expert."), tr("name")},
        {QStringLiteral("advice"), tr("services invitations advise: the advice given."), tr("text")},
        {QStringLiteral("follow-up"), tr("services invitations advise: the follow-up date."), tr("date")},
        {QStringLiteral("status"), tr("services invitations list: only this status."), tr("status")},
        {QStringLiteral("title"), tr("services requests forum: the forum's title."), tr("text")},
        {QStringLiteral("kind"), tr("services: the kind of forum or training; finding list: only this kind."), tr("kind")},
        {QStringLiteral("place"), tr("services: where it took place."), tr("text")},
        {QStringLiteral("forum"), tr("services requests raise: the forum's number."), tr("number")},
        {QStringLiteral("content"), tr("services requests raise: what the enterprise asks for."), tr("text")},
        {QStringLiteral("deadline"), tr("services requests raise: the deadline."), tr("date")},
        {QStringLiteral("answer"), tr("services requests answer: the answer given."), tr("text")},
        {QStringLiteral("satisfied"), tr("services requests feedback: the enterprise is satisfied.")},
        {QStringLiteral("unsatisfied"), tr("services requests feedback: the enterprise is not satisfied (reopens).")},
        {QStringLiteral("topic"), tr("services trainings add: the topic."), tr("text")},
        {QStringLiteral("by"), tr("clue move: who takes the step."), tr("name")},
        {QStringLiteral("role"), tr("user add: admin, supervisor, clerk or viewer."), tr("role")},
        {QStringLiteral("name"), tr("user add: the name shown for the user; office set township: the office's name."), tr("name")},
        {QStringLiteral("dimension"), tr("officer points: political, competence, conduct, service or integrity."), tr("dimension")},
        {QStringLiteral("source"), tr("officer points: exam, training, commendation, complaint or manual."), tr("source")},
        {QStringLiteral("days"), tr("clue move assigned: the deadline in working days."), tr("number")},
        {QStringLiteral("verified"), tr("clue move verified: the complaint proved true.")},
        {QStringLiteral("overdue"), tr("clue list: only clues past their deadline.")},
        {QStringLiteral("due-soon"), tr("clue list: only clues due within three working days.")},
        {QStringLiteral("accept-no-passwords"), tr("backups restore: restore a backup whose users have no passwords over a file whose users have them.")},
        {QStringLiteral("read-only"), tr("Open the database read-only (required for a file on a network drive).")},
        {QStringLiteral("anchor"), tr("audit verify: an anchor ENTRY:HASH from a report or backup that the trail must still hold (may repeat)."), tr("anchor")},
        {QStringLiteral("checklist"), tr("review score: the filled review sheet (JSON)."), tr("file")},
        {QStringLiteral("attach"), tr("review score: a case-file PDF to attach (may repeat)."), tr("file")},
    });
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addPositionalArgument(QStringLiteral("command"), tr("The command to run, one of those listed below."));
}

QString CliApplication::usage() const
{
    return CliRegistry::usage();
}

CliResult CliApplication::dispatch(const QString &command, const QStringList &args)
{
    const CliCommand *found = CliRegistry::find(command);
    if (!found) {
        CliResult result;
        result.status = CliResult::BadInput;
        result.lines.append(tr("Unknown command: %1").arg(command));
        result.lines.append(usage());
        return result;
    }
    return found->run({m_parser, CliCommands(m_parser).databasePath()}, args);
}

void CliApplication::print(const CliResult &result) const
{
    if (m_parser.isSet(QStringLiteral("json"))) {
        QJsonObject json = result.json;
        json.insert(QStringLiteral("status"), result.status);
        if (result.status == CliResult::BadInput && !json.contains(QStringLiteral("error")))
            json.insert(QStringLiteral("error"), result.lines.join(QLatin1Char('\n')));
        QTextStream(stdout) << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
        return;
    }
    QTextStream out(result.status == CliResult::BadInput ? stderr : stdout);
    for (const QString &line : result.lines)
        out << line << Qt::endl;
}

void CliApplication::signIn()
{
    // A database with users takes writes only from a signed-in user of the right role
    // (enforced in core); --user names them, FAIRCHECK_PASSWORD carries the password.
    if (!m_parser.isSet(QStringLiteral("user")))
        return;
    const QString path = Database::resolvePath(m_parser.value(QStringLiteral("db")));
    if (!QFileInfo::exists(path))
        return;
    const Database db = CliDatabase::open(path);
    if (!UserStore::hasUsers(db.connection()))
        return;
    const QString password = qEnvironmentVariable("FAIRCHECK_PASSWORD");
    if (password.isEmpty())
        throw Refusal(tr("Set FAIRCHECK_PASSWORD to the password of %1.").arg(m_parser.value(QStringLiteral("user"))));
    UserStore::signIn(db.connection(), m_parser.value(QStringLiteral("user")), password);
}

int CliApplication::run(const QStringList &arguments)
{
    addOptions();
    if (!m_parser.parse(arguments)) {
        QTextStream(stderr) << m_parser.errorText() << Qt::endl << usage() << Qt::endl;
        return CliResult::BadInput;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        // COMMAND --help: that command's forms; --help alone: everything.
        const QStringList positional = m_parser.positionalArguments();
        const CliCommand *command = positional.isEmpty() ? nullptr : CliRegistry::find(positional.first());
        QTextStream(stdout) << (command ? CliRegistry::usage(*command) : m_parser.helpText() + QLatin1Char('\n') + usage())
                            << Qt::endl;
        return CliResult::Ok;
    }
    if (m_parser.isSet(QStringLiteral("version"))) {
        QTextStream(stdout) << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
                            << Qt::endl;
        return CliResult::Ok;
    }
    const QStringList positional = m_parser.positionalArguments();
    if (positional.isEmpty()) {
        QTextStream(stderr) << usage() << Qt::endl;
        return CliResult::BadInput;
    }
    AuditLog::setActor(m_parser.isSet(QStringLiteral("user")) ? m_parser.value(QStringLiteral("user"))
                                                               : QStringLiteral("cli:") + qEnvironmentVariable("USER", QStringLiteral("unknown")));
    CliDatabase::setReadOnly(m_parser.isSet(QStringLiteral("read-only")));
    CliResult result;
    try {
        signIn();
        result = dispatch(positional.first(), positional.mid(1));
    } catch (const Error &error) {
        result.status = CliResult::BadInput;
        result.lines.append(error.message());
        if (!error.details().isEmpty())
            result.lines.append(tr("Details: %1").arg(error.details()));
        result.json = {{QStringLiteral("error"), error.message()}, {QStringLiteral("details"), error.details()}};
    }
    print(result);
    return result.status;
}
