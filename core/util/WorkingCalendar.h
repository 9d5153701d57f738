#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QSet>
#include <QString>

// The county's working days: Monday to Friday, less public holidays, plus the
// weekend days worked in exchange (调休), all from a data file
// (resources/calendar/cn-holidays.json, or an office's copy). Deadlines counted in
// working days use this.
class WorkingCalendar final
{
    Q_DECLARE_TR_FUNCTIONS(WorkingCalendar)

public:
    // The built-in calendar.
    static const WorkingCalendar &builtIn();
    // Throws DatabaseError (Rejected) naming the file and the entry at fault.
    static WorkingCalendar fromFile(const QString &path);

    bool isWorkingDay(const QDate &date) const;
    // Whether the file lists that year's holidays; outside them only weekends are known.
    bool covers(int year) const;
    // The n-th working day after `from` (n ≥ 1); `from` itself does not count.
    QDate addWorkingDays(const QDate &from, int n) const;
    // Working days in (from, to]; negative when to is before from.
    int workingDaysBetween(const QDate &from, const QDate &to) const;

private:
    QSet<QDate> m_holidays;
    QSet<QDate> m_workdays;
    QSet<int> m_years;
};
