#include "CliCaseCommands.h"

#include "CliDatabase.h"
#include "CliOptions.h"

#include "db/Database.h"
#include "discretion/CaseDocuments.h"
#include "discretion/PenaltyCaseStore.h"
#include "io/FieldParser.h"
#include "domain/Fen.h"

#include <QJsonArray>
#include <QLocale>

namespace {

QString yuan(qint64 fen)
{
    return Fen(fen).yuan();
}

QJsonObject caseJson(const PenaltyCaseStore::Row &r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("caseNo"), r.caseNo},
            {QStringLiteral("department"), r.department},
            {QStringLiteral("enterprise"), r.enterprise},
            {QStringLiteral("uscc"), r.uscc},
            {QStringLiteral("item"), r.itemCode},
            {QStringLiteral("listVersion"), r.listVersion},
            {QStringLiteral("decided"), r.decided.toString(Qt::ISODate)},
            {QStringLiteral("violated"), r.violated.toString(Qt::ISODate)},
            {QStringLiteral("itemRule"), r.itemRule},
            {QStringLiteral("grounds"), QJsonArray::fromStringList(r.grounds)},
            {QStringLiteral("lighterKind"), r.lighterKind},
            {QStringLiteral("outcome"), r.outcome.code()},
            {QStringLiteral("fineFen"), r.fineFen},
            {QStringLiteral("referenceFen"), r.referenceFen},
            {QStringLiteral("flag"), r.flag},
            {QStringLiteral("delivered"), r.delivered.toString(Qt::ISODate)},
            {QStringLiteral("status"), r.status}};
}

} // namespace

CliCaseCommands::CliCaseCommands(const QCommandLineParser &parser, QString databasePath)
    : m_parser(parser)
    , m_databasePath(std::move(databasePath))
{
}

QDate CliCaseCommands::date(const char *option, bool *ok) const
{
    *ok = true;
    return CliOptions(m_parser).date(option, QDate(), ok);
}

CliResult CliCaseCommands::run(const QStringList &args)
{
    const QString usage = tr("Usage: faircheck-cli case record CASE_NO --uscc USCC --item ITEM --decided DATE [--violated DATE] "
                             "--outcome OUTCOME [--fine YUAN] [--note FACTS] [--open] [--ground G]... [--lighter-kind]\n"
                             "       faircheck-cli case list [--flagged] [--from DATE] [--to DATE]\n"
                             "       faircheck-cli case figures --from DATE --to DATE\n"
                             "       faircheck-cli case docs CASE --out DIR\n"
                             "       faircheck-cli case deliver CASE --on DATE\n"
                             "       faircheck-cli case item CASE ITEM");
    const QString sub = args.value(0);
    if (sub == u"record" && args.size() == 2)
        return record(args.at(1));
    if (sub == u"list" && args.size() == 1)
        return list();
    if (sub == u"figures" && args.size() == 1)
        return figures();
    if (sub == u"docs" && args.size() == 2)
        return docs(args.at(1));
    if (sub == u"deliver" && args.size() == 2)
        return deliver(args.at(1));
    if (sub == u"item" && args.size() == 3)
        return attachItem(args.at(1), args.at(2));
    return CliResult::badInput(usage);
}

