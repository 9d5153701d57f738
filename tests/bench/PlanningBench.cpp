// Plans a quarter for a synthetic county (default 100,000 enterprises, 29 departments)
// with the pure engine, and reports medians: the whole plan, and the draws alone.
// usage: faircheck_planning_bench [--enterprises N] [--departments N] [--officers N] [--reps N]
#include "../core/PlanningFixture.h"
#include "BenchSupport.h"

#include "planning/InspectionPlanner.h"
#include "planning/RandomDraw.h"
#include "modules/CoreModules.h"

#include <QCoreApplication>
#include <QStringList>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    CoreModules::install();
    const QStringList args = app.arguments();
    const auto option = [&](const char *name, int fallback) {
        const int i = int(args.indexOf(QLatin1String(name)));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
    };
    const int enterprises = option("--enterprises", 100000);
    const int departments = option("--departments", 29);
    const int officers = option("--officers", 30);
    const int reps = option("--reps", 5);
    const Planning::Input input = PlanningFixture::county(enterprises, departments, officers, QStringLiteral("bench-2026Q1"));

    std::vector<double> plans, draws;
    Planning::Result result;
    for (int r = 0; r < reps; ++r) {
        plans.push_back(BenchSupport::timeMs([&] { result = InspectionPlanner::plan(input); }));
        draws.push_back(BenchSupport::timeMs([&] {
            const RandomDraw draw(input);
            for (const Planning::Department &d : input.departments)
                draw.draw(d, nullptr);
        }));
    }
    int unscheduled = 0;
    for (const Planning::Exception &e : result.exceptions)
        unscheduled += e.kind == Planning::Exception::Kind::Unscheduled ? 1 : 0;
    BenchSupport::out() << QStringLiteral("%1 enterprises, %2 departments, %3 officers each, %4 working days: %5 drawn, %6 tasks, "
                                          "%7 visits (%8 joint), %9 checks avoided, %10 unscheduled")
                               .arg(enterprises)
                               .arg(departments)
                               .arg(officers)
                               .arg(input.workingDays.size())
                               .arg(result.routineDrawn)
                               .arg(result.tasks)
                               .arg(result.visits.size())
                               .arg(result.jointVisits)
                               .arg(result.checksAvoided())
                               .arg(unscheduled)
                        << Qt::endl;
    BenchSupport::report(QStringLiteral("plan a quarter (draw, merge, schedule)"), plans);
    BenchSupport::report(QStringLiteral("draws only (numbers + every department)"), draws);
    return 0;
}
