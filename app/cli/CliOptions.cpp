#include "CliOptions.h"

QDate CliOptions::date(const char *option, const QDate &fallback, bool *ok) const
{
    const QString text = value(option);
    if (text.isEmpty())
        return fallback;
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid())
        *ok = false;
    return d;
}

qint64 CliOptions::number(const QString &text, bool *ok)
{
    bool parsed = false;
    const qint64 n = text.toLongLong(&parsed);
    if (!parsed || n <= 0)
        *ok = false;
    return n;
}
