#pragma once

#include "CliCommand.h"
#include "CliResult.h"

#include <QCommandLineParser>
#include <QCoreApplication>

// faircheck-cli case record | list | figures | docs | deliver | item
class CliCaseCommands final
{
    Q_DECLARE_TR_FUNCTIONS(CliCaseCommands)

public:
    // The commands this group runs, for CliRegistry.
    static QList<CliCommand> registered();

    CliCaseCommands(const QCommandLineParser &parser, QString databasePath);

    CliResult run(const QStringList &args);

private:
    CliResult record(const QString &caseNo);
    CliResult list();
    CliResult figures();
    CliResult docs(const QString &caseNo);
    CliResult deliver(const QString &caseNo);
    CliResult attachItem(const QString &caseNo, const QString &item);
    QDate date(const char *option, bool *ok) const;

    const QCommandLineParser &m_parser;
    QString m_databasePath;
};
