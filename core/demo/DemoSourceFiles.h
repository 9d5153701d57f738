#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

struct DemoSourceData;
class SeededRandom;

// A month of the demo county's records as its source systems export them, to try the
// imports on: the 12345 platform's work orders (.xlsx, every category, departments and
// townships written the platform's way), the 双公示 system's penalty cases (GBK CSV,
// amounts in 万元) and the 互联网+监管 platform's inspection records (a web page saved as
// .xls). They name the register's enterprises, officers and benchmark items, and hold
// what a supervisor should find: repeated and uncoded routine checks, a sandbox member
// checked, a lone or expired-certificate officer, fines outside their band, a lenient
// outcome on a red line. The same database, month and seed give the same files.
class DemoSourceFiles final
{
    Q_DECLARE_TR_FUNCTIONS(DemoSourceFiles)

public:
    struct File
    {
        QString kind; // the import kind: hotline, cases, inspections
        QString path;
        int rows = 0;
    };

    // Writes the three files into `folder` (created if missing) for the month starting
    // on `month`, or, when it is invalid, the last whole month before the database's
    // latest record. Throws Refusal when the database holds no demo county.
    static QList<File> write(const QSqlDatabase &db, const QString &folder, QDate month, quint64 seed);

private:
    static int writeHotline(const DemoSourceData &data, SeededRandom &rng, const QDate &month, const QString &path);
    static int writeCases(const DemoSourceData &data, SeededRandom &rng, const QDate &month, const QString &path);
    static int writeInspections(const DemoSourceData &data, SeededRandom &rng, const QDate &month, const QString &path);
};
