#include "CliApplication.h"

#include "Version.h"
#include "modules/CoreModules.h"
#include "util/TranslationLoader.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

int main(int argc, char *argv[])
{
    // Reports lay out text and need fonts, which need a (headless) GUI application;
    // every other command stays a plain core application.
    bool drawing = false;
    for (int i = 1; i < argc; ++i)
        drawing = drawing || qstrcmp(argv[i], "report") == 0 || qstrcmp(argv[i], "docs") == 0
            || qstrcmp(argv[i], "notice") == 0 || qstrcmp(argv[i], "code") == 0;
    if (drawing && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application(drawing ? new QGuiApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication &app = *application;
    CoreModules::install();
    QCoreApplication::setOrganizationName(QStringLiteral("FairCheck"));
    QCoreApplication::setApplicationName(QStringLiteral("faircheck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FAIRCHECK_VERSION));

    const QStringList arguments = QCoreApplication::arguments();
    TranslationLoader::install(app, TranslationLoader::languageFromArguments(arguments));

    CliApplication cli;
    return cli.run(arguments);
}
