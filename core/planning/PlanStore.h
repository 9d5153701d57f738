#pragma once

#include "PlanRequest.h"
#include "PlanResult.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>

// Creates plans in the database (all or nothing, audited) and re-runs their draws.
class PlanStore final
{
    Q_DECLARE_TR_FUNCTIONS(PlanStore)

public:
    // Reports (percent, stage) while a plan is made; returning false cancels it before
    // anything is written (DatabaseError of kind Cancelled).
    using Progress = std::function<bool(int percent, const QString &stage)>;

    // Returns the new plan's id; `result` receives what the planner decided.
    static qint64 create(const QSqlDatabase &db, const PlanRequest &request, Planning::Result *result = nullptr,
                         const Progress &progress = {});

    // What create() would decide, without writing: the draw preview.
    static Planning::Result preview(const QSqlDatabase &db, const PlanRequest &request, QString *seed = nullptr);

    struct Verification
    {
        bool ok = false;
        int drawn = 0;      // enterprises × departments drawn when re-run
        int missing = 0;    // drawn on re-run but not in the plan
        int unexpected = 0; // in the plan but not drawn on re-run
        QString message;
    };
    // Re-runs the plan's draw from its recorded seed, algorithm version, scopes and
    // published population, and compares it with the tasks and exceptions stored.
    static Verification verify(const QSqlDatabase &db, qint64 planId);

    static QString exceptionKindName(Planning::Exception::Kind kind);
};
