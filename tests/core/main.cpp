#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

// Core tests need a QCoreApplication (SQL driver plugins, translations) but no GUI.
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("FairCheckTests"));
    QCoreApplication::setApplicationName(QStringLiteral("faircheck-tests"));
    return Catch::Session().run(argc, argv);
}
