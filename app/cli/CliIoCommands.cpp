#include "CliIoCommands.h"

#include "CliDatabase.h"
#include "db/Database.h"
#include "io/DataExport.h"
#include "io/Importer.h"

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
    const ImportReport report = Importer::run(db.connection(), kind, file, options);
    CliResult result;
    result.lines.append(report.summary());
    result.lines.append(tr("Read as %1%2, header on row %3; SHA-256 %4")
                            .arg(report.encoding,
                                 report.sheet.isEmpty() ? QString() : tr(", sheet %1").arg(report.sheet))
                            .arg(report.headerRow)
                            .arg(report.sha256));
    for (const QString &created : std::as_const(report.created))
        result.lines.append(tr("  new: %1").arg(created));
    QJsonArray rejected;
    for (const ImportReport::Issue &issue : std::as_const(report.rejected)) {
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
                   {QStringLiteral("rejected"), rejected}, {QStringLiteral("created"), QJsonArray::fromStringList(report.created)}};
    return result;
}

CliResult CliIoCommands::exportTable(const QStringList &args)
{
    const QString out = m_parser.value(QStringLiteral("out"));
    if (args.size() != 1 || out.isEmpty())
        return CliResult::badInput(tr("Usage: faircheck-cli export TABLE --out FILE.csv|FILE.xlsx"));
    const Database db = CliDatabase::open(m_databasePath);
    const qint64 rows = args.first() == u"enterprises" ? DataExport::enterprises(db.connection(), EnterpriseQuery(), out)
                                                        : DataExport::table(db.connection(), args.first(), out);
    CliResult result;
    result.lines.append(tr("%1 rows of %2 written to %3.").arg(rows).arg(args.first(), out));
    result.json = {{QStringLiteral("table"), args.first()}, {QStringLiteral("rows"), rows}, {QStringLiteral("out"), out}};
    return result;
}
