#pragma once

#include "report/IndicatorModel.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

// Everything the dashboard shows for a month and a scope, computed in one go off the
// UI thread: the indicators of the month and the month before, twelve months of
// visits and checks avoided, tasks per department, credit tiers, clues by state and
// what needs attention. Figures come from IndicatorModel; this adds only the lists.
struct DashboardData
{
    Q_DECLARE_TR_FUNCTIONS(DashboardData)

public:
    struct Attention
    {
        QString kind;   // overdue_clue, sandbox_exit, visit_without_results, case_outside_band
        QString text;   // one line for the list
        QString uscc;   // the enterprise to open, when there is one
        QDate date;
        qint64 recordId = 0; // the clue, visit or case it names (the enterprise for a sandbox exit)
    };

    IndicatorModel::Scope scope;
    QList<IndicatorModel::Value> current;
    QList<IndicatorModel::Value> previous;
    QList<QPair<QDate, QPair<double, double>>> trend; // month → (visits, checks avoided)
    QList<QPair<QString, qint64>> tasksByDepartment;
    QMap<QString, qint64> tiers;
    QList<QPair<QString, qint64>> cluesByState;
    QList<Attention> attention;
    QString coverage; // whose records the figures include (ExchangeCoverage), empty when none exchanged

    double value(const QString &id, bool previousMonth = false) const;

    // withTrend = false skips the twelve months of history (the report has no chart).
    static DashboardData build(const QSqlDatabase &db, const QDate &month, qint64 townshipId, bool withTrend = true);
};
