#include "CliCreditCommands.h"
#include "db/InputFile.h"

#include "CliDatabase.h"
#include "credit/CreditEngine.h"
#include "credit/CreditLedger.h"
#include "credit/CreditRecomputer.h"
#include "credit/CreditRepairStore.h"
#include "credit/CreditStore.h"
#include "credit/CreditRuleStore.h"
#include "credit/SandboxStore.h"
#include "db/Database.h"
#include "db/DatabaseError.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>

CliCreditCommands::CliCreditCommands(const QCommandLineParser &parser, QString databasePath)
    : m_parser(parser)
    , m_databasePath(std::move(databasePath))
{
}

bool CliCreditCommands::readAsOf()
{
    m_asOf = m_parser.isSet(QStringLiteral("as-of")) ? QDate::fromString(m_parser.value(QStringLiteral("as-of")), Qt::ISODate)
                                                     : QDate::currentDate();
    return m_asOf.isValid();
}

CliResult CliCreditCommands::credit(const QStringList &args)
{
    if (!readAsOf())
        return CliResult::badInput(tr("--as-of needs a date like 2026-11-30."));
    const QString sub = args.value(0);
    if (sub == u"rules" && args.value(1) == u"check" && args.size() == 3)
        return checkRules(args.at(2));
    const Database db = CliDatabase::open(m_databasePath);
    if (sub == u"recompute" && args.size() == 1)
        return recompute(db);
    if (sub == u"show" && args.size() == 2)
        return show(db, args.at(1));
    if (sub == u"rules" && args.value(1) == u"add" && args.size() == 3)
        return addRules(db, args.at(2));
    if (sub == u"event" && args.value(1) == u"add" && args.size() == 4)
        return addEvent(db, args.at(2), args.at(3));
    if (sub == u"repair")
        return repair(db, args.mid(1));
    return CliResult::badInput(tr("Usage: faircheck-cli credit recompute [--full] [--as-of DATE] | show USCC [--as-of DATE] | "
                    "rules check FILE | rules add FILE | event add USCC KIND --reason TEXT [--points N] [--as-of DATE] | "
                    "repair apply EVENT [--as-of DATE] | repair grant|refuse REPAIR --decision NO [--as-of DATE]"));
}

CliResult CliCreditCommands::sandbox(const QStringList &args)
{
    if (!readAsOf())
        return CliResult::badInput(tr("--as-of needs a date like 2026-11-30."));
    const QString sub = args.value(0);
    const Database db = CliDatabase::open(m_databasePath);
    if (sub == u"propose" && args.size() == 1)
        return propose(db);
    if (sub == u"list" && args.size() == 1)
        return list(db);
    if (sub == u"admit" && args.size() == 2)
        return admit(db, args.at(1));
    return CliResult::badInput(tr("Usage: faircheck-cli sandbox propose | list | admit USCC --decision NO [--as-of DATE]"));
}

CliResult CliCreditCommands::recompute(const Database &db)
{
    const QDate date = m_asOf;
    const bool full = m_parser.isSet(QStringLiteral("full"));
    QElapsedTimer timer;
    timer.start();
    const CreditRuleBook book = CreditRuleStore::load(db.connection());
    // New visits, findings, cases and verified complaints become events first.
    const qint64 derived = CreditLedger::syncFromSources(db.connection(), book);
    const auto outcome = CreditRecomputer::run(db.connection(), book, date,
                                               full ? CreditRecomputer::Mode::Full : CreditRecomputer::Mode::Incremental);
    CliResult result;
    if (derived > 0)
        result.lines.append(tr("%1 new credit events recorded from inspections, cases and complaints.").arg(derived));
    result.lines.append(tr("Credit recomputed as of %1: %2 enterprises evaluated, %3 changed, %4 left the sandbox (%5 s).")
                            .arg(date.toString(Qt::ISODate))
                            .arg(outcome.evaluated)
                            .arg(outcome.changed)
                            .arg(outcome.sandboxExits)
                            .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 2));
    result.json = {{QStringLiteral("asOf"), date.toString(Qt::ISODate)}, {QStringLiteral("full"), full},
                   {QStringLiteral("evaluated"), outcome.evaluated}, {QStringLiteral("changed"), outcome.changed},
                   {QStringLiteral("newEvents"), derived},
                   {QStringLiteral("sandboxExits"), outcome.sandboxExits}};
    return result;
}

