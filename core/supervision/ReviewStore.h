#pragma once

#include "ReviewChecklist.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

// A case-file review recorded: the score by the checklist, each deduction with its page
// reference, the case's officers (each gets the review's points in 执法规范), and the
// campaign (专项评查) it belongs to; per-department results of a campaign.
class ReviewStore final
{
    Q_DECLARE_TR_FUNCTIONS(ReviewStore)

public:
    struct Input
    {
        QString caseNo;
        QString reviewer;
        QDate reviewedOn;
        QStringList vetoFailed;
        QList<ReviewChecklist::Deduction> deductions;
        QList<qint64> officerIds;
        QString campaign;
    };
    struct Recorded
    {
        qint64 id = 0;
        ReviewChecklist::Score score;
    };
    struct DepartmentResult
    {
        QString department;
        int reviews = 0;
        double average = 0;
        int passed = 0; // pass or excellent
    };

    // Throws Refusal; writes nothing then.
    static Recorded record(const QSqlDatabase &db, const Input &input, const ReviewChecklist &checklist = ReviewChecklist::builtIn());
    // A review sheet (JSON: reviewer, reviewedOn, vetoFailed[], deductions[{item, points, page, note}], officers[], campaign)
    // for a case; throws naming the key at fault.
    static Input fromSheet(const QString &caseNo, const QString &path);
    // Officers by certificate number; throws Refusal naming an unknown one.
    static QList<qint64> officersByCertificate(const QSqlDatabase &db, const QStringList &certificates);
    static QList<DepartmentResult> campaignResults(const QSqlDatabase &db, const QString &campaign);
};
