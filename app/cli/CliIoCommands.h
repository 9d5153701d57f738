#pragma once

#include "CliResult.h"

#include <QCommandLineParser>
#include <QCoreApplication>

// faircheck-cli import … and export …
class CliIoCommands final
{
    Q_DECLARE_TR_FUNCTIONS(CliIoCommands)

public:
    CliIoCommands(const QCommandLineParser &parser, QString databasePath);

    CliResult import(const QStringList &args);
    CliResult exportTable(const QStringList &args);

private:
    const QCommandLineParser &m_parser;
    QString m_databasePath;
};