CliResult CliCreditCommands::show(const Database &db, const QString &uscc)
{
    const QDate date = m_asOf;
    const CreditStore repository(db.connection());
    const auto id = repository.enterpriseByUscc(uscc);
    if (!id)
        return CliResult::badInput(tr("No enterprise has the USCC %1.").arg(uscc));
    const CreditResult r = repository.evaluate(CreditRuleStore::load(db.connection()), *id, date);
    CliResult result;
    result.lines.append(tr("%1 as of %2: score %3, tier %4 (rules version %5)")
                            .arg(uscc, date.toString(Qt::ISODate)).arg(r.score).arg(r.tier).arg(r.ruleVersion));
    result.lines.append(tr("  base %1").arg(r.base));
    QJsonArray entries;
    for (const CreditExplanationEntry &e : std::as_const(r.explanation)) {
        const QString points = e.points > 0 ? QStringLiteral("+%1").arg(e.points) : QString::number(e.points);
        result.lines.append(QStringLiteral("  %1  %2  %3  (v%4 %5)%6")
                                .arg(e.date.toString(Qt::ISODate), points.rightJustified(4), e.name)
                                .arg(e.ruleVersion)
                                .arg(e.article, e.note.isEmpty() ? QString() : QStringLiteral(" — ") + e.note)
                                .replace(QStringLiteral(" )"), QStringLiteral(")")));
        entries.append(QJsonObject{{QStringLiteral("event"), e.eventId}, {QStringLiteral("date"), e.date.toString(Qt::ISODate)},
                                   {QStringLiteral("kind"), e.kind}, {QStringLiteral("name"), e.name},
                                   {QStringLiteral("points"), e.points}, {QStringLiteral("rulePoints"), e.rulePoints},
                                   {QStringLiteral("ruleVersion"), e.ruleVersion}, {QStringLiteral("article"), e.article},
                                   {QStringLiteral("note"), e.note}});
    }
    if (r.redLineInForce)
        result.lines.append(tr("  red line in force until %1: tier forced to %2").arg(r.redLineUntil.toString(Qt::ISODate), r.tier));
    result.lines.append(r.eligible ? tr("  eligible for the sandbox")
                                   : tr("  not eligible for the sandbox: %1").arg(CreditEngine::joinReasons(r.ineligibleReasons)));
    result.json = {{QStringLiteral("uscc"), uscc}, {QStringLiteral("asOf"), date.toString(Qt::ISODate)},
                   {QStringLiteral("score"), r.score}, {QStringLiteral("tier"), r.tier}, {QStringLiteral("base"), r.base},
                   {QStringLiteral("ruleVersion"), r.ruleVersion}, {QStringLiteral("redLineInForce"), r.redLineInForce},
                   {QStringLiteral("sandboxEligible"), r.eligible},
                   {QStringLiteral("ineligibleReasons"), QJsonArray::fromStringList(r.ineligibleReasons)},
                   {QStringLiteral("explanation"), entries}};
    return result;
}

CliResult CliCreditCommands::checkRules(const QString &file)
{
    const CreditRuleSet rules = CreditRuleSet::parse(InputFile::readAll(file, InputFile::SmallFileLimit), file);
    CliResult result;
    result.lines.append(tr("%1: valid credit rules, version %2, effective from %3, %4 kinds of event.")
                            .arg(file).arg(rules.version).arg(rules.effectiveFrom.toString(Qt::ISODate)).arg(rules.events.size()));
    result.json = {{QStringLiteral("file"), file}, {QStringLiteral("valid"), true}, {QStringLiteral("version"), rules.version}};
    return result;
}

CliResult CliCreditCommands::addRules(const Database &db, const QString &file)
{
    const CreditRuleSet rules = CreditRuleStore::addVersion(db.connection(), InputFile::readAll(file, InputFile::SmallFileLimit), file);
    CliResult result;
    result.lines.append(tr("Credit rules version %1 stored; it takes effect on %2.")
                            .arg(rules.version).arg(rules.effectiveFrom.toString(Qt::ISODate)));
    result.json = {{QStringLiteral("version"), rules.version}, {QStringLiteral("effectiveFrom"), rules.effectiveFrom.toString(Qt::ISODate)}};
    return result;
}

