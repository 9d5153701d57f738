#pragma once

#include "CliCommand.h"
#include "CliOption.h"

#include <QCommandLineOption>
#include <QList>

// Every option of faircheck-cli, typed: global ones (--db, --json …) apply to every
// command, the others to the commands that list them in their registration. The values
// are checked here, once, before a command runs, so a mistyped date or an option the
// command does not take is refused with its name and nothing is done.
class CliOptionCatalog final
{
    Q_DECLARE_TR_FUNCTIONS(CliOptionCatalog)

public:
    static const QList<CliOption> &all();
    static const CliOption *find(const QString &name);
    // For QCommandLineParser, which must know every option before parsing.
    static QList<QCommandLineOption> parserOptions();
    // Empty when the options given suit the command; otherwise why not, naming the option.
    static QString check(const QCommandLineParser &parser, const CliCommand &command);
    // "  --as-of DATE  The date to compute for …" for each option the command takes.
    static QString describe(const CliCommand &command);
};
