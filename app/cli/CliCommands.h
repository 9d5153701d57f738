#pragma once

#include "CliCommand.h"
#include "CliResult.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <functional>

// The faircheck-cli commands of the foundation. Each takes the parsed command line
// and returns a CliResult; errors from core arrive as Error (Refusal or DatabaseError) and are turned
// into messages in one place (CliApplication).
class CliCommands final
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    // The commands this group runs, for CliRegistry.
    static QList<CliCommand> registered();

    explicit CliCommands(const QCommandLineParser &parser);

    CliResult init();
    CliResult demo();
    CliResult demoFiles(const QString &folder);
    CliResult check();
    CliResult backup(const QStringList &args);
    CliResult audit(const QStringList &args);
    CliResult user(const QStringList &args);
    CliResult backups(const QStringList &args);
    CliResult validate(const QStringList &args);
    CliResult kpi(const QStringList &args);
    CliResult report(const QStringList &args);

    QString databasePath() const;

private:
    static CliResult noArguments(const QStringList &args, const QString &command, const std::function<CliResult()> &run);
    const QCommandLineParser &m_parser;
};
