#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace Planning {

struct Task
{
    qint64 department = 0;
    qint64 enterprise = 0;
    QString trigger; // routine, clue, referral, recheck, invitation
    QList<qint64> items;
    QString source;
    bool drawn = false; // holds a routine draw (perhaps joined to a mandatory task)
};

struct Visit
{
    qint64 enterprise = 0;
    qint64 township = 0;
    QDate date;
    QString origin; // the first task's trigger, mandatory before routine
    QList<Task> tasks;        // one per department, in department order
    QList<qint64> officers;   // ascending
};

// A drawn or mandatory check that is not in the plan, with the reason; or a warning
// about one that is (the last routine check a cap allows).
struct Exception
{
    enum class Kind { Blocked, Unscheduled, Warning };
    Kind kind = Kind::Blocked;
    qint64 department = 0;
    qint64 enterprise = 0;
    QString trigger;
    QString reason; // a stable code: cap_department, cap_all, no_day, no_officer, no_items
    QString detail; // words for the user
    bool drawn = false; // a routine draw, so that re-running the draw can account for it
};

// Per department and tier: how many enterprises were in scope and how many were drawn.
struct DrawSize
{
    qint64 department = 0;
    char tier = 'B';
    int population = 0;
    int drawn = 0;
};

struct Result
{
    QList<Visit> visits; // by date, then township, then enterprise
    QList<Exception> exceptions;
    QList<DrawSize> draws;
    int routineDrawn = 0;
    int tasks = 0;
    int jointVisits = 0;
    int checksAvoided() const { return tasks - int(visits.size()); }
};

} // namespace Planning