CliResult CliCaseCommands::record(const QString &caseNo)
{
    bool ok = false;
    const QDate decided = date("decided", &ok);
    if (!ok || !decided.isValid())
        return CliResult::badInput(tr("--decided needs the decision date (YYYY-MM-DD)."));
    const QString fineText = m_parser.value(QStringLiteral("fine"));
    const std::optional<Fen> fine = fineText.isEmpty() ? std::optional<Fen>(Fen()) : Fen::fromYuan(fineText);
    if (!fine)
        return CliResult::badInput(tr("--fine needs an amount of yuan, such as 18500 or 18500.50."));
    PenaltyCaseStore::NewCase input;
    input.caseNo = caseNo;
    input.uscc = m_parser.value(QStringLiteral("uscc"));
    input.item = m_parser.value(QStringLiteral("item"));
    input.decided = decided;
    const std::optional<PenaltyOutcome> outcome = PenaltyOutcome::fromCode(m_parser.value(QStringLiteral("outcome")));
    if (!outcome)
        return CliResult::badInput(tr("--outcome is one of %1.").arg(PenaltyOutcome::decidableCodes().join(QStringLiteral(", "))));
    input.outcome = *outcome;
    input.fineFen = fine->count();
    input.facts = m_parser.value(QStringLiteral("note"));
    input.open = m_parser.isSet(QStringLiteral("open"));
    input.violated = date("violated", &ok);
    if (!ok)
        return CliResult::badInput(tr("--violated needs the date of the violation (YYYY-MM-DD)."));
    for (const QString &list : m_parser.values(QStringLiteral("ground")))
        input.grounds += list.split(u',', Qt::SkipEmptyParts);
    input.lighterKind = m_parser.isSet(QStringLiteral("lighter-kind"));
    const Database db = CliDatabase::open(m_databasePath);
    const PenaltyCaseStore::Row row = PenaltyCaseStore::record(db.connection(), input);
    CliResult result;
    result.lines.append(tr("Case %1 recorded under item %2 (list version %3): %4, fine %5 yuan.")
                            .arg(row.caseNo, row.itemCode, row.listVersion, row.outcome.name(), yuan(row.fineFen)));
    result.lines.append(tr("Checked against %1.").arg(row.itemRuleText()));
    if (row.outsideBenchmark())
        result.lines.append(tr("Outside the benchmark: %1.").arg(PenaltyCaseStore::flagText(row.flag)));
    result.json = caseJson(row);
    return result;
}

CliResult CliCaseCommands::list()
{
    bool fromOk = false, toOk = false;
    PenaltyCaseStore::Filter filter;
    filter.from = date("from", &fromOk);
    filter.to = date("to", &toOk);
    if (!fromOk || !toOk)
        return CliResult::badInput(tr("--from and --to are dates (YYYY-MM-DD)."));
    filter.flaggedOnly = m_parser.isSet(QStringLiteral("flagged"));
    filter.limit = 100000;
    const Database db = CliDatabase::open(m_databasePath);
    CliResult result;
    QJsonArray cases;
    for (const PenaltyCaseStore::Row &r : PenaltyCaseStore::list(db.connection(), filter)) {
        result.lines.append(QStringLiteral("%1  %2  %3  %4  %5  %6%7")
                                .arg(r.decided.toString(Qt::ISODate), r.caseNo, r.enterprise, r.outcome.name(),
                                     yuan(r.fineFen),
                                     r.outsideBenchmark() ? QStringLiteral("  ⚑ ") : QStringLiteral("  "), PenaltyCaseStore::flagText(r.flag)));
        cases.append(caseJson(r));
    }
    result.lines.append(tr("%n case(s).", nullptr, int(cases.size())));
    result.json = {{QStringLiteral("cases"), cases}};
    return result;
}

CliResult CliCaseCommands::figures()
{
    bool fromOk = false, toOk = false;
    const QDate from = date("from", &fromOk);
    const QDate to = date("to", &toOk);
    if (!fromOk || !toOk || !from.isValid() || !to.isValid() || to < from)
        return CliResult::badInput(tr("--from and --to are needed, as dates (YYYY-MM-DD), --to not before --from."));
    const Database db = CliDatabase::open(m_databasePath);
    CliResult result;
    QJsonArray rows;
    result.lines.append(tr("Month    Department  Cases  Lenient  Fines waived (yuan)  Outside benchmark"));
    for (const PenaltyCaseStore::Figure &f : PenaltyCaseStore::figures(db.connection(), from, to)) {
        result.lines.append(QStringLiteral("%1  %2  %3  %4  %5  %6").arg(f.month, f.department).arg(f.cases).arg(f.lenientCases)
                                .arg(yuan(f.finesWaivedFen)).arg(f.flagged));
        rows.append(QJsonObject{{QStringLiteral("month"), f.month}, {QStringLiteral("department"), f.department},
                                {QStringLiteral("cases"), f.cases}, {QStringLiteral("lenientCases"), f.lenientCases},
                                {QStringLiteral("finesWaivedFen"), f.finesWaivedFen}, {QStringLiteral("flagged"), f.flagged}});
    }
    result.json = {{QStringLiteral("figures"), rows}};
    return result;
}

