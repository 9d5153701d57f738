#include "util/TranslationLoader.h"
#include "modules/CoreModules.h"

#include <QApplication>
#include <QStandardPaths>

int runMainWindowTest(int argc, char **argv);
int runCreditPagesTest(int argc, char **argv);
int runImportDialogTest(int argc, char **argv);
int runDashboardTest(int argc, char **argv);
int runDiscretionPageTest(int argc, char **argv);
int runServicesPageTest(int argc, char **argv);
int runSupervisionPageTest(int argc, char **argv);
int runInspectionsPageTest(int argc, char **argv);
int runScreenSizeTest(int argc, char **argv);
int runNavigationTest(int argc, char **argv);
int runExchangeTabTest(int argc, char **argv);

// One binary, several Qt Test classes; settings and data go to test locations.
int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    CoreModules::install();
    QApplication::setOrganizationName(QStringLiteral("FairCheckTests"));
    QApplication::setApplicationName(QStringLiteral("faircheck-ui-tests"));
    QStandardPaths::setTestModeEnabled(true);
    // Screenshots in the users' language: FAIRCHECK_TEST_LANG=zh_CN (the tests pass either way).
    if (!qEnvironmentVariableIsEmpty("FAIRCHECK_TEST_LANG"))
        TranslationLoader::install(app, qEnvironmentVariable("FAIRCHECK_TEST_LANG"));
    int failures = 0;
    failures += runMainWindowTest(argc, argv);
    failures += runCreditPagesTest(argc, argv);
    failures += runImportDialogTest(argc, argv);
    failures += runDashboardTest(argc, argv);
    failures += runDiscretionPageTest(argc, argv);
    failures += runServicesPageTest(argc, argv);
    failures += runSupervisionPageTest(argc, argv);
    failures += runInspectionsPageTest(argc, argv);
    failures += runScreenSizeTest(argc, argv);
    failures += runNavigationTest(argc, argv);
    failures += runExchangeTabTest(argc, argv);
    return failures;
}
