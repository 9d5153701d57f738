#include "CliFindingCommands.h"

#include "CliDatabase.h"
#include "db/Database.h"
#include "supervision/SupervisionFindings.h"

#include <QJsonArray>

CliFindingCommands::CliFindingCommands(const QCommandLineParser &parser, QString databasePath)
    : m_parser(parser)
    , m_databasePath(std::move(databasePath))
{
}

CliResult CliFindingCommands::finding(const QStringList &args)
{
    const QString usage = tr("Usage: faircheck-cli finding list [--month YYYY-MM] [--kind KIND] | clue KEY\n       kinds: %1")
                              .arg(SupervisionFindings::kinds().join(QStringLiteral(", ")));
    // The month asked for, else the running one up to today.
    QDate from(QDate::currentDate().year(), QDate::currentDate().month(), 1);
    QDate to = QDate::currentDate();
    if (m_parser.isSet(QStringLiteral("month"))) {
        from = QDate::fromString(m_parser.value(QStringLiteral("month")) + QStringLiteral("-01"), Qt::ISODate);
        if (!from.isValid())
            return CliResult::badInput(tr("--month needs a month (YYYY-MM)."));
        to = from.addMonths(1).addDays(-1);
    }
    const QString kind = m_parser.value(QStringLiteral("kind"));
    if (!kind.isEmpty() && !SupervisionFindings::kinds().contains(kind))
        return CliResult::badInput(usage);
    const Database db = CliDatabase::open(m_databasePath);
    CliResult result;
    if (args.value(0) == u"list" && args.size() == 1) {
        QJsonArray list;
        for (const SupervisionFindings::Finding &f : SupervisionFindings::list(db.connection(), from, to, kind)) {
            result.lines.append(QStringLiteral("%1  %2  %3  %4  %5%6\n    %7  [%8]")
                                    .arg(f.date.toString(Qt::ISODate), SupervisionFindings::kindName(f.kind), f.department, f.enterprise, f.detail,
                                         f.clueId ? tr(" (clue %1)").arg(f.clueId) : QString(), f.records.join(QStringLiteral(", ")), f.key));
            list.append(QJsonObject{{QStringLiteral("key"), f.key}, {QStringLiteral("kind"), f.kind}, {QStringLiteral("date"), f.date.toString(Qt::ISODate)},
                                    {QStringLiteral("department"), f.department}, {QStringLiteral("enterprise"), f.enterprise},
                                    {QStringLiteral("uscc"), f.uscc}, {QStringLiteral("detail"), f.detail},
                                    {QStringLiteral("rule"), SupervisionFindings::rule(f.kind)},
                                    {QStringLiteral("records"), QJsonArray::fromStringList(f.records)}, {QStringLiteral("clue"), f.clueId}});
        }
        result.lines.prepend(tr("%n finding(s) from %1 to %2.", nullptr, int(list.size()))
                                 .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
        result.json = {{QStringLiteral("from"), from.toString(Qt::ISODate)}, {QStringLiteral("to"), to.toString(Qt::ISODate)},
                       {QStringLiteral("findings"), list}};
        return result;
    }
    if (args.value(0) == u"clue" && args.size() == 2) {
        // The finding by its key, looked for in its own year.
        const QString key = args.at(1);
        const QString findingKind = key.section(u':', 0, 0);
        for (const SupervisionFindings::Finding &f :
             SupervisionFindings::list(db.connection(), QDate(2000, 1, 1), QDate::currentDate(), findingKind)) {
            if (f.key == key) {
                const qint64 clue = SupervisionFindings::toClue(db.connection(), f);
                result.lines.append(tr("Clue %1 made from the finding; its notice: faircheck-cli clue notice %1 --out DIR").arg(clue));
                result.json = {{QStringLiteral("clue"), clue}, {QStringLiteral("key"), key}};
                return result;
            }
        }
        return CliResult::badInput(tr("No finding has the key %1.").arg(key));
    }
    return CliResult::badInput(usage);
}

QList<CliCommand> CliFindingCommands::registered()
{
    // Each command runs through a fresh group object, as the registry calls it.
    return {
        {QStringLiteral("finding"),
         {
             {QStringLiteral("finding list [--month YYYY-MM] [--kind K] / finding clue KEY"),
              QT_TRANSLATE_NOOP("CliCommand", "what the records show a supervisor; a finding made a clue"),
              "what the records show: repeated checks over the county's caps (`resources/supervision/inspection-caps.json`), routine checks of sandbox members, checks without two certified officers, expired certificates, routine checks without the inspection code, cases outside their benchmark; each with its records and rule; a finding made a supervision clue (once)"},
         },
         [](const CliCommand::Context &c, const QStringList &args) { return CliFindingCommands(c.parser, c.databasePath).finding(args); },
         {QStringLiteral("month"), QStringLiteral("kind")}},
    };
}
