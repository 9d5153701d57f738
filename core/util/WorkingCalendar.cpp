#include "WorkingCalendar.h"

#include "Refusal.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

const WorkingCalendar &WorkingCalendar::builtIn()
{
    static const WorkingCalendar calendar = fromFile(QStringLiteral(":/faircheck/calendar/cn-holidays.json"));
    return calendar;
}

WorkingCalendar WorkingCalendar::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Refusal(tr("Cannot read the calendar %1.").arg(path));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        throw Refusal(tr("%1: not valid JSON at character %2 (%3).").arg(path).arg(error.offset).arg(error.errorString()));
    WorkingCalendar calendar;
    for (const char *key : {"holidays", "workdays"}) {
        const QJsonArray days = document.object().value(QLatin1String(key)).toArray();
        for (int i = 0; i < days.size(); ++i) {
            const QDate day = QDate::fromString(days.at(i).toString(), Qt::ISODate);
            if (!day.isValid())
                throw Refusal(tr("%1: %2[%3] is not a date (YYYY-MM-DD).")
                                                                       .arg(path, QLatin1String(key)).arg(i));
            (qstrcmp(key, "holidays") == 0 ? calendar.m_holidays : calendar.m_workdays).insert(day);
            calendar.m_years.insert(day.year());
        }
    }
    // The law's holidays for the years around the notices that are not in yet.
    for (int year = 2025; year <= 2035; ++year) { // the 2024 amendment applies from 2025
        if (!calendar.m_years.contains(year))
            calendar.m_statutory.unite(statutoryHolidays(year));
    }
    return calendar;
}

QSet<QDate> WorkingCalendar::statutoryHolidays(int year)
{
    static const QJsonObject table = [] {
        QFile file(QStringLiteral(":/faircheck/calendar/lunar-festivals.json"));
        return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object().value(u"years").toObject()
                                              : QJsonObject();
    }();
    const QJsonObject festivals = table.value(QString::number(year)).toObject();
    if (festivals.isEmpty())
        return {};
    auto day = [&](const char *key) { return QDate::fromString(festivals.value(QLatin1String(key)).toString(), Qt::ISODate); };
    QSet<QDate> days = {QDate(year, 1, 1), QDate(year, 5, 1), QDate(year, 5, 2), QDate(year, 10, 1), QDate(year, 10, 2), QDate(year, 10, 3),
                        day("qingming"), day("duanwu"), day("zhongqiu")};
    for (int i = 0; i < 4; ++i) // 除夕 and 正月初一 to 初三
        days.insert(day("chuxi").addDays(i));
    days.remove(QDate());
    return days;
}

QList<int> WorkingCalendar::yearsWithoutNotice(const QDate &from, const QDate &to) const
{
    QList<int> years;
    for (int year = from.year(); year <= to.year(); ++year) {
        if (!covers(year))
            years.append(year);
    }
    return years;
}

bool WorkingCalendar::covers(int year) const
{
    return m_years.contains(year);
}

bool WorkingCalendar::isWorkingDay(const QDate &date) const
{
    if (m_workdays.contains(date))
        return true;
    if (m_holidays.contains(date) || m_statutory.contains(date))
        return false;
    return date.dayOfWeek() <= 5;
}

QDate WorkingCalendar::addWorkingDays(const QDate &from, int n) const
{
    QDate day = from;
    for (int counted = 0; counted < n;) {
        day = day.addDays(1);
        if (isWorkingDay(day))
            ++counted;
    }
    return day;
}

int WorkingCalendar::workingDaysBetween(const QDate &from, const QDate &to) const
{
    if (to < from)
        return -workingDaysBetween(to, from);
    int count = 0;
    for (QDate day = from.addDays(1); day <= to; day = day.addDays(1))
        count += isWorkingDay(day) ? 1 : 0;
    return count;
}
