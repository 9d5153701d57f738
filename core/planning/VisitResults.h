#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// 检查结果: per item compliant, rectify by a date, or violation. A visit's findings are
// shared by all its departments (one sheet); recording them marks the visit done and
// feeds the credit ledger (clean inspection, rectified finding) and, through the
// rectify deadlines, the next plan's re-check tasks. The enterprise's satisfaction
// rating is kept apart, never shown against the inspecting department's officers.
class VisitResults final
{
    Q_DECLARE_TR_FUNCTIONS(VisitResults)

public:
    struct Finding
    {
        QString itemCode;
        QString result; // compliant, rectify, violation
        QDate rectifyBy; // required for rectify
        QString note;
    };

    // All or nothing; every item of the visit needs a finding, and only its items may have one.
    static void record(const QSqlDatabase &db, qint64 visitId, const QDate &visitedOn, const QList<Finding> &findings);
    // Replaces a visit's recorded results (a wrong item, a wrong date): a supervisor's
    // act, with the reason, audited; the credit events the old results gave go with them
    // and the new ones are derived again.
    static void correct(const QSqlDatabase &db, qint64 visitId, const QDate &visitedOn, const QList<Finding> &findings,
                        const QString &reason);
    static void rate(const QSqlDatabase &db, qint64 visitId, int rating, const QDate &ratedOn, const QString &comment = QString());
    static void cancel(const QSqlDatabase &db, qint64 visitId, const QString &reason);

    // The visit's items as (code, department short name, item name), for a result sheet.
    struct Item
    {
        QString code, department, name, result;
    };
    static QList<Item> items(const QSqlDatabase &db, qint64 visitId);
};
