#pragma once

#include "CliCommand.h"
#include "CliResult.h"

#include <QCommandLineParser>
#include <QCoreApplication>

// faircheck-cli exchange export OFFICE --out FILE.fcx | import FILE.fcx [--theirs|--mine] | status
class CliExchangeCommands final
{
    Q_DECLARE_TR_FUNCTIONS(CliExchangeCommands)

public:
    static QList<CliCommand> registered();

    CliExchangeCommands(const QCommandLineParser &parser, QString databasePath);

    CliResult exchange(const QStringList &args);

private:
    const QCommandLineParser &m_parser;
    QString m_databasePath;
};
