#pragma once

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

// Everything the planner needs, gathered from the database (PlanStore) or built by a
// test or benchmark. The planner itself reads nothing else, so a plan is a pure
// function of this input.
namespace Planning {

struct Enterprise
{
    qint64 id = 0;
    QString uscc;       // the key of the permanent random number: stable across databases
    qint64 township = 0;
    QString industry;
    char tier = 'B';    // an enterprise without a score yet is sampled as B (一般)
    bool sandbox = false;
};

struct Department
{
    qint64 id = 0;
    QString code;
    QList<qint64> items;      // its routine random-check items
    QSet<QString> industries; // empty: every industry
    QSet<qint64> townships;   // empty: every township
    QDate windowStart, windowEnd; // when its checks may take place; invalid: the whole period
};

struct Officer
{
    qint64 id = 0;
    qint64 department = 0;
    QDate certificateExpiry; // invalid: no expiry recorded
};

// A check the plan must hold whatever the draw: a clue, a rectification re-check, a
// referral, an invitation. Exempt from the frequency caps but counted.
struct MandatoryTask
{
    qint64 department = 0;
    qint64 enterprise = 0;
    QString trigger; // clue, referral, recheck, invitation
    QList<qint64> items;
    QDate earliest, latest; // invalid: the plan's period
    QString source;         // e.g. "clue 12" or "finding 40", for the report
};

struct Input
{
    QDate start, end;
    QString seed;
    QList<QDate> workingDays; // within [start, end], ascending
    QList<Enterprise> enterprises;
    QList<Department> departments;
    QList<Officer> officers;
    QList<MandatoryTask> mandatory;
    QHash<qint64, QString> departmentNames; // every department, for messages
    QSet<QPair<qint64, qint64>> conflicts;       // (officer, enterprise) 回避
    QHash<qint64, QSet<qint64>> lastOfficers;    // enterprise → officers of its last visit
    QHash<QPair<qint64, qint64>, int> routineByDepartment; // (department, enterprise) → routine checks this year
    QHash<qint64, int> routineVisits;            // enterprise → routine visits this year (all departments)
    // From the credit rule set in force (DESIGN.md defaults): percent of each tier drawn.
    QHash<QString, int> samplingPercent = {{QStringLiteral("A"), 2}, {QStringLiteral("B"), 5},
                                           {QStringLiteral("C"), 100}, {QStringLiteral("D"), 100}};
    // Routine checks a year: per department of one enterprise, and entries (visits) of
    // all departments together.
    int departmentCap = 2;
    int allDepartmentsCap = 4;
    int visitsPerOfficerPerDay = 3;
    bool coordinated = true; // false only to compare with independent draws
};

} // namespace Planning
