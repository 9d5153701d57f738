#include "CliApplication.h"

#include "CliDatabase.h"
#include "CliCommands.h"
#include "CliOptionCatalog.h"
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
    m_parser.addOptions(CliOptionCatalog::parserOptions());
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
    // The options checked once, against the command's registration, before it runs.
    if (const QString refused = CliOptionCatalog::check(m_parser, *found); !refused.isEmpty())
        return CliResult::badInput(refused);
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
        // One sentence naming the option, and where to look: not the whole command list.
        QString message = m_parser.errorText();
        for (const QString &argument : arguments.mid(1)) {
            if (argument.size() > 2 && argument.startsWith(QLatin1Char('-')) && !argument.startsWith(QLatin1String("--"))
                && argument.at(1).isLetter()) {
                message = tr("Options are written with two dashes: -%1.").arg(argument);
                break;
            }
        }
        if (message == m_parser.errorText() && !m_parser.unknownOptionNames().isEmpty())
            message = tr("There is no option --%1.").arg(m_parser.unknownOptionNames().constFirst());
        CliResult result = CliResult::badInput(message + QLatin1Char(' ') + tr("faircheck-cli --help lists the commands and options."));
        if (arguments.contains(QStringLiteral("--json"))) {
            result.json.insert(QStringLiteral("status"), result.status);
            QTextStream(stdout) << QString::fromUtf8(QJsonDocument(result.json).toJson(QJsonDocument::Indented));
        } else {
            QTextStream(stderr) << result.lines.join(QLatin1Char('\n')) << Qt::endl;
        }
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
