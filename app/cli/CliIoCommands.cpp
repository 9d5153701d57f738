#include "CliIoCommands.h"

#include "CliDatabase.h"
#include "db/Database.h"
#include "credit/CreditRefresh.h"
#include "io/DataExport.h"
#include "registry/EnterpriseExport.h"
#include "registry/EnterpriseQuery.h"
#include "io/Importer.h"
#include "io/ValueAliases.h"
#include "util/Refusal.h"

#include <QJsonArray>

CliIoCommands::CliIoCommands(const QCommandLineParser &parser, QString databasePath)
    : m_parser(parser)
    , m_databasePath(std::move(databasePath))
{
}

CliResult CliIoCommands::import(const QStringList &args)
{
    if (args.size() != 2)
        return CliResult::badInput(tr("Usage: faircheck-cli import KIND FILE [--dry-run] [--sheet NAME]"));
    if (args.at(0) == u"discretion")
        return CliResult::badInput(tr("A discretion list is imported with: faircheck-cli discretion import FILE --list NAME "
                                      "--list-version V --effective DATE"));
    return importFile(args.at(0), args.at(1));
}

CliResult CliIoCommands::importFile(const QString &kind, const QString &file, const QHash<QString, QString> &parameters)
{
    const Database db = CliDatabase::open(m_databasePath);
    Importer::Options options;
    options.dryRun = m_parser.isSet(QStringLiteral("dry-run"));
    options.sheet = m_parser.value(QStringLiteral("sheet"));
    options.parameters = parameters;
    QString mapError;
    if (!parseMaps(m_parser.values(QStringLiteral("map")), &options.valueMap, &mapError))
        return CliResult::badInput(mapError);
    // A mapping for one run is held to what a remembered one is: a dry run and the real
    // run then agree, and no register name is read as another.
    for (auto k = options.valueMap.cbegin(); k != options.valueMap.cend(); ++k) {
        for (auto it = k->cbegin(); it != k->cend(); ++it) {
            try {
                ValueAliases::check(db.connection(), k.key(), it.key(), it.value());
            } catch (const Refusal &refusal) {
                return CliResult::badInput(tr("--map %1=%2=>%3: %4").arg(k.key(), it.key(), it.value(), refusal.message()));
            }
        }
    }
    // What the records feed follows in the same transaction, as in the app, unless the
    // caller leaves it to a later `credit recompute`.
    CreditRefresh::Outcome refreshed;
    bool refreshes = CreditRefresh::follows(kind) && !m_parser.isSet(QStringLiteral("no-credit"));
    // Each name the register writes otherwise read as the suggested one: a dry run finds
    // them first. Those with no suggestion stay unresolved and refuse the import.
    QList<ImportReport::Unresolved> accepted;
    if (m_parser.isSet(QStringLiteral("accept-suggestions"))) {
        Importer::Options probe = options;
        probe.dryRun = true;
        for (const ImportReport::Unresolved &u : Importer::run(db.connection(), kind, file, probe).unresolved) {
            if (!u.suggestion.isEmpty()) {
                options.valueMap[u.kind].insert(u.value, u.suggestion);
                accepted.append(u);
            }
        }
    }
    // Remembered in the import's own transaction, so only when it succeeds.
    const bool remember = m_parser.isSet(QStringLiteral("remember"));
    const QHash<QString, QHash<QString, QString>> mappings = options.valueMap;
    options.followUp = [&, refreshes, remember](const QSqlDatabase &connection) {
        if (remember) {
            for (auto k = mappings.cbegin(); k != mappings.cend(); ++k) {
                for (auto it = k->cbegin(); it != k->cend(); ++it)
                    ValueAliases::add(connection, k.key(), it.key(), it.value());
            }
        }
        if (refreshes)
            refreshed = CreditRefresh::run(connection);
    };
    const ImportReport report = Importer::run(db.connection(), kind, file, options);
    CliResult result;
    result.lines.append(report.summary());
    for (const ImportReport::Unresolved &u : std::as_const(accepted))
        result.lines.append(tr("  read %1 “%2” as %3 (%n row(s))", nullptr, int(u.rows)).arg(u.field, u.value, u.suggestion));
    if (remember && report.applied && !mappings.isEmpty())
        result.lines.append(tr("  remembered as aliases for later imports (alias list)."));
    if (refreshes && report.applied)
        result.lines.append(tr("Credit: %1 new events, %2 enterprises scored again.").arg(refreshed.events).arg(refreshed.evaluated));
    result.lines.append(tr("Read as %1%2, header on row %3; SHA-256 %4")
                            .arg(report.encoding,
                                 report.sheet.isEmpty() ? QString() : tr(", sheet %1").arg(report.sheet))
                            .arg(report.headerRow)
                            .arg(report.sha256));
    for (const QString &created : std::as_const(report.created))
        result.lines.append(tr("  new: %1").arg(created));
    for (const QString &note : std::as_const(report.notes))
        result.lines.append(tr("  note: %1").arg(note));
    // A value the register does not know is listed once, with its rows and the closest
    // name, rather than once per row.
    QJsonArray unresolved;
    for (const ImportReport::Unresolved &u : std::as_const(report.unresolved)) {
        result.lines.append(u.suggestion.isEmpty()
                                ? tr("  unknown %1 “%2” in %n row(s); no close match", nullptr, int(u.rows)).arg(u.field, u.value)
                                : tr("  unknown %1 “%2” in %n row(s); closest: %3", nullptr, int(u.rows)).arg(u.field, u.value, u.suggestion));
        if (!u.suggestion.isEmpty())
            result.lines.append(tr("      remember it: faircheck-cli alias add %1 %2 %3   (or for this run: --map %1=%2=>%3)")
                                    .arg(u.kind, u.value, u.suggestion));
        unresolved.append(QJsonObject{{QStringLiteral("kind"), u.kind}, {QStringLiteral("field"), u.field}, {QStringLiteral("value"), u.value},
                                      {QStringLiteral("rows"), u.rows}, {QStringLiteral("suggestion"), u.suggestion}});
    }
    QJsonArray rejected;
    for (const ImportReport::Issue &issue : std::as_const(report.rejected)) {
        bool listedAbove = false;
        for (const ImportReport::Unresolved &u : std::as_const(report.unresolved))
            listedAbove = listedAbove || (u.value == issue.value && u.field == issue.field);
        if (!listedAbove)
            result.lines.append(QStringLiteral("  ") + issue.toString());
        rejected.append(QJsonObject{{QStringLiteral("row"), issue.position.row},
                                    {QStringLiteral("column"), issue.position.column >= 0 ? SourcePosition::columnName(issue.position.column) : QString()},
                                    {QStringLiteral("sheet"), issue.position.sheet}, {QStringLiteral("field"), issue.field},
                                    {QStringLiteral("value"), issue.value}, {QStringLiteral("reason"), issue.reason}});
    }
    // A file with rejected rows is bad input: nothing was imported.
    result.status = report.rejected.isEmpty() ? CliResult::Ok : CliResult::BadInput;
    result.json = {{QStringLiteral("file"), report.file}, {QStringLiteral("sha256"), report.sha256},
                   {QStringLiteral("dryRun"), report.dryRun}, {QStringLiteral("applied"), report.applied},
                   {QStringLiteral("rows"), report.rows}, {QStringLiteral("inserted"), report.inserted},
                   {QStringLiteral("updated"), report.updated}, {QStringLiteral("unchanged"), report.unchanged},
                   {QStringLiteral("rejected"), rejected}, {QStringLiteral("unresolved"), unresolved},
                   {QStringLiteral("created"), QJsonArray::fromStringList(report.created)},
                   {QStringLiteral("notes"), QJsonArray::fromStringList(report.notes)}};
    return result;
}

