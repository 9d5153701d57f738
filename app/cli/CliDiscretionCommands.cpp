#include "CliDiscretionCommands.h"

#include "CliDatabase.h"
#include "CliIoCommands.h"
#include "db/Database.h"
#include "discretion/DiscretionStore.h"
#include "discretion/DiscretionSearch.h"
#include "io/FieldParser.h"
#include "domain/Fen.h"

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
                             "no_fault = yes|no, amount) [--on DATE] | import FILE --list NAME --list-version V --effective DATE [--list-kind lenient] [--dry-run]");
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
        const QStringList also = DiscretionSearch::alsoSearched(db.connection(), args.at(1));
        if (!also.isEmpty())
            result.lines.append(tr("Also searched: %1").arg(also.join(tr(", "))));
        result.json = {{QStringLiteral("query"), args.at(1)}, {QStringLiteral("results"), items},
                       {QStringLiteral("alsoSearched"), QJsonArray::fromStringList(also)}};
        return result;
    }
    if (args.size() < 2 || args.first() != u"assess")
        return CliResult::badInput(usage);
    QStringList pairs = m_parser.values(QStringLiteral("facts"));
    pairs += args.mid(2);
    DiscretionAssessment::Facts facts;
    for (const QString &pair : std::as_const(pairs)) {
        const QString key = pair.section(QLatin1Char('='), 0, 0).trimmed();
        const QString value = pair.section(QLatin1Char('='), 1).trimmed();
        if (key == u"amount") {
            const std::optional<Fen> fen = Fen::fromYuan(value);
            if (!fen)
                return CliResult::badInput(tr("amount needs a number of yuan, such as 1200 or 1200.50."));
            facts.amountFen = fen->count();
            continue;
        }
        const QString refused = facts.set(key, value);
        if (!refused.isEmpty())
            return CliResult::badInput(refused + QLatin1Char('\n') + usage);
    }
    if (!facts.conflict().isEmpty())
        return CliResult::badInput(facts.conflict());
    // The list version in force on the date that matters (today unless --on says).
    const QDate on = m_parser.isSet(QStringLiteral("on")) ? QDate::fromString(m_parser.value(QStringLiteral("on")), Qt::ISODate)
                                                          : QDate::currentDate();
    if (!on.isValid())
        return CliResult::badInput(tr("--on needs a date (YYYY-MM-DD)."));
    const Database db = CliDatabase::open(m_databasePath);
    const auto item = DiscretionStore::item(db.connection(), args.at(1), on);
    if (!item)
        return CliResult::badInput(tr("No benchmark item has the id or code %1 in a list in force on %2.").arg(args.at(1), on.toString(Qt::ISODate)));
    const DiscretionAssessment::Result r = DiscretionAssessment::assess(*item, facts);
    static const char *const outcomes[] = {"no_penalty", "discretionary_no_penalty", "lighter_or_reduced", "standard", "heavier"};
    CliResult result;
    const QLocale locale;
    result.lines.append(QStringLiteral("%1 %2").arg(item->code, item->violation));
    result.lines.append(tr("Outcome: %1").arg(DiscretionAssessment::outcomeName(r.outcome)));
    if (r.maxFen > 0)
        result.lines.append(tr("Fine: %1 to %2 yuan").arg(Fen(r.minFen).yuan(locale), Fen(r.maxFen).yuan(locale)));
    for (const QString &line : std::as_const(r.basis))
        result.lines.append(QStringLiteral("  ") + line);
    result.lines.append(tr("Documents: %1").arg(r.documents.join(tr(", "))));
    // Unknown facts are never assumed in the party's favour: say which could change the outcome.
    QStringList missingNames;
    for (const QString &key : std::as_const(r.missing))
        missingNames.append(DiscretionAssessment::factName(key));
    if (!r.missing.isEmpty())
        result.lines.append(tr("Provisional: still needed to decide — %1.").arg(missingNames.join(tr("; "))));
    result.json = {{QStringLiteral("item"), item->id}, {QStringLiteral("code"), item->code},
                   {QStringLiteral("outcome"), QString::fromLatin1(outcomes[int(r.outcome)])}, {QStringLiteral("band"), r.band},
                   {QStringLiteral("minFen"), r.minFen}, {QStringLiteral("maxFen"), r.maxFen},
                   {QStringLiteral("basis"), QJsonArray::fromStringList(r.basis)},
                   {QStringLiteral("documents"), QJsonArray::fromStringList(r.documents)},
                   {QStringLiteral("lenientBlocked"), r.lenientBlocked},
                   {QStringLiteral("missing"), QJsonArray::fromStringList(r.missing)}};
    return result;
}

QList<CliCommand> CliDiscretionCommands::registered()
{
    // Each command runs through a fresh group object, as the registry calls it.
    return {
        {QStringLiteral("discretion"),
         {
             {QStringLiteral("discretion search TEXT / discretion assess ITEM [--facts KEY=VALUE]..."),
              QT_TRANSLATE_NOOP("CliCommand", "benchmark items; the lawful outcome under one"),
              "benchmark items by violation, provision or department (FTS5 trigram; the list version in force today); the lawful outcome under an item (行政处罚法 arts. 32–33, red-line items never lenient) with fine band, legal basis and the documents to issue"},
             {QStringLiteral("discretion import FILE --list NAME --list-version V --effective DATE [--list-kind lenient] [--dry-run]"),
              QT_TRANSLATE_NOOP("CliCommand", "a new version of a discretion list, all or nothing"),
              "a new version of a discretion list from .xlsx/.xls/.csv, one row per item and band (事项编码, 实施部门, 违法行为, 违法依据, 处罚依据, 处罚种类, 法定罚款上下限, 红线事项, 裁量阶次, 适用情形, 阶次罚款上下限); versions are never overwritten, and items a case was decided under are frozen"},
         },
         [](const CliCommand::Context &c, const QStringList &args) { return CliDiscretionCommands(c.parser, c.databasePath).discretion(args); },
         {QStringLiteral("facts"), QStringLiteral("list"), QStringLiteral("list-version"), QStringLiteral("effective"),
          QStringLiteral("list-kind"), QStringLiteral("dry-run"), QStringLiteral("on")}},
    };
}
