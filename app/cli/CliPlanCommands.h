#pragma once

#include "CliCommand.h"
#include "CliResult.h"

#include <QCommandLineParser>
#include <QCoreApplication>

// faircheck-cli plan … and visit …: create a plan by draw, show, verify and export it;
// a visit's inspection code, notice, results and rating; scan a code back.
class CliPlanCommands final
{
    Q_DECLARE_TR_FUNCTIONS(CliPlanCommands)

public:
    // The commands this group runs, for CliRegistry.
    static QList<CliCommand> registered();

    CliPlanCommands(const QCommandLineParser &parser, QString databasePath);

    CliResult plan(const QStringList &args);
    CliResult visit(const QStringList &args);

private:
    CliResult create();
    CliResult show(qint64 planId);
    CliResult result(qint64 visitId);

    const QCommandLineParser &m_parser;
    QString m_databasePath;
};
