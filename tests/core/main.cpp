#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "modules/CoreModules.h"

#include <QGuiApplication>

// Core tests run as the command-line program runs its drawing commands (reports,
// notices, codes): a headless GUI application, which text layout and fonts need.
int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    CoreModules::install();
    QCoreApplication::setOrganizationName(QStringLiteral("FairCheckTests"));
    QCoreApplication::setApplicationName(QStringLiteral("faircheck-tests"));
    return Catch::Session().run(argc, argv);
}
