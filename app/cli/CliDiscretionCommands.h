#pragma once

#include "CliCommand.h"
#include "CliResult.h"

#include <QCommandLineParser>
#include <QCoreApplication>

// faircheck-cli discretion search | assess | import
class CliDiscretionCommands final
{
    Q_DECLARE_TR_FUNCTIONS(CliDiscretionCommands)

public:
    // The commands this group runs, for CliRegistry.
    static QList<CliCommand> registered();

    CliDiscretionCommands(const QCommandLineParser &parser, QString databasePath);

    CliResult discretion(const QStringList &args);

private:
    const QCommandLineParser &m_parser;
    QString m_databasePath;
};
