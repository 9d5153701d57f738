#pragma once

#include "report/DashboardData.h"
#include "report/IndicatorModel.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// The monthly supervision report as data, before any format: the figures per strand
// (from IndicatorModel), a summary paragraph built from them, and the annex of
// definitions and records needing attention. The PDF and XLSX writers only lay it
// out, so every format shows the same numbers.
struct MonthlyReport
{
    Q_DECLARE_TR_FUNCTIONS(MonthlyReport)

public:
    struct Line
    {
        QString id;
        QString name;
        QString value; // formatted
        QString previous;
        double raw = 0;         // counts and fen whole, percent 0–100
        double previousRaw = 0;
        bool defined = true;    // false for a rate with nothing to divide by
        bool previousDefined = true;
        IndicatorModel::Unit unit = IndicatorModel::Unit::Count;
        QList<double> history;  // the twelve months to this one, oldest first
    };
    struct Strand
    {
        QString title;
        QList<Line> lines;
    };

    QString county;   // or the township's name
    QString title;
    QDate month;
    QList<QDate> historyMonths; // first days of the twelve months of Line::history
    QString summary;
    QList<Strand> strands;
    QList<DashboardData::Attention> attention;
    // Supervision findings of the month (SupervisionFindings), counted by kind and department.
    struct FindingCount
    {
        QString kind; // its name, in the report's language
        QString department;
        int count = 0;
    };
    QList<FindingCount> findings;
    // The audit chain's head ("entry:hash") the report was made from: kept with the
    // printed report, it proves later that the record before it was not rewritten
    // (faircheck-cli audit verify --anchor).
    QString auditAnchor;
    // The sentence every format prints it in.
    QString anchorLine() const;

    // The services strand's indicators (the CLI's services figures show the same).
    static QStringList serviceIndicatorIds();
    // With a twelve-month history per figure unless withHistory is false (tests of the
    // figures alone).
    static MonthlyReport build(const QSqlDatabase &db, const QDate &month, qint64 townshipId, const QString &areaName,
                               bool withHistory = true);
};
