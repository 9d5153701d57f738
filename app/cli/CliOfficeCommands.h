#pragma once

#include "CliCommand.h"
#include "CliResult.h"

#include <QCommandLineParser>
#include <QCoreApplication>

// faircheck-cli office show | set county NAME | set township TOWNSHIP [--name NAME] [--code CODE] | key --out FILE |
// trust FILE
class CliOfficeCommands final
{
    Q_DECLARE_TR_FUNCTIONS(CliOfficeCommands)

public:
    // The commands this group runs, for CliRegistry.
    static QList<CliCommand> registered();

    CliOfficeCommands(const QCommandLineParser &parser, QString databasePath);

    CliResult office(const QStringList &args);

private:
    const QCommandLineParser &m_parser;
    QString m_databasePath;
};