CliResult CliCreditCommands::propose(const Database &db)
{
    const QDate date = m_asOf;
    const CreditRuleBook book = CreditRuleStore::load(db.connection());
    CreditRecomputer::run(db.connection(), book, date, CreditRecomputer::Mode::Incremental);
    const auto candidates = SandboxStore::propose(db.connection(), book, date);
    CliResult result;
    QJsonArray items;
    for (const auto &c : candidates) {
        result.lines.append(QStringLiteral("%1  %2  %3").arg(c.uscc).arg(c.score).arg(c.name));
        items.append(QJsonObject{{QStringLiteral("uscc"), c.uscc}, {QStringLiteral("name"), c.name}, {QStringLiteral("score"), c.score}});
    }
    result.lines.append(tr("%1 enterprises are eligible for the sandbox as of %2.").arg(candidates.size()).arg(date.toString(Qt::ISODate)));
    result.json = {{QStringLiteral("asOf"), date.toString(Qt::ISODate)}, {QStringLiteral("candidates"), items}};
    return result;
}

CliResult CliCreditCommands::list(const Database &db)
{
    const QDate date = m_asOf;
    const auto members = SandboxStore::members(db.connection(), date);
    CliResult result;
    QJsonArray items;
    for (const auto &m : members) {
        result.lines.append(QStringLiteral("%1  %2  %3  %4").arg(m.uscc, m.entered.toString(Qt::ISODate), m.decisionNo, m.name));
        items.append(QJsonObject{{QStringLiteral("uscc"), m.uscc}, {QStringLiteral("name"), m.name},
                                 {QStringLiteral("entered"), m.entered.toString(Qt::ISODate)}, {QStringLiteral("decision"), m.decisionNo}});
    }
    result.lines.append(tr("%1 sandbox members as of %2.").arg(members.size()).arg(date.toString(Qt::ISODate)));
    result.json = {{QStringLiteral("asOf"), date.toString(Qt::ISODate)}, {QStringLiteral("members"), items}};
    return result;
}

CliResult CliCreditCommands::admit(const Database &db, const QString &uscc)
{
    const QDate date = m_asOf;
    const auto id = CreditStore(db.connection()).enterpriseByUscc(uscc);
    if (!id)
        return CliResult::badInput(tr("No enterprise has the USCC %1.").arg(uscc));
    SandboxStore::admit(db.connection(), CreditRuleStore::load(db.connection()), *id, date,
                          m_parser.value(QStringLiteral("decision")));
    CliResult result;
    result.lines.append(tr("%1 admitted to the sandbox on %2.").arg(uscc, date.toString(Qt::ISODate)));
    result.json = {{QStringLiteral("uscc"), uscc}, {QStringLiteral("entered"), date.toString(Qt::ISODate)}};
    return result;
}

CliResult CliCreditCommands::addEvent(const Database &db, const QString &uscc, const QString &kind)
{
    const QDate date = m_asOf;
    const auto id = CreditStore(db.connection()).enterpriseByUscc(uscc);
    if (!id)
        return CliResult::badInput(tr("No enterprise has the USCC %1.").arg(uscc));
    bool pointsOk = true;
    const int points = m_parser.isSet(QStringLiteral("points")) ? m_parser.value(QStringLiteral("points")).toInt(&pointsOk) : 0;
    if (!pointsOk)
        return CliResult::badInput(tr("--points needs a whole number."));
    const CreditRuleBook book = CreditRuleStore::load(db.connection());
    const qint64 event = CreditLedger::addEvent(db.connection(), book, *id, date, kind, m_parser.value(QStringLiteral("reason")), points);
    CreditRecomputer::run(db.connection(), book, date, CreditRecomputer::Mode::Incremental);
    CliResult result;
    result.lines.append(tr("Credit event %1 recorded for %2.").arg(event).arg(uscc));
    result.json = {{QStringLiteral("event"), event}, {QStringLiteral("uscc"), uscc}, {QStringLiteral("kind"), kind}};
    return result;
}

