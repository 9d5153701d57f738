#include "ChineseDate.h"

QString ChineseDate::format(const QDate &date)
{
    return date.isValid() ? QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day()) : QString();
}
