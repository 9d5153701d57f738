#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// `faircheck-cli check`: SQLite's own integrity_check and foreign_key_check, then the
// program's invariants (valid USCCs, dated visits, consistent reviews …).
class IntegrityChecker final
{
    Q_DECLARE_TR_FUNCTIONS(IntegrityChecker)

public:
    struct Problem
    {
        QString check;   // stable id, e.g. "foreign_key_check", "enterprise.uscc"
        QString message; // translated sentence naming the table and row
    };

    struct Report
    {
        QList<Problem> problems;
        int checksRun = 0;
        bool ok() const { return problems.isEmpty(); }
    };

    static Report run(const QSqlDatabase &db);

private:
    static void sqliteChecks(const QSqlDatabase &db, Report &report);
    static void usccCheck(const QSqlDatabase &db, Report &report);
    static void invariantChecks(const QSqlDatabase &db, Report &report);
};