CliResult CliCreditCommands::repair(const Database &db, const QStringList &args)
{
    const QDate date = m_asOf;
    bool idOk = false;
    const qint64 id = args.value(1).toLongLong(&idOk);
    if (!idOk || args.size() != 2)
        return CliResult::badInput(tr("Usage: faircheck-cli credit repair apply EVENT | grant REPAIR | refuse REPAIR [--decision NO] [--as-of DATE]"));
    const CreditRuleBook book = CreditRuleStore::load(db.connection());
    CliResult result;
    if (args.first() == u"apply") {
        const qint64 repair = CreditRepairStore::apply(db.connection(), book, id, date);
        result.lines.append(tr("Credit repair %1 applied for on %2.").arg(repair).arg(date.toString(Qt::ISODate)));
        result.json = {{QStringLiteral("repair"), repair}};
        return result;
    }
    if (args.first() != u"grant" && args.first() != u"refuse")
        return CliResult::badInput(tr("Usage: faircheck-cli credit repair apply EVENT | grant REPAIR | refuse REPAIR [--decision NO] [--as-of DATE]"));
    const bool grant = args.first() == u"grant";
    CreditRepairStore::decide(db.connection(), id, grant, date, m_parser.value(QStringLiteral("decision")));
    CreditRecomputer::run(db.connection(), book, date, CreditRecomputer::Mode::Incremental);
    result.lines.append(grant ? tr("Credit repair %1 granted.").arg(id) : tr("Credit repair %1 refused.").arg(id));
    result.json = {{QStringLiteral("repair"), id}, {QStringLiteral("granted"), grant}};
    return result;
}

QList<CliCommand> CliCreditCommands::registered()
{
    // Each command runs through a fresh group object, as the registry calls it.
    return {
        {QStringLiteral("credit"),
         {
             {QStringLiteral("credit recompute [--full] [--as-of DATE]"),
              QT_TRANSLATE_NOOP("CliCommand", "bring cached scores and tiers up to date"),
              "bring every enterprise's cached score, tier and sandbox standing up to date (incremental by default: only enterprises with new events or a due expiry)"},
             {QStringLiteral("credit show USCC [--as-of DATE]"),
              QT_TRANSLATE_NOOP("CliCommand", "score, tier and the explanation of every point"),
              "score, tier, sandbox eligibility and the explanation of every point (event, rule version, article); `--json` gives `score`, `tier`, `base`, `explanation[].points`"},
             {QStringLiteral("credit rules check FILE / credit rules add FILE"),
              QT_TRANSLATE_NOOP("CliCommand", "validate a rule file; store it as a new version"),
              "validate a credit rule file (errors name the key) / store it as a new version"},
             {QStringLiteral("credit event add USCC KIND --reason TEXT [--points N]"),
              QT_TRANSLATE_NOOP("CliCommand", "record an honour or a manual adjustment"),
              "record an honour or a supervisor's manual adjustment of an enterprise's credit with its reason (audited); the score and tier follow at once"},
             {QStringLiteral("credit repair apply EVENT / credit repair grant REPAIR / credit repair refuse REPAIR [--decision NO]"),
              QT_TRANSLATE_NOOP("CliCommand", "credit repair of a negative event"),
              "credit repair (信用修复) of a negative event after its minimum publicity: the application, then a supervisor's decision; a granted repair stops the event counting from that day"},
         },
         [](const CliCommand::Context &c, const QStringList &args) { return CliCreditCommands(c.parser, c.databasePath).credit(args); },
         {QStringLiteral("full"), QStringLiteral("as-of"), QStringLiteral("reason"), QStringLiteral("points"),
          QStringLiteral("decision")}},
        {QStringLiteral("sandbox"),
         {
             {QStringLiteral("sandbox propose / sandbox list / sandbox admit USCC --decision NO"),
              QT_TRANSLATE_NOOP("CliCommand", "eligible enterprises; current members; admission by decision"),
              "eligible enterprises / current members / admission by a supervisor's decision"},
         },
         [](const CliCommand::Context &c, const QStringList &args) { return CliCreditCommands(c.parser, c.databasePath).sandbox(args); },
         {QStringLiteral("decision"), QStringLiteral("as-of")}},
    };
}
