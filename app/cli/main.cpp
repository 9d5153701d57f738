#include "CliApplication.h"

#include "Version.h"
#include "util/TranslationLoader.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("FairCheck"));
    QCoreApplication::setApplicationName(QStringLiteral("faircheck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FAIRCHECK_VERSION));

    const QStringList arguments = QCoreApplication::arguments();
    TranslationLoader::install(app, TranslationLoader::languageFromArguments(arguments));

    CliApplication cli;
    return cli.run(arguments);
}
