#pragma once

#include "DemoOptions.h"

#include <QCoreApplication>
#include <QSqlDatabase>

class Database;

// Fills an empty FairCheck database with a realistic demo county: 17 townships,
// 29 departments with their inspection items, officers, enterprises with valid
// USCCs, and `months` of history for every module. The same seed, size and date
// always give the same data. Everything is written in one transaction: a failure
// or a cancel leaves the database as it was.
class DemoCountyGenerator final
{
    Q_DECLARE_TR_FUNCTIONS(DemoCountyGenerator)

public:
    struct Summary
    {
        qint64 enterprises = 0;
        qint64 rows = 0;
    };

    static constexpr int MaxEnterprises = 5'000'000;

    static Summary generate(const Database &database, const DemoOptions &options);
    // Whether the file holds a demo county (its writing is in the audit log), so that
    // invented records are never offered for a real county's file.
    static bool isDemo(const QSqlDatabase &db);
};
