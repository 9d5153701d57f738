#pragma once

#include "util/WorkingCalendar.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// What a supervisor finds in the county's enforcement records (recorded or imported),
// each finding with the records it rests on and the rule it breaks:
//   repeat_department  one department's routine checks of an enterprise in a year over its cap
//   repeat_total       all departments' routine entries into an enterprise in a year over theirs
//   sandbox_routine    a routine check of an enterprise in the sandbox
//   too_few_officers   a check without two officers holding a valid certificate
//   expired_certificate an officer checking with a certificate expired (or none)
//   case_outside_benchmark a case its benchmark check flags (outside the band, lenient on a red line …)
//   no_inspection_code a routine check recorded without the inspection code where the county requires one
// The caps are the county's (resources/supervision/inspection-caps.json). A finding
// becomes a supervision clue with one call (and then the clue's 督办 notice).
class SupervisionFindings final
{
    Q_DECLARE_TR_FUNCTIONS(SupervisionFindings)

public:
    struct Finding
    {
        QString key;  // stable: the same finding in every listing, and its clue's key
        QString kind;
        QDate date;
        qint64 departmentId = 0; // 0 when no one department answers for it
        QString department;
        QString enterprise;
        QString uscc;
        QString detail;          // what the records show
        QStringList records;     // table:id
        qint64 clueId = 0;       // the clue made from it, if any
    };
    struct Caps
    {
        int perDepartmentPerYear = 1;
        int allDepartmentsPerYear = 2;
        bool inspectionCodeRequired = true;
    };

    static QStringList kinds();
    static QString kindName(const QString &kind);
    static QString rule(const QString &kind);
    static Caps caps();

    static QList<Finding> list(const QSqlDatabase &db, const QDate &from, const QDate &to, const QString &kind = {},
                               const Caps &caps = SupervisionFindings::caps());
    // The clue for a finding (a new one, received, with the department and a deadline in
    // working days; or the one already made). Audited through the capture. Returns its id.
    static qint64 toClue(const QSqlDatabase &db, const Finding &finding, const QDate &on = QDate::currentDate(),
                         const WorkingCalendar &calendar = WorkingCalendar::builtIn());
};
