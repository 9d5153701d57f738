#include <QApplication>
#include <QStandardPaths>

int runMainWindowTest(int argc, char **argv);
int runCreditPagesTest(int argc, char **argv);
int runImportDialogTest(int argc, char **argv);
int runDashboardTest(int argc, char **argv);
int runDiscretionPageTest(int argc, char **argv);
int runServicesPageTest(int argc, char **argv);

// One binary, several Qt Test classes; settings and data go to test locations.
int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("FairCheckTests"));
    QApplication::setApplicationName(QStringLiteral("faircheck-ui-tests"));
    QStandardPaths::setTestModeEnabled(true);
    int failures = 0;
    failures += runMainWindowTest(argc, argv);
    failures += runCreditPagesTest(argc, argv);
    failures += runImportDialogTest(argc, argv);
    failures += runDashboardTest(argc, argv);
    failures += runDiscretionPageTest(argc, argv);
    failures += runServicesPageTest(argc, argv);
    return failures;
}
