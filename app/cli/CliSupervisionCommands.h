#pragma once

#include "CliCommand.h"
#include "CliResult.h"

#include <QCommandLineParser>
#include <QCoreApplication>

// faircheck-cli clue …, review …, officer …, attachment verify …
class CliSupervisionCommands final
{
    Q_DECLARE_TR_FUNCTIONS(CliSupervisionCommands)

public:
    // The commands this group runs, for CliRegistry.
    static QList<CliCommand> registered();

    CliSupervisionCommands(const QCommandLineParser &parser, QString databasePath);

    CliResult clue(const QStringList &args);
    CliResult review(const QStringList &args);
    CliResult officer(const QStringList &args);
    CliResult attachment(const QStringList &args);

private:
    QDate asOf(bool *ok) const;

    const QCommandLineParser &m_parser;
    QString m_databasePath;
};
