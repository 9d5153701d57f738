#include "VisitScheduler.h"

#include "RandomDraw.h"
#include "util/SeededRandom.h"

#include <algorithm>
#include <numeric>

VisitScheduler::VisitScheduler(const Planning::Input &input)
    : m_input(input)
{
    QList<int> order(input.officers.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return input.officers.at(a).id < input.officers.at(b).id; });
    for (const int i : std::as_const(order)) {
        m_officerIndex.insert(input.officers.at(i).id, i);
        m_pool[input.officers.at(i).department].append(i);
    }
    m_dayLoad.assign(size_t(input.workingDays.size()), 0);
    m_load.assign(size_t(input.workingDays.size()) * size_t(input.officers.size()), 0);
    for (auto it = m_pool.cbegin(); it != m_pool.cend(); ++it)
        m_departmentIndex.insert(it.key(), int(m_departmentIndex.size()));
    m_departmentFree.resize(size_t(input.workingDays.size()) * size_t(m_departmentIndex.size()));
    for (size_t day = 0; day < size_t(input.workingDays.size()); ++day) {
        for (auto it = m_pool.cbegin(); it != m_pool.cend(); ++it)
            m_departmentFree[day * size_t(m_departmentIndex.size()) + size_t(m_departmentIndex.value(it.key()))] =
                int(it.value().size()) * input.visitsPerOfficerPerDay;
    }
}

bool VisitScheduler::tryDay(Planning::Visit &visit, int day, QString *missing)
{
    const QDate date = m_input.workingDays.at(day);
    const size_t base = size_t(day) * size_t(m_input.officers.size());
    const size_t departments = size_t(m_departmentIndex.size());
    const int need = visit.tasks.size() == 1 ? 2 : 1;
    const auto fail = [&](qint64 department) {
        *missing = m_input.departmentNames.value(department, QString::number(department));
        return false;
    };
    // First the cheap test: has each department enough visits left that day at all?
    for (const Planning::Task &task : std::as_const(visit.tasks)) {
        const auto d = m_departmentIndex.constFind(task.department);
        if (d == m_departmentIndex.cend() || m_departmentFree[size_t(day) * departments + size_t(d.value())] < need)
            return fail(task.department);
    }
    const auto last = m_input.lastOfficers.constFind(visit.enterprise);
    if (m_candidates.size() < size_t(visit.tasks.size()))
        m_candidates.resize(size_t(visit.tasks.size()));
    for (int k = 0; k < visit.tasks.size(); ++k) {
        std::vector<int> &candidates = m_candidates[size_t(k)];
        candidates.clear();
        for (const int i : m_pool.value(visit.tasks.at(k).department)) {
            const Planning::Officer &o = m_input.officers.at(i);
            if (m_load[base + size_t(i)] >= m_input.visitsPerOfficerPerDay || (o.certificateExpiry.isValid() && o.certificateExpiry < date)
                || (last != m_input.lastOfficers.cend() && last->contains(o.id)) || m_input.conflicts.contains({o.id, visit.enterprise}))
                continue;
            candidates.push_back(i);
        }
        if (int(candidates.size()) < need)
            return fail(visit.tasks.at(k).department);
    }
    // The officer draw is keyed by the seed, the enterprise and the day, so it is
    // reproducible and independent of the order other visits were drawn in.
    SeededRandom rng(RandomDraw::permanentNumber(m_input.seed + QStringLiteral("\nofficers\n") + date.toString(Qt::ISODate),
                                                 QString::number(visit.enterprise)));
    QList<int> chosen;
    for (int k = 0; k < visit.tasks.size(); ++k) {
        std::vector<int> &candidates = m_candidates[size_t(k)];
        for (int n = 0; n < need; ++n) {
            const int pick = rng.bounded(int(candidates.size()));
            chosen.append(candidates[size_t(pick)]);
            candidates.erase(candidates.begin() + pick);
        }
    }
    visit.officers.clear();
    for (const int i : std::as_const(chosen)) {
        ++m_load[base + size_t(i)];
        --m_departmentFree[size_t(day) * departments + size_t(m_departmentIndex.value(m_input.officers.at(i).department))];
        visit.officers.append(m_input.officers.at(i).id);
    }
    std::sort(visit.officers.begin(), visit.officers.end());
    visit.date = date;
    return true;
}

QList<Planning::Visit> VisitScheduler::schedule(QList<Pending> pending, QList<Planning::Exception> *exceptions)
{
    std::stable_sort(pending.begin(), pending.end(), [](const Pending &a, const Pending &b) {
        if (a.visit.township != b.visit.township)
            return a.visit.township < b.visit.township;
        if (a.latest != b.latest)
            return a.latest < b.latest;
        return a.visit.enterprise < b.visit.enterprise;
    });
    const QList<QDate> &days = m_input.workingDays;
    const int dayCount = int(days.size());
    // Each day's share, so that the period is used evenly and townships keep together.
    const int share = dayCount > 0 ? int((pending.size() + dayCount - 1) / dayCount) : 0;
    QList<Planning::Visit> scheduled;
    int cursor = 0;
    qint64 township = -1;
    for (Pending &p : pending) {
        const int first = int(std::lower_bound(days.cbegin(), days.cend(), p.earliest) - days.cbegin());
        const int last = int(std::upper_bound(days.cbegin(), days.cend(), p.latest) - days.cbegin()) - 1;
        QString reason = QStringLiteral("no_day");
        QString missing;
        int found = -1;
        if (first <= last) {
            if (p.visit.township != township && m_dayLoad[size_t(cursor)] > 0)
                cursor = (cursor + 1) % dayCount;
            township = p.visit.township;
            for (int pass = 0; pass < 2 && found < 0; ++pass) {
                for (int k = 0; k < dayCount && found < 0; ++k) {
                    const int day = (cursor + k) % dayCount;
                    if (day < first || day > last || (pass == 0 && m_dayLoad[size_t(day)] >= share))
                        continue;
                    if (tryDay(p.visit, day, &missing))
                        found = day;
                }
            }
            if (found < 0)
                reason = QStringLiteral("no_officer");
        }
        if (found >= 0) {
            ++m_dayLoad[size_t(found)];
            cursor = found;
            scheduled.append(p.visit);
            continue;
        }
        for (const Planning::Task &task : std::as_const(p.visit.tasks)) {
            const QString detail = reason == u"no_day"
                ? tr("No working day falls within the window of the departments' checks (%1 to %2).")
                      .arg(p.earliest.toString(Qt::ISODate), p.latest.toString(Qt::ISODate))
                : tr("Not enough free certified officers of %1 on any working day of the window; conflicts of "
                     "interest and the officers of the enterprise's last visit are excluded.")
                      .arg(missing);
            exceptions->append(
                {Planning::Exception::Kind::Unscheduled, task.department, task.enterprise, task.trigger, reason, detail, task.drawn});
        }
    }
    std::sort(scheduled.begin(), scheduled.end(), [](const Planning::Visit &a, const Planning::Visit &b) {
        if (a.date != b.date)
            return a.date < b.date;
        if (a.township != b.township)
            return a.township < b.township;
        return a.enterprise < b.enterprise;
    });
    return scheduled;
}
