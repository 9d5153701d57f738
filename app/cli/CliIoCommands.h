#pragma once

#include "CliCommand.h"
#include "CliResult.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>

// faircheck-cli import … and export …
class CliIoCommands final
{
    Q_DECLARE_TR_FUNCTIONS(CliIoCommands)

public:
    // The commands this group runs, for CliRegistry.
    static QList<CliCommand> registered();

    CliIoCommands(const QCommandLineParser &parser, QString databasePath);

    CliResult import(const QStringList &args);
    // The shared import path: dry run and sheet from the command line, plus what the
    // kind needs beyond the file (a discretion list's name, version, date).
    CliResult importFile(const QString &kind, const QString &file, const QHash<QString, QString> &parameters = {});
    CliResult exportTable(const QStringList &args);
    // alias list | add KIND VALUE TARGET | remove KIND VALUE
    CliResult alias(const QStringList &args);
    // --map FIELD=VALUE=>TARGET, as often as needed: kind → value → target; false with
    // the message in `error` for a malformed one.
    static bool parseMaps(const QStringList &maps, QHash<QString, QHash<QString, QString>> *into, QString *error);

private:
    const QCommandLineParser &m_parser;
    QString m_databasePath;
};
