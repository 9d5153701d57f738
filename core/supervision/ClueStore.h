#pragma once

#include "util/WorkingCalendar.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// Enforcement-supervision clues (线索) from receipt to closure: received → assigned
// (督办, a department and a deadline in working days) → responded → rectified →
// verified → closed; a department may return a clue and it is reassigned. Every step
// is dated with who took it. Illegal moves are refused with the moves allowed.
class ClueStore final
{
    Q_DECLARE_TR_FUNCTIONS(ClueStore)

public:
    struct Move
    {
        QString to;
        QDate on;
        QString by;
        QString note;
        qint64 departmentId = 0;   // assigned: the responsible department
        int workingDays = 0;       // assigned: deadline in working days (0: the rule's default)
        bool complaintVerified = false; // verified: the complaint proved true (a credit event)
    };
    struct Clue
    {
        qint64 id = 0;
        QString orderNo;
        QString category;
        QString content;
        QString enterprise;
        QString department;
        QDate receivedOn;
        QDate deadline;
        QString state;
        QDate closedOn;
        bool complaintVerified = false;
        int workingDaysLeft = 0; // to the deadline, from the list's date; negative when overdue
    };
    struct Step
    {
        QString state;
        QDate on;
        QString by;
        QString note;
        QString enteredBy; // the signed-in user who recorded it
        // "by", or "by (entered by X)" when someone else recorded it.
        QString byline() const;
    };
    enum class Listing { All, Open, Overdue, DueSoon };

    static QStringList allowedMoves(const QString &from);
    // Throws Refusal for an illegal move or missing data; writes nothing then.
    static void move(const QSqlDatabase &db, qint64 clueId, const Move &move, const WorkingCalendar &calendar = WorkingCalendar::builtIn());
    static QList<Clue> list(const QSqlDatabase &db, Listing listing, const QDate &asOf, int dueSoonDays = 3,
                            const WorkingCalendar &calendar = WorkingCalendar::builtIn());
    static QList<Step> steps(const QSqlDatabase &db, qint64 clueId);
    static QString stateOf(const QSqlDatabase &db, qint64 clueId); // empty for an unknown clue
    // How many clues are in each state, in the workflow's order (states with none left out);
    // a township's (by its 12345 order) when townshipId is not 0.
    static QList<QPair<QString, int>> countsByState(const QSqlDatabase &db, qint64 townshipId = 0);
    // A deadline counted without the year's holiday notice may move: the sentence saying
    // so, empty when the deadline is firm.
    static QString deadlineNote(const QDate &deadline, const WorkingCalendar &calendar = WorkingCalendar::builtIn());
    static int defaultDeadlineDays();
};
