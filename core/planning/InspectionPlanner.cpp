#include "InspectionPlanner.h"

#include "RandomDraw.h"
#include "VisitScheduler.h"

#include <algorithm>
#include <map>

namespace {

using namespace Planning;

struct Candidate
{
    Task task;
    QDate earliest, latest;
};

bool mandatory(const QString &trigger)
{
    return trigger != u"routine";
}

QString departmentName(const Input &input, qint64 id)
{
    return input.departmentNames.value(id, QString::number(id));
}

} // namespace

Result InspectionPlanner::plan(const Input &input)
{
    Result result;
    QHash<qint64, int> index;
    for (int i = 0; i < int(input.enterprises.size()); ++i)
        index.insert(input.enterprises.at(i).id, i);
    QList<Department> departments = input.departments;
    std::sort(departments.begin(), departments.end(), [](const Department &a, const Department &b) { return a.code < b.code; });
    QHash<qint64, int> order; // department → position, for ordering tasks within a visit
    for (int i = 0; i < int(departments.size()); ++i)
        order.insert(departments.at(i).id, i);
    const auto clampStart = [&](const QDate &d) { return d.isValid() ? qMax(d, input.start) : input.start; };
    const auto clampEnd = [&](const QDate &d) { return d.isValid() ? qMin(d, input.end) : input.end; };

    std::map<int, QList<Candidate>> byEnterprise; // ordered, so the plan does not depend on hashing
    const RandomDraw common(input);
    for (const Department &d : std::as_const(departments)) {
        if (d.items.isEmpty()) {
            result.exceptions.append({Exception::Kind::Blocked, d.id, 0, QStringLiteral("routine"), QStringLiteral("no_items"),
                                      tr("%1 has no random-check items, so it draws nothing.").arg(departmentName(input, d.id))});
            continue;
        }
        const std::vector<int> drawn = input.coordinated ? common.draw(d, &result.draws)
                                                         : RandomDraw(input, d.code).draw(d, &result.draws);
        result.routineDrawn += int(drawn.size());
        for (const int i : drawn) {
            const Enterprise &e = input.enterprises.at(i);
            const int prior = input.routineByDepartment.value({d.id, e.id});
            if (prior >= input.departmentCap) {
                result.exceptions.append({Exception::Kind::Blocked, d.id, e.id, QStringLiteral("routine"), QStringLiteral("cap_department"),
                                          tr("%1 has already made %2 routine checks of this enterprise this year (at most %3).")
                                              .arg(departmentName(input, d.id))
                                              .arg(prior)
                                              .arg(input.departmentCap),
                                          true});
                continue;
            }
            if (prior + 1 == input.departmentCap)
                result.exceptions.append({Exception::Kind::Warning, d.id, e.id, QStringLiteral("routine"), QStringLiteral("cap_department"),
                                          tr("This is the last routine check by %1 of this enterprise allowed this year.")
                                              .arg(departmentName(input, d.id))});
            byEnterprise[i].append({{d.id, e.id, QStringLiteral("routine"), d.items, QString(), true}, clampStart(d.windowStart), clampEnd(d.windowEnd)});
        }
    }
    QHash<qint64, QList<qint64>> itemsOf;
    for (const Department &d : std::as_const(departments))
        itemsOf.insert(d.id, d.items);
    for (const MandatoryTask &m : input.mandatory) {
        const int i = index.value(m.enterprise, -1);
        if (i < 0) {
            result.exceptions.append({Exception::Kind::Unscheduled, m.department, m.enterprise, m.trigger, QStringLiteral("not_active"),
                                      tr("The enterprise of %1 is not an active enterprise of the register.").arg(sourceText(m.source))});
            continue;
        }
        byEnterprise[i].append({{m.department, m.enterprise, m.trigger, m.items.isEmpty() ? itemsOf.value(m.department) : m.items, m.source},
                                clampStart(m.earliest), clampEnd(m.latest)});
    }

    // 综合查一次: one enterprise's tasks share a visit wherever their windows meet.
    QList<VisitScheduler::Pending> pending;
    for (auto &[i, candidates] : byEnterprise) {
        const Enterprise &e = input.enterprises.at(i);
        std::stable_sort(candidates.begin(), candidates.end(), [&](const Candidate &a, const Candidate &b) {
            if (mandatory(a.task.trigger) != mandatory(b.task.trigger))
                return mandatory(a.task.trigger);
            return a.earliest != b.earliest ? a.earliest < b.earliest : order.value(a.task.department) < order.value(b.task.department);
        });
        QList<VisitScheduler::Pending> groups;
        for (const Candidate &c : std::as_const(candidates)) {
            bool placed = false;
            for (VisitScheduler::Pending &g : groups) {
                const QDate from = qMax(g.earliest, c.earliest);
                const QDate to = qMin(g.latest, c.latest);
                if (from > to)
                    continue;
                g.earliest = from;
                g.latest = to;
                auto same = std::find_if(g.visit.tasks.begin(), g.visit.tasks.end(),
                                         [&](const Task &t) { return t.department == c.task.department; });
                if (same == g.visit.tasks.end()) {
                    g.visit.tasks.append(c.task);
                } else {
                    // One department checks once per visit: the items join, a mandatory trigger wins.
                    for (const qint64 item : c.task.items) {
                        if (!same->items.contains(item))
                            same->items.append(item);
                    }
                    same->drawn = same->drawn || c.task.drawn;
                    if (!mandatory(same->trigger) && mandatory(c.task.trigger))
                        same->trigger = c.task.trigger;
                    if (!c.task.source.isEmpty())
                        same->source = same->source.isEmpty() ? c.task.source : same->source + QStringLiteral(", ") + c.task.source;
                }
                placed = true;
                break;
            }
            if (!placed) {
                VisitScheduler::Pending g;
                g.visit.enterprise = e.id;
                g.visit.township = e.township;
                g.visit.tasks.append(c.task);
                g.earliest = c.earliest;
                g.latest = c.latest;
                groups.append(g);
            }
        }
        // The all-departments cap counts entries into the enterprise, so a joint visit counts
        // once, and routine checks that join a clue or re-check visit add no entry at all.
        int visits = input.routineVisits.value(e.id);
        for (VisitScheduler::Pending &g : groups) {
            const bool routineOnly = std::none_of(g.visit.tasks.cbegin(), g.visit.tasks.cend(),
                                                  [](const Task &t) { return mandatory(t.trigger); });
            if (!routineOnly) {
                g.visit.origin = std::find_if(g.visit.tasks.cbegin(), g.visit.tasks.cend(), [](const Task &t) { return mandatory(t.trigger); })->trigger;
                pending.append(g);
                continue;
            }
            g.visit.origin = QStringLiteral("routine");
            if (visits >= input.allDepartmentsCap) {
                for (const Task &t : std::as_const(g.visit.tasks))
                    result.exceptions.append({Exception::Kind::Blocked, t.department, e.id, t.trigger, QStringLiteral("cap_all"),
                                              tr("The enterprise has already had %1 routine visits this year (at most %2 by all departments together).")
                                                  .arg(visits)
                                                  .arg(input.allDepartmentsCap),
                                              t.drawn});
                continue;
            }
            if (++visits == input.allDepartmentsCap)
                result.exceptions.append({Exception::Kind::Warning, 0, e.id, QStringLiteral("routine"), QStringLiteral("cap_all"),
                                          tr("This is the last routine visit to the enterprise allowed this year.")});
            pending.append(g);
        }
    }
    for (VisitScheduler::Pending &p : pending) {
        std::sort(p.visit.tasks.begin(), p.visit.tasks.end(),
                  [&](const Task &a, const Task &b) { return order.value(a.department, INT_MAX) < order.value(b.department, INT_MAX)
                                                             || (order.value(a.department, INT_MAX) == order.value(b.department, INT_MAX)
                                                                 && a.department < b.department); });
    }

    VisitScheduler scheduler(input);
    result.visits = scheduler.schedule(pending, &result.exceptions);
    for (const Visit &v : std::as_const(result.visits)) {
        result.tasks += int(v.tasks.size());
        if (v.tasks.size() > 1)
            ++result.jointVisits;
    }
    return result;
}

QString InspectionPlanner::sourceText(const QString &source)
{
    QStringList parts;
    for (const QString &key : source.split(QStringLiteral(", "), Qt::SkipEmptyParts)) {
        const QString number = key.section(u' ', -1);
        if (key.startsWith(QStringLiteral("red-line case ")))
            parts.append(tr("red-line case %1").arg(number));
        else if (key.startsWith(QStringLiteral("clue ")))
            parts.append(tr("clue %1").arg(number));
        else if (key.startsWith(QStringLiteral("finding ")))
            parts.append(tr("finding %1").arg(number));
        else
            parts.append(key);
    }
    return parts.join(tr(", "));
}
