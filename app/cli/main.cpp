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

    // --lang must act before the parser prints anything translated.
    const QStringList arguments = QCoreApplication::arguments();
    QString language;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--lang" && i + 1 < arguments.size())
            language = arguments.at(i + 1);
        else if (arguments.at(i).startsWith(QLatin1String("--lang=")))
            language = arguments.at(i).mid(7);
    }
    TranslationLoader::install(app, language);

    CliApplication cli;
    return cli.run(arguments);
}
