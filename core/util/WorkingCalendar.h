#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QSet>
#include <QString>

// The county's working days: Monday to Friday, less public holidays, plus the
// weekend days worked in exchange (调休), all from the State Council's notices as data
// (resources/calendar/cn-holidays.json, or an office's copy). For a year whose notice is
// not in yet, the statutory holidays of 全国年节及纪念日放假办法 are still holidays
// (resources/calendar/lunar-festivals.json gives the lunar ones); only the make-up
// working weekends are unknown, so dates in such a year are provisional and say so.
// Deadlines counted in working days use this.
class WorkingCalendar final
{
    Q_DECLARE_TR_FUNCTIONS(WorkingCalendar)

public:
    // The built-in calendar.
    static const WorkingCalendar &builtIn();
    // Throws Refusal naming the file and the entry at fault.
    static WorkingCalendar fromFile(const QString &path);

    bool isWorkingDay(const QDate &date) const;
    // Whether the year's notice is in (its holidays and make-up days are known).
    bool covers(int year) const;
    // Whether working days counted to `date` may still move when a notice comes.
    bool isProvisional(const QDate &date) const { return !covers(date.year()); }
    // The years from `from` to `to` that have no notice yet.
    QList<int> yearsWithoutNotice(const QDate &from, const QDate &to) const;
    // The statutory holidays of a year, from the law and the festival table; empty for a
    // year the table does not reach.
    static QSet<QDate> statutoryHolidays(int year);
    // The n-th working day after `from` (n ≥ 1); `from` itself does not count.
    QDate addWorkingDays(const QDate &from, int n) const;
    // Working days in (from, to]; negative when to is before from.
    int workingDaysBetween(const QDate &from, const QDate &to) const;

private:
    QSet<QDate> m_holidays;
    QSet<QDate> m_statutory; // for years without a notice
    QSet<QDate> m_workdays;
    QSet<int> m_years;
};
