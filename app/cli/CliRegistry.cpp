#include "CliRegistry.h"

#include "CliCaseCommands.h"
#include "CliCommands.h"
#include "CliCreditCommands.h"
#include "CliDiscretionCommands.h"
#include "CliExchangeCommands.h"
#include "CliFindingCommands.h"
#include "CliIoCommands.h"
#include "CliOfficeCommands.h"
#include "CliOptionCatalog.h"
#include "CliPlanCommands.h"
#include "CliServiceCommands.h"
#include "CliSupervisionCommands.h"

#include <QRegularExpression>

namespace {

QString summaryOf(const CliCommand::Form &form)
{
    return QCoreApplication::translate("CliCommand", form.summary);
}

// `help` runs in the registry itself: it prints the registry.
CliCommand helpCommand()
{
    return {QStringLiteral("help"),
            {{QStringLiteral("help [COMMAND] [--format markdown|man]"),
              QT_TRANSLATE_NOOP("CliCommand", "the commands, one command's forms, or this reference as Markdown or a man page section"),
              "the commands with their forms (`COMMAND --help` gives one); `--format markdown` prints this table, `--format man` "
              "the man page's section"}},
            [](const CliCommand::Context &context, const QStringList &args) {
                CliResult result;
                const QString format = context.parser.value(QStringLiteral("format"));
                if (format == u"markdown" || format == u"man") {
                    result.lines.append(format == u"markdown" ? CliRegistry::markdown() : CliRegistry::manPage());
                    return result;
                }
                const CliCommand *command = args.isEmpty() ? nullptr : CliRegistry::find(args.first());
                if (!args.isEmpty() && !command) {
                    result.status = CliResult::BadInput;
                    result.lines.append(CliRegistry::tr("Unknown command: %1").arg(args.first()));
                }
                result.lines.append(command ? CliRegistry::usage(*command) : CliRegistry::usage());
                return result;
            },
            {QStringLiteral("format")}};
}

QString forms(const CliCommand &command)
{
    QString text;
    for (const CliCommand::Form &form : command.forms)
        text += QStringLiteral("  %1\n      %2\n").arg(form.synopsis, summaryOf(form));
    return text;
}

// Markdown's `code` and links to plain man text.
QString manText(QString text)
{
    static const QRegularExpression code(QStringLiteral("`([^`]*)`"));
    text.replace(code, QStringLiteral("\\fB\\1\\fR"));
    text.replace(QLatin1Char('-'), QStringLiteral("\\-"));
    // Chinese terms as groff's Unicode escapes, whatever the man program's input encoding.
    QString out;
    for (const QChar c : std::as_const(text))
        out += c.unicode() < 0x80 ? QString(c) : QStringLiteral("\\[u%1]").arg(QString::number(c.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0')));
    return out;
}

} // namespace

const QList<CliCommand> &CliRegistry::all()
{
    static const QList<CliCommand> commands = [] {
        QList<CliCommand> list;
        list += CliCommands::registered();
        list += CliIoCommands::registered();
        list += CliCreditCommands::registered();
        list += CliPlanCommands::registered();
        list += CliDiscretionCommands::registered();
        list += CliCaseCommands::registered();
        list += CliServiceCommands::registered();
        list += CliSupervisionCommands::registered();
        list += CliFindingCommands::registered();
        list += CliOfficeCommands::registered();
        list += CliExchangeCommands::registered();
        list += helpCommand();
        return list;
    }();
    return commands;
}

const CliCommand *CliRegistry::find(const QString &name)
{
    for (const CliCommand &command : all()) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

QString CliRegistry::usage()
{
    QString text = tr("Commands:") + QLatin1Char('\n');
    for (const CliCommand &command : all())
        text += forms(command);
    return text + tr("faircheck-cli COMMAND --help shows one command.");
}

QString CliRegistry::usage(const CliCommand &command)
{
    const QString options = CliOptionCatalog::describe(command);
    return options.isEmpty() ? forms(command).chopped(1) : forms(command) + options;
}

QString CliRegistry::markdown()
{
    QString text = QStringLiteral("| command | what it does |\n|---|---|\n");
    for (const CliCommand &command : all()) {
        for (const CliCommand::Form &form : command.forms) {
            QStringList shown;
            for (const QString &alternative : form.synopsis.split(QStringLiteral(" / ")))
                shown.append(QLatin1Char('`') + QString(alternative).replace(QLatin1Char('|'), QStringLiteral("\\|")) + QLatin1Char('`'));
            text += QStringLiteral("| %1 | %2 |\n").arg(shown.join(QStringLiteral(" / ")), QString::fromUtf8(form.reference));
        }
    }
    return text.chopped(1);
}

QString CliRegistry::manPage()
{
    QStringList lines;
    for (const CliCommand &command : all()) {
        for (const CliCommand::Form &form : command.forms) {
            lines.append(QStringLiteral(".TP"));
            lines.append(QStringLiteral(".B ") + manText(form.synopsis));
            lines.append(manText(QString::fromUtf8(form.reference)));
        }
    }
    // The options each command takes, with their kind of value: from the same registry.
    lines.append(QStringLiteral(".SH OPTIONS"));
    for (const CliOption &option : CliOptionCatalog::all()) {
        if (option.global)
            continue;
        QStringList takers;
        for (const CliCommand &command : all()) {
            if (command.options.contains(QLatin1String(option.name)))
                takers.append(command.name);
        }
        lines.append(QStringLiteral(".TP"));
        lines.append(option.valueName ? QStringLiteral(".BI %1 \" %2\"").arg(manText(QStringLiteral("--") + QLatin1String(option.name)),
                                                                             QString::fromLatin1(option.valueName).toUpper())
                                      : QStringLiteral(".B ") + manText(QStringLiteral("--") + QLatin1String(option.name)));
        lines.append(manText(QString::fromUtf8(option.description)) + QStringLiteral(" (") + takers.join(QStringLiteral(", ")) + QLatin1Char(')'));
    }
    return lines.join(QLatin1Char('\n'));
}
