#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

// Every command of faircheck-cli, in the order --help lists them. Adding a command: write
// its group (a Cli…Commands class with a static registered()) and add one line to all().
// --help, COMMAND --help, the README's table and the man page's section come from here.
class CliRegistry final
{
    Q_DECLARE_TR_FUNCTIONS(CliRegistry)

public:
    static const QList<CliCommand> &all();
    static const CliCommand *find(const QString &name);

    // The Commands part of --help, and one command's forms, in the interface language.
    static QString usage();
    static QString usage(const CliCommand &command);
    // The reference: the README's command table (Markdown) and the man page's section.
    static QString markdown();
    static QString manPage();
};
