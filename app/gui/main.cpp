#include "GuiStartup.h"
#include "Version.h"
#include "main/DatabaseController.h"
#include "main/MainWindow.h"
#include "util/TranslationLoader.h"
#include "modules/CoreModules.h"

#include <QApplication>
#include <QIcon>

int main(int argc, char *argv[])
{
    // Choose the offscreen platform before Qt starts when no window will be shown.
    if (GuiStartup::needsNoDisplay(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);

    CoreModules::install();
    QApplication::setOrganizationName(QStringLiteral("FairCheck"));
    QApplication::setApplicationName(QStringLiteral("faircheck"));
    QApplication::setApplicationDisplayName(QStringLiteral("FairCheck"));
    QApplication::setApplicationVersion(QStringLiteral(FAIRCHECK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("cn.faircheck.FairCheck"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/faircheck/icons/cn.faircheck.FairCheck.svg")));
    TranslationLoader::install(app, TranslationLoader::languageFromArguments(QApplication::arguments()));

    DatabaseController controller;
    MainWindow window(&controller);
    GuiStartup startup;
    const int status = startup.run(controller, window);
    return status >= 0 ? status : app.exec();
}
