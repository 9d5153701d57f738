#pragma once

#include <QDate>

// Periods counted as the Civil Code counts them (民法典 arts. 201–203): the day a period
// starts from is not counted; a period of months ends on the corresponding day of its last
// month, or that month's last day when there is none (2024-02-29 + 12 months ends on
// 2025-02-28; 2024-11-30 + 3 months on 2025-02-28); and its last day counts whole, to
// 24:00. So a credit event shown for 12 months from 2024-02-29 still counts on 2025-02-28
// and stops on 2025-03-01, and a repair after a 3-month minimum may be applied for from
// the day after the minimum's last day. (Art. 203's extension past a holiday concerns acts
// a party must do by a deadline, such as the 12345 deadlines counted in working days; it
// does not lengthen how long a record is shown.)
class CivilPeriod final
{
public:
    // The last day of a period of `months` months from `from`.
    static QDate lastDay(const QDate &from, int months) { return from.isValid() ? from.addMonths(months) : QDate(); }
    // The first day after it: when what the period held stops, or what it delayed may begin.
    static QDate dayAfter(const QDate &from, int months) { return from.isValid() ? lastDay(from, months).addDays(1) : QDate(); }
    // Whether `day` falls within the period (the start day and the last day included).
    static bool covers(const QDate &from, int months, const QDate &day) { return day >= from && day <= lastDay(from, months); }
};
