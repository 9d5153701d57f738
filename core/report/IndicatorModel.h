#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// The county's indicators (DESIGN.md §5): one definition each, computed over the
// database for a period and a scope. The dashboard, the reports and `kpi` all read
// this model; nothing else computes a figure.
class IndicatorModel final
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorModel)

public:
    // The SQL of lenient_cases and fines_waived over penalty_case p, for breakdowns that
    // group them differently (by month and department) but must count the same way.
    static QString lenientCaseSql();
    // The one definition of an overdue clue (alias c; binds :asof), for the figure and the
    // lists of overdue clues alike.
    static QString overdueClueSql();
    static QString fineWaivedSql();
    // visits, joint_visits and tasks over a set of visits: {VISITS} is a statement that
    // selects their ids, {DEPT} an extra condition on the task t (or nothing). A plan's
    // figures use these, so they count exactly as the report's.
    static QString visitCountSql();
    static QString jointVisitSql();
    static QString taskCountSql();

    enum class Unit { Count, Percent, Fen, Points };

    struct Definition
    {
        QString id;
        QString nameZh;
        QString nameEn;
        QString definition; // what is counted, distinct by what, which date decides
        Unit unit = Unit::Count;
        // The name in the interface's language, so that a report never mixes two.
        QString name() const;
    };

    struct Scope
    {
        QDate from;           // first day counted
        QDate to;             // last day counted ("month end")
        qint64 townshipId = 0;   // 0 = the whole county
        qint64 departmentId = 0; // 0 = all departments
        // The day the figures are computed on (default: today). A state "at month end"
        // (an open clue past its deadline) is taken on the month's last day, or on this day
        // when the month is not over yet: a deadline still to come is never overdue.
        QDate today;
        QDate asOf() const { return qMin(to, today.isValid() ? today : QDate::currentDate()); }

        static Scope month(const QDate &anyDay);
        static Scope yearToDate(const QDate &anyDay);
    };

    struct Value
    {
        QString id;
        double value = 0;   // counts and fen are whole; percent is 0–100
        bool defined = true; // false for a rate with nothing to divide by
    };

    static const QList<Definition> &definitions();
    static const Definition *definition(const QString &id);
    static QList<Value> compute(const QSqlDatabase &db, const Scope &scope);
    // Only visits, tasks and checks avoided (for trends over many months): the same
    // definitions as compute(), without the other twenty-six queries.
    static QList<Value> computeVisits(const QSqlDatabase &db, const Scope &scope);
    // A value as a supervisor reads it: 1,234 / 98.4 % / ¥12,345.00.
    static QString format(const Definition &definition, const Value &value);
};
