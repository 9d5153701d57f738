#pragma once

#include "planning/PlanInput.h"
#include "util/SeededRandom.h"
#include "util/WorkingCalendar.h"

// A synthetic county for the planning engine, shared by its tests and its benchmark:
// enterprises spread over townships, industries and tiers, departments that each
// cover a few industries, officers per department. Deterministic for a given size.
namespace PlanningFixture {

inline QString uscc(qint64 n)
{
    // A well-formed code is not needed by the engine; a unique stable key is.
    return QStringLiteral("9133%1").arg(n, 14, 10, QLatin1Char('0'));
}

inline Planning::Input county(int enterprises, int departments, int officersPerDepartment, const QString &seed,
                              const QDate &start = QDate(2026, 1, 1), const QDate &end = QDate(2026, 3, 31))
{
    Planning::Input input;
    input.start = start;
    input.end = end;
    input.seed = seed;
    const WorkingCalendar &calendar = WorkingCalendar::builtIn();
    for (QDate d = start; d <= end; d = d.addDays(1)) {
        if (calendar.isWorkingDay(d))
            input.workingDays.append(d);
    }
    SeededRandom rng(20261129);
    const int industries = 20;
    for (int i = 0; i < enterprises; ++i) {
        Planning::Enterprise e;
        e.id = i + 1;
        e.uscc = uscc(i + 1);
        e.township = 1 + rng.bounded(12);
        e.industry = QStringLiteral("I%1").arg(rng.bounded(industries));
        const int roll = rng.bounded(100);
        e.tier = roll < 30 ? 'A' : roll < 90 ? 'B' : roll < 97 ? 'C' : 'D';
        e.sandbox = e.tier == 'A' && rng.chance(20);
        input.enterprises.append(e);
    }
    qint64 item = 1;
    qint64 officer = 1;
    for (int d = 0; d < departments; ++d) {
        Planning::Department dep;
        dep.id = d + 1;
        dep.code = QStringLiteral("D%1").arg(d + 1, 2, 10, QLatin1Char('0'));
        input.departmentNames.insert(dep.id, dep.code);
        for (int k = 0; k < 3; ++k)
            dep.items.append(item++);
        // Each department covers three industries, overlapping with its neighbours'.
        for (int k = 0; k < 3; ++k)
            dep.industries.insert(QStringLiteral("I%1").arg((d * 2 + k) % industries));
        input.departments.append(dep);
        for (int k = 0; k < officersPerDepartment; ++k)
            input.officers.append({officer++, dep.id, QDate()});
    }
    return input;
}

} // namespace PlanningFixture