bool CliIoCommands::parseMaps(const QStringList &maps, QHash<QString, QHash<QString, QString>> *into, QString *error)
{
    for (const QString &map : maps) {
        const qsizetype equals = map.indexOf(u'=');
        const qsizetype arrow = map.indexOf(QLatin1String("=>"), equals + 1);
        const QString kind = map.left(equals).trimmed();
        const QString value = equals > 0 && arrow > equals ? map.mid(equals + 1, arrow - equals - 1).trimmed() : QString();
        const QString target = arrow > 0 ? map.mid(arrow + 2).trimmed() : QString();
        if (!ValueAliases::kinds().contains(kind) || value.isEmpty() || target.isEmpty()) {
            *error = tr("--map %1: write it as KIND=VALUE=>TARGET, KIND one of %2.")
                         .arg(map, ValueAliases::kinds().join(tr(", ")));
            return false;
        }
        (*into)[kind].insert(value, target);
    }
    return true;
}

CliResult CliIoCommands::alias(const QStringList &args)
{
    const QString usage = tr("Usage: faircheck-cli alias list | add KIND VALUE TARGET | remove KIND VALUE (KIND: %1)")
                              .arg(ValueAliases::kinds().join(QStringLiteral(", ")));
    const Database db = CliDatabase::open(m_databasePath);
    CliResult result;
    if (args.value(0) == u"list" && args.size() == 1) {
        QJsonArray list;
        for (const ValueAliases::Alias &a : ValueAliases::list(db.connection())) {
            result.lines.append(QStringLiteral("%1\t%2\t=> %3").arg(a.kind, a.value, a.target));
            list.append(QJsonObject{{QStringLiteral("kind"), a.kind}, {QStringLiteral("value"), a.value}, {QStringLiteral("target"), a.target}});
        }
        if (list.isEmpty())
            result.lines.append(tr("No aliases yet."));
        result.json = {{QStringLiteral("aliases"), list}};
        return result;
    }
    if (args.value(0) == u"add" && args.size() == 4) {
        const QString before = ValueAliases::add(db.connection(), args.at(1), args.at(2), args.at(3));
        result.lines.append(tr("From now on %1 “%2” is read as %3.").arg(ValueAliases::kindName(args.at(1)), args.at(2), args.at(3)));
        if (!before.isEmpty() && before != args.at(3).trimmed())
            result.lines.append(tr("  It was read as %1 until now.").arg(before));
        return result;
    }
    if (args.value(0) == u"remove" && args.size() == 3) {
        ValueAliases::remove(db.connection(), args.at(1), args.at(2));
        result.lines.append(tr("Alias removed: %1 “%2”.").arg(ValueAliases::kindName(args.at(1)), args.at(2)));
        return result;
    }
    return CliResult::badInput(usage);
}

