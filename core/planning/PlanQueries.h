#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

// Reading plans back: the list, one plan's figures, its visits and exceptions, and the
// export (one row per visit) to CSV, XLSX or JSON.
class PlanQueries final
{
    Q_DECLARE_TR_FUNCTIONS(PlanQueries)

public:
    // The same definitions as the monthly report: tasks are one department's check in a
    // visit; a joint visit has two or more departments; checks avoided = tasks − visits.
    struct Figures
    {
        int visits = 0, jointVisits = 0, tasks = 0;
        int checksAvoided() const { return tasks - visits; }
        double jointRate() const { return visits ? double(jointVisits) / visits : 0.0; }
    };

    struct Plan
    {
        qint64 id = 0;
        QString name, seed, status, populationSha256, createdAt;
        QDate from, to;
        int algorithmVersion = 0;
        QStringList departments;
        Figures planned; // visits not cancelled
        Figures done;    // visits with results
        int blocked = 0, unscheduled = 0, warnings = 0;
        int ratings = 0, satisfied = 0; // satisfied: ratings of 4 or 5
    };
    static QList<Plan> list(const QSqlDatabase &db);
    static Plan plan(const QSqlDatabase &db, qint64 id);

    struct Visit
    {
        qint64 id = 0;
        QDate date;
        QString code, township, enterprise, uscc, origin, status;
        QStringList departments, items, officers;
    };
    // Optionally only one day's or one township's visits.
    static QList<Visit> visits(const QSqlDatabase &db, qint64 planId, const QDate &day = QDate(), const QString &township = QString());
    static Visit visit(const QSqlDatabase &db, qint64 visitId);
    static qint64 planOf(const QSqlDatabase &db, qint64 visitId); // 0 for an unknown visit

    struct Exception
    {
        QString kind, department, enterprise, uscc, trigger, reason, detail;
    };
    static QList<Exception> exceptions(const QSqlDatabase &db, qint64 planId);

    // By the file's extension: .csv, .xlsx or .json. Returns the number of visits written.
    static qint64 exportPlan(const QSqlDatabase &db, qint64 planId, const QString &path);

    // Departments that can take part in a draw (they have random-check items), by name.
    static QStringList drawingDepartments(const QSqlDatabase &db);

    static QString originName(const QString &origin);
    static QString statusName(const QString &status);
    static QString resultName(const QString &result); // a finding's; empty when none yet
};
