#pragma once

#include "CliCommand.h"
#include "CliResult.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>

class Database;

// faircheck-cli credit … and sandbox …
class CliCreditCommands final
{
    Q_DECLARE_TR_FUNCTIONS(CliCreditCommands)

public:
    // The commands this group runs, for CliRegistry.
    static QList<CliCommand> registered();

    CliCreditCommands(const QCommandLineParser &parser, QString databasePath);

    CliResult credit(const QStringList &args);
    CliResult sandbox(const QStringList &args);

private:
    CliResult recompute(const Database &db);
    CliResult show(const Database &db, const QString &uscc);
    CliResult checkRules(const QString &file);
    CliResult addRules(const Database &db, const QString &file);
    CliResult propose(const Database &db);
    CliResult list(const Database &db);
    CliResult admit(const Database &db, const QString &uscc);
    CliResult addEvent(const Database &db, const QString &uscc, const QString &kind);
    CliResult repair(const Database &db, const QStringList &args);
    bool readAsOf();

    const QCommandLineParser &m_parser;
    QString m_databasePath;
    QDate m_asOf;
};
