#include "CliOfficeCommands.h"

#include "CliDatabase.h"
#include "db/Database.h"
#include "db/InputFile.h"
#include "db/OutputFile.h"
#include "exchange/OfficeStore.h"

#include <QDir>
#include <QJsonArray>

namespace {

QJsonObject toJson(const OfficeStore::Office &o)
{
    return {{QStringLiteral("kind"), o.kind}, {QStringLiteral("name"), o.name}, {QStringLiteral("township"), o.township},
            {QStringLiteral("code"), o.code}, {QStringLiteral("last_sent"), o.lastSent},
            {QStringLiteral("last_received"), o.lastReceived}};
}

QString describe(const OfficeStore::Office &o)
{
    return o.township.isEmpty() ? CliOfficeCommands::tr("%1 (county bureau, code %2)").arg(o.name, o.code)
                                : CliOfficeCommands::tr("%1 (justice office of %2, code %3)").arg(o.name, o.township, o.code);
}

} // namespace

CliOfficeCommands::CliOfficeCommands(const QCommandLineParser &parser, QString databasePath)
    : m_parser(parser)
    , m_databasePath(std::move(databasePath))
{
}

CliResult CliOfficeCommands::office(const QStringList &args)
{
    const QString usage = tr("Usage: faircheck-cli office show | set county NAME | set township TOWNSHIP [--name NAME] [--code CODE] | "
                             "key --out FILE | trust FILE");
    const QString step = args.value(0);
    const Database db = CliDatabase::open(m_databasePath);
    CliResult result;
    if (step == u"show" && args.size() == 1) {
        const std::optional<OfficeStore::Office> self = OfficeStore::current(db.connection());
        result.lines.append(self ? tr("This file belongs to %1.").arg(describe(*self))
                                 : tr("This file belongs to no office yet (an administrator names it: office set)."));
        QJsonArray peers;
        for (const OfficeStore::Office &p : OfficeStore::peers(db.connection())) {
            result.lines.append(tr("  trusts %1; packages sent %2, received %3").arg(describe(p)).arg(p.lastSent).arg(p.lastReceived));
            peers.append(toJson(p));
        }
        result.json = {{QStringLiteral("office"), self ? QJsonValue(toJson(*self)) : QJsonValue()}, {QStringLiteral("peers"), peers}};
        return result;
    }
    if (step == u"set" && args.size() == 3 && (args.at(1) == u"county" || args.at(1) == u"township")) {
        const bool township = args.at(1) == u"township";
        // A township office is named after its township unless told otherwise.
        const QString name = m_parser.isSet(QStringLiteral("name")) ? m_parser.value(QStringLiteral("name"))
                             : township                             ? args.at(2) + QStringLiteral("司法所")
                                                                    : args.at(2);
        const OfficeStore::Office o = OfficeStore::set(db.connection(), args.at(1), name, township ? args.at(2) : QString(),
                                                       m_parser.value(QStringLiteral("code")));
        result.lines.append(tr("This file now belongs to %1.").arg(describe(o)));
        result.json = toJson(o);
        return result;
    }
    if (step == u"key" && args.size() == 1) {
        const QString out = m_parser.value(QStringLiteral("out"));
        if (out.isEmpty())
            return CliResult::badInput(tr("office key writes the office's card: give --out FILE.json."));
        OutputFile::write(out, {QStringLiteral("json")}, OfficeStore::card(db.connection()));
        result.lines.append(tr("The office's card (its public key) is in %1; give it to the offices that are to trust this one.")
                                .arg(QDir::toNativeSeparators(out)));
        return result;
    }
    if (step == u"trust" && args.size() == 2) {
        const OfficeStore::Office o = OfficeStore::trust(db.connection(), InputFile::readAll(args.at(1), 1 << 16));
        result.lines.append(tr("Trusted: %1.").arg(describe(o)));
        result.json = toJson(o);
        return result;
    }
    return CliResult::badInput(usage);
}

QList<CliCommand> CliOfficeCommands::registered()
{
    return {
        {QStringLiteral("office"),
         {
             {QStringLiteral("office show / office set county NAME / office set township TOWNSHIP [--name NAME] [--code CODE]"),
              QT_TRANSLATE_NOOP("CliCommand", "the office this file belongs to and the offices it trusts; name it"),
              "the office this file belongs to (the county bureau, or a township's justice office whose scope is its township) "
              "and the offices it trusts with the packages exchanged; an administrator names it (audited), and the first time an "
              "Ed25519 key pair is made for it, which stays with the office"},
             {QStringLiteral("office key --out FILE / office trust FILE"),
              QT_TRANSLATE_NOOP("CliCommand", "write this office's card; trust another office's card"),
              "the office's card (kind, name, township, code and public key) for the offices that are to trust it; an "
              "administrator trusts another office's card (refused for its own, a damaged key or a code trusted already)"},
         },
         [](const CliCommand::Context &c, const QStringList &args) { return CliOfficeCommands(c.parser, c.databasePath).office(args); },
         {QStringLiteral("name"), QStringLiteral("code"), QStringLiteral("out")}},
    };
}
