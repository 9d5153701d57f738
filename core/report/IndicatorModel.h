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
