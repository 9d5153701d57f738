#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

// The date of something that happened (a visit's results, a clue's step, advice given,
// a review, a decision, a delivery): required, and never after today. A record dated
// in the future would be counted in figures for a month that has not come.
class RecordDate final
{
    Q_DECLARE_TR_FUNCTIONS(RecordDate)

public:
    // Throws Refusal naming `what` ("The date of the visit").
    static void requireNotFuture(const QDate &date, const QString &what);
};