CliResult CliCaseCommands::docs(const QString &caseNo)
{
    const QString out = m_parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return CliResult::badInput(tr("--out needs the folder to write the documents into."));
    const Database db = CliDatabase::open(m_databasePath);
    const std::optional<PenaltyCaseStore::Row> row = PenaltyCaseStore::find(db.connection(), caseNo);
    if (!row)
        return CliResult::badInput(tr("Case %1: not found.").arg(caseNo));
    const auto documents = CaseDocuments::build(*row, CaseDocuments::loadTemplates(db.path()));
    const QStringList files = CaseDocuments::write(db.connection(), documents, row->caseNo, out);
    CliResult result;
    for (const CaseDocuments::Document &d : documents)
        result.lines.append(d.title);
    result.lines.append(tr("%n file(s) written to %1.", nullptr, int(files.size())).arg(out));
    result.json = {{QStringLiteral("case"), row->caseNo}, {QStringLiteral("files"), QJsonArray::fromStringList(files)}};
    return result;
}

CliResult CliCaseCommands::deliver(const QString &caseNo)
{
    bool ok = false;
    const QDate on = date("on", &ok);
    if (!ok || !on.isValid())
        return CliResult::badInput(tr("--on needs the delivery date (YYYY-MM-DD)."));
    const Database db = CliDatabase::open(m_databasePath);
    PenaltyCaseStore::markDelivered(db.connection(), caseNo, on);
    CliResult result;
    result.lines.append(tr("Case %1: documents delivered on %2.").arg(caseNo, on.toString(Qt::ISODate)));
    return result;
}

CliResult CliCaseCommands::attachItem(const QString &caseNo, const QString &item)
{
    const Database db = CliDatabase::open(m_databasePath);
    const PenaltyCaseStore::Row row = PenaltyCaseStore::attachItem(db.connection(), caseNo, item);
    CliResult result;
    result.lines.append(tr("Case %1: benchmark item %2 (list %3) attached.").arg(row.caseNo, row.itemCode, row.listVersion));
    if (!row.flag.isEmpty())
        result.lines.append(tr("Checked against it: %1.").arg(PenaltyCaseStore::flagText(row.flag)));
    result.json = caseJson(row);
    return result;
}

QList<CliCommand> CliCaseCommands::registered()
{
    // Each command runs through a fresh group object, as the registry calls it.
    return {
        {QStringLiteral("case"),
         {
             {QStringLiteral("case record CASE_NO --uscc USCC --item CODE --decided DATE [--violated DATE] --outcome no_penalty|reduced|lighter|standard|heavier [--fine YUAN] [--ground G]... [--lighter-kind] [--note FACTS]"),
              QT_TRANSLATE_NOOP("CliCommand", "record a penalty case; says if it is outside its benchmark"),
              "record a penalty case under the item version in force on the violation date, or the decision date's when that is lighter (行政处罚法 art. 37), saying which applied; `--ground` gives a mandatory ground of a lenient outcome; says when the case falls outside its benchmark"},
             {QStringLiteral("case list [--flagged] [--from DATE] [--to DATE] / case figures --from DATE --to DATE"),
              QT_TRANSLATE_NOOP("CliCommand", "cases with their flags; lenient cases and fines waived"),
              "cases with their benchmark check; lenient cases, fines waived (reference − imposed) and flagged cases by month and department"},
             {QStringLiteral("case docs CASE --out DIR / case deliver CASE --on DATE"),
              QT_TRANSLATE_NOOP("CliCommand", "the 三书同达 documents; record their delivery"),
              "the 三书同达 bundle (penalty decision, guidance recommendation, credit-repair notice; or the no-penalty decision with guidance) as PDF and DOCX; record its delivery"},
             {QStringLiteral("case item CASE ITEM"),
              QT_TRANSLATE_NOOP("CliCommand", "attach the benchmark item to a case recorded without one"),
              "give a case recorded without a benchmark item the item (code or id) of its own department in force on its decision date; once — an item a case has is never swapped (also the cases page's Attach button)"},
         },
         [](const CliCommand::Context &c, const QStringList &args) { return CliCaseCommands(c.parser, c.databasePath).run(args); },
         {QStringLiteral("uscc"), QStringLiteral("item"), QStringLiteral("decided"), QStringLiteral("violated"),
          QStringLiteral("outcome"), QStringLiteral("fine"), QStringLiteral("ground"), QStringLiteral("lighter-kind"),
          QStringLiteral("note"), QStringLiteral("open"), QStringLiteral("flagged"), QStringLiteral("from"),
          QStringLiteral("to"), QStringLiteral("out"), QStringLiteral("on")}},
    };
}
