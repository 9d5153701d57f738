#include "CliDiscretionCommands.h"

#include "CliDatabase.h"
#include "CliIoCommands.h"
#include "db/Database.h"
#include "discretion/DiscretionRepository.h"
#include "discretion/DiscretionSearch.h"
#include "io/FieldParser.h"

#include <QJsonArray>
#include <QLocale>

CliDiscretionCommands::CliDiscretionCommands(const QCommandLineParser &parser, QString databasePath)
    : m_parser(parser)
    , m_databasePath(std::move(databasePath))
{
}

CliResult CliDiscretionCommands::discretion(const QStringList &args)
{
    const QString usage = tr("Usage: faircheck-cli discretion search TEXT | assess ITEM [--facts KEY=VALUE]... (keys: "
                             "first_violation, harm none|slight|serious, corrected, harm_removed, coerced, confessed, meritorious, "
                             "no_fault, amount) | import FILE --list NAME --list-version V --effective DATE [--list-kind lenient] [--dry-run]");
    if (args.size() == 2 && args.first() == u"import") {
        return CliIoCommands(m_parser, m_databasePath)
            .importFile(QStringLiteral("discretion"), args.at(1),
                        {{QStringLiteral("list"), m_parser.value(QStringLiteral("list"))},
                         {QStringLiteral("version"), m_parser.value(QStringLiteral("list-version"))},
                         {QStringLiteral("effective_from"), m_parser.value(QStringLiteral("effective"))},
                         {QStringLiteral("list_kind"), m_parser.isSet(QStringLiteral("list-kind"))
                                                           ? m_parser.value(QStringLiteral("list-kind")) : QStringLiteral("benchmark")}});
    }
    if (args.size() == 2 && args.first() == u"search") {
        const Database db = CliDatabase::open(m_databasePath);
        CliResult result;
        QJsonArray items;
        for (const DiscretionSearch::Hit &h : DiscretionSearch::search(db.connection(), args.at(1))) {
            result.lines.append(QStringLiteral("%1  %2  %3  %4").arg(h.id).arg(h.code, h.department, h.violation));
            items.append(QJsonObject{{QStringLiteral("id"), h.id}, {QStringLiteral("code"), h.code},
                                     {QStringLiteral("department"), h.department}, {QStringLiteral("violation"), h.violation},
                                     {QStringLiteral("provisions"), h.provisions}, {QStringLiteral("redLine"), h.redLine}});
        }
        result.json = {{QStringLiteral("query"), args.at(1)}, {QStringLiteral("results"), items}};
        return result;
    }
    if (args.size() < 2 || args.first() != u"assess")
        return CliResult::badInput(usage);
    QStringList pairs = m_parser.values(QStringLiteral("facts"));
    pairs += args.mid(2);
    DiscretionAssessment::Facts facts;
    for (const QString &pair : std::as_const(pairs)) {
        const QString key = pair.section(QLatin1Char('='), 0, 0).trimmed();
        const QString value = pair.section(QLatin1Char('='), 1).trimmed().toLower();
        const bool yes = value == u"true" || value == u"yes" || value == u"1";
        if (value != u"true" && value != u"false" && value != u"yes" && value != u"no" && value != u"1" && value != u"0"
            && key != u"harm" && key != u"amount")
            return CliResult::badInput(tr("%1: write true or false.").arg(pair));
        if (facts.set(key, yes))
            continue;
        if (key == u"harm") {
            if (value == u"none") facts.harm = DiscretionAssessment::Harm::None;
            else if (value == u"slight") facts.harm = DiscretionAssessment::Harm::Slight;
            else if (value == u"serious") facts.harm = DiscretionAssessment::Harm::Serious;
            else return CliResult::badInput(tr("harm is none, slight or serious, not %1.").arg(value));
        } else if (key == u"amount") {
            const std::optional<qint64> fen = FieldParser::yuanToFen(value);
            if (!fen)
                return CliResult::badInput(tr("amount needs a number of yuan, such as 1200 or 1200.50."));
            facts.amountFen = *fen;
        } else {
            return CliResult::badInput(tr("Unknown fact %1.").arg(key) + QLatin1Char('\n') + usage);
        }
    }
    const Database db = CliDatabase::open(m_databasePath);
    const auto item = DiscretionRepository::item(db.connection(), args.at(1));
    if (!item)
        return CliResult::badInput(tr("No benchmark item has the id or code %1.").arg(args.at(1)));
    const DiscretionAssessment::Result r = DiscretionAssessment::assess(*item, facts);
    static const char *const outcomes[] = {"no_penalty", "discretionary_no_penalty", "lighter_or_reduced", "standard", "heavier"};
    CliResult result;
    const QLocale locale;
    result.lines.append(QStringLiteral("%1 %2").arg(item->code, item->violation));
    result.lines.append(tr("Outcome: %1").arg(DiscretionAssessment::outcomeName(r.outcome)));
    if (r.maxFen > 0)
        result.lines.append(tr("Fine: %1 to %2 yuan").arg(locale.toString(r.minFen / 100.0, 'f', 2), locale.toString(r.maxFen / 100.0, 'f', 2)));
    for (const QString &line : std::as_const(r.basis))
        result.lines.append(QStringLiteral("  ") + line);
    result.lines.append(tr("Documents: %1").arg(r.documents.join(tr(", "))));
    result.json = {{QStringLiteral("item"), item->id}, {QStringLiteral("code"), item->code},
                   {QStringLiteral("outcome"), QString::fromLatin1(outcomes[int(r.outcome)])}, {QStringLiteral("band"), r.band},
                   {QStringLiteral("minFen"), r.minFen}, {QStringLiteral("maxFen"), r.maxFen},
                   {QStringLiteral("basis"), QJsonArray::fromStringList(r.basis)},
                   {QStringLiteral("documents"), QJsonArray::fromStringList(r.documents)},
                   {QStringLiteral("lenientBlocked"), r.lenientBlocked}};
    return result;
}
