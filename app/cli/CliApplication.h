#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

struct CliResult;

// Parses the command line (global options may stand before or after the command),
// runs the command, prints text or JSON, and maps errors to exit statuses.
class CliApplication final
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    int run(const QStringList &arguments);

private:
    void addOptions();
    QString usage() const;
    void signIn();
    CliResult dispatch(const QString &command, const QStringList &args);
    void print(const CliResult &result) const;

    QCommandLineParser m_parser;
};
