#include "RecordDate.h"

#include "Refusal.h"

void RecordDate::requireNotFuture(const QDate &date, const QString &what)
{
    if (!date.isValid())
        throw Refusal(tr("%1 is required (YYYY-MM-DD).").arg(what));
    const QDate today = QDate::currentDate();
    if (date > today)
        throw Refusal(tr("%1, %2, is in the future: only what has happened is recorded (today is %3).")
                                  .arg(what, date.toString(Qt::ISODate), today.toString(Qt::ISODate)));
}
