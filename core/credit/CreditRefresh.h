#pragma once

#include <QDate>
#include <QSqlDatabase>

// What follows an import or any batch of source records, in one place so that the app
// and the command line leave the same data: new visits, findings, cases and verified
// complaints become credit events, then the enterprises they touch are scored again
// (incrementally) as of the day.
class CreditRefresh final
{
public:
    struct Outcome
    {
        qint64 events = 0;    // credit events derived
        qint64 evaluated = 0; // enterprises scored again
        qint64 changed = 0;
    };

    static Outcome run(const QSqlDatabase &db, const QDate &asOf = QDate::currentDate());
    // Whether an import of this kind brings records that feed credit.
    static bool follows(const QString &importKind);
};
