#include "WorkingCalendar.h"

#include "db/DatabaseError.h"

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
        throw DatabaseError(DatabaseError::Kind::Rejected, tr("Cannot read the calendar %1.").arg(path));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        throw DatabaseError(DatabaseError::Kind::Rejected,
                            tr("%1: not valid JSON at character %2 (%3).").arg(path).arg(error.offset).arg(error.errorString()));
    WorkingCalendar calendar;
    for (const char *key : {"holidays", "workdays"}) {
        const QJsonArray days = document.object().value(QLatin1String(key)).toArray();
        for (int i = 0; i < days.size(); ++i) {
            const QDate day = QDate::fromString(days.at(i).toString(), Qt::ISODate);
            if (!day.isValid())
                throw DatabaseError(DatabaseError::Kind::Rejected, tr("%1: %2[%3] is not a date (YYYY-MM-DD).")
                                                                       .arg(path, QLatin1String(key)).arg(i));
            (qstrcmp(key, "holidays") == 0 ? calendar.m_holidays : calendar.m_workdays).insert(day);
            calendar.m_years.insert(day.year());
        }
    }
    return calendar;
}

bool WorkingCalendar::covers(int year) const
{
    return m_years.contains(year);
}

bool WorkingCalendar::isWorkingDay(const QDate &date) const
{
    if (m_workdays.contains(date))
        return true;
    if (m_holidays.contains(date))
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
