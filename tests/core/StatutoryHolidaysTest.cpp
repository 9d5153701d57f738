#include "TestSupport.h"

#include "supervision/ClueStore.h"
#include "util/WorkingCalendar.h"

namespace {

QDate day(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

} // namespace

TEST_CASE("Statutory holidays stand for years without a notice — lunar festivals from the published table", "[calendar]")
{
    // The published dates of 春节 (正月初一), 端午 and 中秋, 2024–2030: the table must give
    // 除夕 the day before each 春节 and the same 端午 and 中秋.
    struct Published { int year; const char *springFestival; const char *dragonBoat; const char *midAutumn; };
    const Published published[] = {
        {2024, "2024-02-10", "2024-06-10", "2024-09-17"}, {2025, "2025-01-29", "2025-05-31", "2025-10-06"},
        {2026, "2026-02-17", "2026-06-19", "2026-09-25"}, {2027, "2027-02-06", "2027-06-09", "2027-09-15"},
        {2028, "2028-01-26", "2028-05-28", "2028-10-03"}, {2029, "2029-02-13", "2029-06-16", "2029-09-22"},
        {2030, "2030-02-03", "2030-06-05", "2030-09-12"},
    };
    for (const Published &p : published) {
        INFO(p.year);
        const QSet<QDate> holidays = WorkingCalendar::statutoryHolidays(p.year);
        // 春节 4 days from 除夕 (the 2024 amendment): 除夕 and 正月初一 to 初三.
        const QDate newYear = day(p.springFestival);
        for (int d = -1; d <= 2; ++d)
            CHECK(holidays.contains(newYear.addDays(d)));
        CHECK_FALSE(holidays.contains(newYear.addDays(3)));
        CHECK(holidays.contains(day(p.dragonBoat)));
        CHECK(holidays.contains(day(p.midAutumn)));
        // 元旦 1, 劳动节 2, 国庆 3 days.
        CHECK(holidays.contains(QDate(p.year, 1, 1)));
        CHECK(holidays.contains(QDate(p.year, 5, 2)));
        CHECK_FALSE(holidays.contains(QDate(p.year, 5, 3)));
        CHECK(holidays.contains(QDate(p.year, 10, 3)));
        // 4 + 1 (清明) + 1 + 1 + 1 + 2 + 3 = 13 days, as the law counts them; in 2028 中秋
        // falls on 10-03, a day of 国庆 already, so the year has 12 distinct days.
        const QDate midAutumn = day(p.midAutumn);
        const bool overlaps = midAutumn >= QDate(p.year, 10, 1) && midAutumn <= QDate(p.year, 10, 3);
        CHECK(holidays.size() == (overlaps ? 12 : 13));
    }
    // A calendar library's lunar calendar is a day off in 2027 and 2030; the table is not.
    CHECK(WorkingCalendar::statutoryHolidays(2027).contains(day("2027-02-05"))); // 除夕
    CHECK_FALSE(WorkingCalendar::statutoryHolidays(2027).contains(day("2027-02-09")));
    CHECK(WorkingCalendar::statutoryHolidays(2030).contains(day("2030-02-02")));

    const WorkingCalendar &calendar = WorkingCalendar::builtIn();
    REQUIRE_FALSE(calendar.covers(2027));
    CHECK_FALSE(calendar.isWorkingDay(day("2027-01-01"))); // a Friday, but 元旦
    CHECK_FALSE(calendar.isWorkingDay(day("2027-02-08"))); // Monday, 正月初三
    CHECK(calendar.isWorkingDay(day("2027-02-09")));
    CHECK(calendar.isProvisional(day("2027-03-01")));
    CHECK_FALSE(calendar.isProvisional(day("2026-03-01")));
    // A 12345 deadline of 5 working days from Wednesday 2026-12-30: Thursday 31st (1),
    // not Friday 2027-01-01 (元旦), then Monday to Thursday 4–7 January (2–5): 2027-01-07.
    CHECK(calendar.addWorkingDays(day("2026-12-30"), 5) == day("2027-01-07"));
    CHECK_FALSE(ClueStore::deadlineNote(day("2027-01-07")).isEmpty());
    CHECK(ClueStore::deadlineNote(day("2026-12-31")).isEmpty());
    CHECK(calendar.yearsWithoutNotice(day("2026-11-01"), day("2027-02-01")) == QList<int>{2027});
}
