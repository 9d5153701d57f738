#pragma once

#include <QString>

// The SQL that defines the figures several parts of the program count (DESIGN.md §5):
// the indicators, a plan's own figures, the case ledger's breakdowns and the lists of
// overdue clues splice these in, so each figure is counted one way everywhere.
class FigureSql final
{
public:
    // The SQL of lenient_cases and fines_waived over penalty_case p, for breakdowns that
    // group them differently (by month and department) but must count the same way.
    static QString lenientCase();
    // The one definition of an overdue clue (alias c; binds :asof), for the figure and the
    // lists of overdue clues alike.
    static QString overdueClue();
    static QString fineWaived();
    // visits, joint_visits and tasks over a set of visits: {VISITS} is a statement that
    // selects their ids, {DEPT} an extra condition on the task t (or nothing). A plan's
    // figures use these, so they count exactly as the report's.
    static QString visitCount();
    static QString jointVisits();
    static QString taskCount();
};
