#pragma once

#include "CliCommand.h"
#include "CliResult.h"

#include <QCommandLineParser>
#include <QCoreApplication>

// faircheck-cli finding list [--month M] [--kind K] | clue KEY
class CliFindingCommands final
{
    Q_DECLARE_TR_FUNCTIONS(CliFindingCommands)

public:
    // The commands this group runs, for CliRegistry.
    static QList<CliCommand> registered();

    CliFindingCommands(const QCommandLineParser &parser, QString databasePath);

    CliResult finding(const QStringList &args);

private:
    const QCommandLineParser &m_parser;
    QString m_databasePath;
};
