#pragma once

#include "PlanInput.h"
#include "PlanResult.h"

#include <QCoreApplication>
#include <QHash>

#include <vector>

// Puts merged visits on the plan's working days and draws their officers. Visits of one
// township are taken together so that they share days; no day takes more than its
// share of the period's visits while another day has room; no officer takes more than
// the daily number of visits. Each visit gets one officer of every department taking
// part, two when only one department does, drawn at random among the certified
// officers who are free that day, have no declared conflict with the enterprise and
// were not on its last visit.
class VisitScheduler final
{
    Q_DECLARE_TR_FUNCTIONS(VisitScheduler)

public:
    struct Pending
    {
        Planning::Visit visit;
        QDate earliest, latest; // the departments' windows met
    };

    explicit VisitScheduler(const Planning::Input &input);
    // Schedules in place; what cannot be scheduled goes to `exceptions`.
    QList<Planning::Visit> schedule(QList<Pending> pending, QList<Planning::Exception> *exceptions);

private:
    bool tryDay(Planning::Visit &visit, int day, QString *missing);
    const Planning::Input &m_input;
    QHash<qint64, int> m_officerIndex;
    QHash<qint64, QList<int>> m_pool; // department → officer indexes, by id
    std::vector<int> m_load;          // day × officer → visits that day
    std::vector<int> m_dayLoad;
    // day × department (dense index) → visits its officers can still make that day, so a
    // full day is passed over without looking at each officer.
    QHash<qint64, int> m_departmentIndex;
    std::vector<int> m_departmentFree;
    std::vector<std::vector<int>> m_candidates; // reused buffers, one per department of a visit
};
