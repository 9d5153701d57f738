#include "CliExchangeCommands.h"

#include "CliDatabase.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "exchange/ExchangeStore.h"
#include "exchange/OfficeStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace {

// What stays behind, said once: records held back, changes to the county's data kept here.
QString notes(const ExchangeStore::Summary &s)
{
    QStringList said;
    if (s.heldBack > 0)
        said.append(CliExchangeCommands::tr("%1 records wait: they name records the other office does not have yet (a township's own "
                                            "enterprise goes to the county through its register).").arg(s.heldBack));
    if (s.countyEdited > 0)
        said.append(CliExchangeCommands::tr("%1 changes made here to the county's data are not sent; the county's version will "
                                            "replace them.").arg(s.countyEdited));
    return said.join(QLatin1Char(' '));
}

QJsonObject toJson(const ExchangeStore::Summary &s)
{
    return {{QStringLiteral("office"), s.office},   {QStringLiteral("code"), s.code},       {QStringLiteral("sequence"), s.sequence},
            {QStringLiteral("upserts"), s.upserts}, {QStringLiteral("deletes"), s.deletes}, {QStringLiteral("kept"), s.kept},
            {QStringLiteral("held_back"), s.heldBack}, {QStringLiteral("county_data_changed_here"), s.countyEdited},
            {QStringLiteral("counts"), s.counts}};
}

} // namespace

CliExchangeCommands::CliExchangeCommands(const QCommandLineParser &parser, QString databasePath)
    : m_parser(parser)
    , m_databasePath(std::move(databasePath))
{
}

CliResult CliExchangeCommands::exchange(const QStringList &args)
{
    const QString usage = tr("Usage: faircheck-cli exchange export OFFICE --out FILE.fcx [--again N] | import FILE.fcx [--theirs|--mine] | status");
    const QString step = args.value(0);
    const Database db = CliDatabase::open(m_databasePath);
    CliResult result;
    if (step == u"export" && args.size() == 2) {
        const QString out = m_parser.value(QStringLiteral("out"));
        if (out.isEmpty())
            return CliResult::badInput(tr("exchange export writes a package: give --out FILE.fcx."));
        if (m_parser.isSet(QStringLiteral("again"))) {
            const ExchangeStore::Summary s = ExchangeStore::exportAgain(db.connection(), args.at(1), m_parser.value(QStringLiteral("again")).toLongLong(), out);
            result.lines.append(tr("Package %1 for %2 is in %3 again, as it was sent.").arg(s.sequence).arg(s.office, out));
            result.json = toJson(s);
            return result;
        }
        const ExchangeStore::Summary s = ExchangeStore::exportTo(db.connection(), args.at(1), out);
        result.lines.append(tr("Package %1 for %2 is in %3: %4 records changed, %5 removed.")
                                .arg(s.sequence).arg(s.office, out).arg(s.upserts).arg(s.deletes));
        result.lines.append(notes(s));
        result.lines.removeAll(QString());
        result.json = toJson(s);
        return result;
    }
    if (step == u"import" && args.size() == 2) {
        if (m_parser.isSet(QStringLiteral("theirs")) && m_parser.isSet(QStringLiteral("mine")))
            return CliResult::badInput(tr("Choose one: --theirs or --mine."));
        const ExchangeStore::Resolution resolution = m_parser.isSet(QStringLiteral("theirs")) ? ExchangeStore::Resolution::Theirs
                                                     : m_parser.isSet(QStringLiteral("mine")) ? ExchangeStore::Resolution::Mine
                                                                                              : ExchangeStore::Resolution::Stop;
        const ExchangeStore::Summary s = ExchangeStore::importFrom(db.connection(), args.at(1), resolution);
        result.lines.append(tr("Package %1 from %2 imported: %3 records written, %4 removed, %5 of ours kept.")
                                .arg(s.sequence).arg(s.office).arg(s.upserts).arg(s.deletes).arg(s.kept));
        result.json = toJson(s);
        return result;
    }
    if (step == u"status" && args.size() == 1) {
        QJsonArray offices;
        for (const OfficeStore::Office &peer : OfficeStore::peers(db.connection())) {
            const ExchangeStore::Summary pending = ExchangeStore::pending(db.connection(), peer.code);
            result.lines.append(tr("%1 (%2): last package sent %3, last received %4; the next package would carry %5 changed and "
                                   "%6 removed records")
                                    .arg(peer.name, peer.code).arg(peer.lastSent).arg(peer.lastReceived).arg(pending.upserts).arg(pending.deletes));
            if (const QString n = notes(pending); !n.isEmpty())
                result.lines.append(QStringLiteral("  ") + n);
            offices.append(QJsonObject{{QStringLiteral("office"), peer.name}, {QStringLiteral("code"), peer.code},
                                       {QStringLiteral("last_sent"), peer.lastSent}, {QStringLiteral("last_received"), peer.lastReceived},
                                       {QStringLiteral("pending_upserts"), pending.upserts}, {QStringLiteral("pending_deletes"), pending.deletes},
                                       {QStringLiteral("held_back"), pending.heldBack}, {QStringLiteral("county_data_changed_here"), pending.countyEdited}});
        }
        if (offices.isEmpty())
            result.lines.append(tr("This file trusts no other office yet (office trust)."));
        result.json = {{QStringLiteral("offices"), offices}};
        return result;
    }
    return CliResult::badInput(usage);
}

QList<CliCommand> CliExchangeCommands::registered()
{
    return {
        {QStringLiteral("exchange"),
         {
             {QStringLiteral("exchange export OFFICE --out FILE.fcx [--again N] / exchange import FILE.fcx [--theirs|--mine] / exchange status"),
              QT_TRANSLATE_NOOP("CliCommand", "packages between the county and a township office: write the next one, import one"),
              "the next signed package for a trusted office (by code or name): down, the register of its township and the records "
              "about its enterprises; up, the records the township made; each time only what changed since the two files last "
              "agreed. Import checks signature, addressee and sequence and applies all or nothing; a record changed in both files "
              "stops it unless `--theirs` or `--mine` says whose version stands; `--again N` writes package N again as it was sent"},
         },
         [](const CliCommand::Context &c, const QStringList &args) { return CliExchangeCommands(c.parser, c.databasePath).exchange(args); },
         {QStringLiteral("out"), QStringLiteral("again"), QStringLiteral("theirs"), QStringLiteral("mine")}},
    };
}
