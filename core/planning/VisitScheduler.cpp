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
}

bool VisitScheduler::tryDay(Planning::Visit &visit, int day, QString *missing)
{
    const QDate date = m_input.workingDays.at(day);
    const size_t base = size_t(day) * size_t(m_input.officers.size());
    // The officer draw is keyed by the seed, the enterprise and the day, so it is
    // reproducible and independent of the order other visits were drawn in.
    SeededRandom rng(RandomDraw::permanentNumber(m_input.seed + QStringLiteral("\nofficers\n") + date.toString(Qt::ISODate),
                                                 QString::number(visit.enterprise)));
    const QSet<qint64> last = m_input.lastOfficers.value(visit.enterprise);
    QList<int> chosen;
    const int need = visit.tasks.size() == 1 ? 2 : 1;
    for (const Planning::Task &task : std::as_const(visit.tasks)) {
        QList<int> candidates;
        for (const int i : m_pool.value(task.department)) {
            const Planning::Officer &o = m_input.officers.at(i);
            if ((o.certificateExpiry.isValid() && o.certificateExpiry < date) || m_load[base + size_t(i)] >= m_input.visitsPerOfficerPerDay
                || m_input.conflicts.contains({o.id, visit.enterprise}) || last.contains(o.id) || chosen.contains(i))
                continue;
            candidates.append(i);
        }
        if (candidates.size() < need) {
            *missing = m_input.departmentNames.value(task.department, QString::number(task.department));
            return false;
        }
        for (int k = 0; k < need; ++k)
            chosen.append(candidates.takeAt(rng.bounded(int(candidates.size()))));
    }
    visit.officers.clear();
    for (const int i : std::as_const(chosen)) {
        ++m_load[base + size_t(i)];
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
