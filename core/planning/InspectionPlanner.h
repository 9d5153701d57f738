#pragma once

#include "PlanInput.h"
#include "PlanResult.h"

#include <QCoreApplication>

// The planning engine, pure: draws each department's routine sample (RandomDraw), adds
// the mandatory tasks, applies the frequency caps, merges the tasks for one enterprise
// into visits where the departments' windows meet (综合查一次), then lets the
// VisitScheduler put the visits on working days with officers. Anything that does not
// make it into the plan is in Result::exceptions with the reason, never dropped.
class InspectionPlanner final
{
    Q_DECLARE_TR_FUNCTIONS(InspectionPlanner)

public:
    static Planning::Result plan(const Planning::Input &input);
    // A task's source as stored ("clue 12, red-line case 3, finding 7": keys the planner
    // matches on) in words of the interface's language.
    static QString sourceText(const QString &source);
};
