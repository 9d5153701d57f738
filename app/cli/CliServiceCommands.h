#pragma once

#include "CliCommand.h"
#include "CliResult.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>

#include <utility>

// faircheck-cli services …: invitations, forums and requests, trainings, credit-repair
// help, an enterprise's service history and the month's service figures.
class CliServiceCommands final
{
    Q_DECLARE_TR_FUNCTIONS(CliServiceCommands)

public:
    // The commands this group runs, for CliRegistry.
    static QList<CliCommand> registered();

    CliServiceCommands(const QCommandLineParser &parser, QString databasePath);

    CliResult run(const QStringList &args);

private:
    CliResult invitations(const QStringList &args);
    CliResult requests(const QStringList &args);
    CliResult trainings(const QStringList &args);
    CliResult repairs(const QStringList &args);
    CliResult history(const QStringList &args);
    CliResult figures();
    QString value(const char *option) const;
    // The option as a date; `fallback` when absent. Sets *ok to false when malformed.
    QDate date(const char *option, const QDate &fallback, bool *ok) const;
    qint64 number(const QString &text, bool *ok) const;
    // --from and --to; by default the last twelve months.
    std::pair<QDate, QDate> period(bool *ok) const;

    const QCommandLineParser &m_parser;
    QString m_databasePath;
};