CliResult CliIoCommands::exportTable(const QStringList &args)
{
    const QString out = m_parser.value(QStringLiteral("out"));
    if (args.size() != 1 || out.isEmpty())
        return CliResult::badInput(tr("Usage: faircheck-cli export TABLE --out FILE.csv|FILE.xlsx"));
    const Database db = CliDatabase::open(m_databasePath);
    const qint64 rows = args.first() == u"enterprises" ? EnterpriseExport::write(db.connection(), EnterpriseQuery(), out)
                                                        : DataExport::table(db.connection(), args.first(), out);
    CliResult result;
    result.lines.append(tr("%1 rows of %2 written to %3.").arg(rows).arg(args.first(), out));
    result.json = {{QStringLiteral("table"), args.first()}, {QStringLiteral("rows"), rows}, {QStringLiteral("out"), out}};
    return result;
}

QList<CliCommand> CliIoCommands::registered()
{
    // Each command runs through a fresh group object, as the registry calls it.
    return {
        {QStringLiteral("import"),
         {
             {QStringLiteral("import enterprises|departments|officers|items FILE [--dry-run] [--sheet NAME] [--map KIND=VALUE=>TARGET]... [--accept-suggestions] [--remember] [--no-credit]"),
              QT_TRANSLATE_NOOP("CliCommand", "bring in a roster from .xlsx, .xls or .csv, all or nothing"),
              "bring in a roster from .xlsx, .xls (also a web page saved as .xls) or .csv (UTF-8, UTF-16 or GB18030): header found below title rows, columns matched by Chinese or English names, every bad cell reported with its row and column; a department, township, category or industry the register does not know listed once with its rows and the closest name (`--accept-suggestions` reads each as that name, `--remember` keeps the mappings as aliases once the import succeeds); the credit events and scores the records feed follow in the same transaction (as in the app; `--no-credit` leaves them to `credit recompute`); all or nothing"},
             {QStringLiteral("import cases FILE"),
              QT_TRANSLATE_NOOP("CliCommand", "penalty cases as the 双公示 systems publish them"),
              "penalty cases as the 双公示 systems publish them (行政处罚决定书文号, 行政相对人代码_1, 罚款金额（万元） …): keyed by the decision number, amounts in 万元 to exact fen, the enterprise by its USCC (never created), the benchmark item matched by the provisions cited and the wording (confident matches linked, others noted for `case item`); a published record does not state its band, so only what the law bounds is checked"},
             {QStringLiteral("import inspections FILE"),
              QT_TRANSLATE_NOOP("CliCommand", "inspections as the 互联网+监管 platform exports them"),
              "inspections as the 互联网+监管 platform exports them (record number, enterprise and USCC, 检查实施机关, kind, items, date, result, officers with certificate numbers, 亮码): keyed by the record number; a problem found only when the result says so"},
             {QStringLiteral("import hotline FILE"),
              QT_TRANSLATE_NOOP("CliCommand", "12345 work orders; enforcement complaints become clues"),
              "12345 work orders (工单编号, 受理时间, 诉求类型 or 诉求分类, 诉求内容, 涉及企业, 乡镇（街道）, 承办部门 or 承办单位), every category kept as written (咨询、求助、投诉、举报、建议、表扬/感谢、其他); orders about enforcement conduct become clues by the editable triage rules, with a deadline in working days of the county calendar; importing the same orders again changes nothing"},
         },
         [](const CliCommand::Context &c, const QStringList &args) { return CliIoCommands(c.parser, c.databasePath).import(args); },
         {QStringLiteral("dry-run"), QStringLiteral("sheet"), QStringLiteral("map"), QStringLiteral("accept-suggestions"),
          QStringLiteral("remember"), QStringLiteral("no-credit")}},
        {QStringLiteral("alias"),
         {
             {QStringLiteral("alias list|add KIND VALUE TARGET|remove KIND VALUE"),
              QT_TRANSLATE_NOOP("CliCommand", "other ways files write a department, township, category or industry"),
              "other ways files write a department, township, 12345 category or industry (市场监管局 for 清溪县市场监督管理局), remembered for every import; audited"},
         },
         [](const CliCommand::Context &c, const QStringList &args) { return CliIoCommands(c.parser, c.databasePath).alias(args); },
         {}},
        {QStringLiteral("export"),
         {
             {QStringLiteral("export TABLE --out FILE"),
              QT_TRANSLATE_NOOP("CliCommand", "write the register (or a table) to .csv or .xlsx, by role"),
              "write the enterprise register (in the columns the importer reads back) or a table to .csv (UTF-8 with BOM) or .xlsx, by role (`resources/io/export-tables.json`): users, settings and the raw change log never; personal data masked unless the role may see it; every export recorded in the audit log; CSV cells that Excel would run as formulas are written as text"},
         },
         [](const CliCommand::Context &c, const QStringList &args) { return CliIoCommands(c.parser, c.databasePath).exportTable(args); },
         {QStringLiteral("out")}},
    };
}
