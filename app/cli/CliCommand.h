#pragma once

#include "CliResult.h"

#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

// One command of faircheck-cli as the registry knows it: its name (the first word), the
// forms it is written in, what runs it and the options it takes (CliOption). Each form has a one-line summary (translated
// for --help) and the reference text of the README's table and the man page (English, as
// those documents are; faircheck-cli help --format markdown|man prints them).
struct CliCommand
{
    struct Form
    {
        QString synopsis;      // "credit show USCC [--as-of DATE]"; " / " between alternatives
        const char *summary;   // QT_TRANSLATE_NOOP("CliCommand", …)
        const char *reference; // Markdown, UTF-8
    };
    struct Context
    {
        const QCommandLineParser &parser;
        QString databasePath;
    };
    using Run = std::function<CliResult(const Context &context, const QStringList &args)>;

    QString name;
    QList<Form> forms;
    Run run;
    QStringList options; // the options it takes beside the global ones (CliOptionCatalog)
};
