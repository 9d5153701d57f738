#include "IntegrityChecker.h"

#include "DatabaseError.h"
#include "Sql.h"
#include "validation/Uscc.h"

#include <QSqlQuery>

namespace {
constexpr int kMaxReported = 50; // enough to act on; the count says the rest
}

void IntegrityChecker::sqliteChecks(const QSqlDatabase &db, Report &report)
{
    ++report.checksRun;
    QSqlQuery integrity = Sql::exec(db, QStringLiteral("PRAGMA integrity_check(%1)").arg(kMaxReported));
    while (integrity.next()) {
        const QString line = integrity.value(0).toString();
        if (line != u"ok")
            report.problems.append({QStringLiteral("integrity_check"), tr("Storage damage: %1").arg(line)});
    }
    ++report.checksRun;
    QSqlQuery foreignKeys = Sql::exec(db, QStringLiteral("PRAGMA foreign_key_check"));
    int count = 0;
    while (foreignKeys.next()) {
        if (++count > kMaxReported)
            continue;
        report.problems.append(
            {QStringLiteral("foreign_key_check"),
             tr("Table %1, row %2 refers to a missing row in %3.")
                 .arg(foreignKeys.value(0).toString(), foreignKeys.value(1).toString(),
                      foreignKeys.value(2).toString())});
    }
}

void IntegrityChecker::usccCheck(const QSqlDatabase &db, Report &report)
{
    ++report.checksRun;
    QSqlQuery rows = Sql::exec(db, QStringLiteral("SELECT id, uscc FROM enterprise"));
    int count = 0;
    while (rows.next()) {
        const QString uscc = rows.value(1).toString();
        const ValidationResult result = Uscc::validate(uscc);
        if (!result.valid && ++count <= kMaxReported)
            report.problems.append({QStringLiteral("enterprise.uscc"),
                                    tr("Enterprise row %1 has an invalid USCC %2: %3")
                                        .arg(rows.value(0).toString(), uscc, result.reason)});
    }
}

void IntegrityChecker::invariantChecks(const QSqlDatabase &db, Report &report)
{
    struct Invariant
    {
        const char *id;
        const char *sql; // selects the ids of offending rows
        QString message; // %1 = row id
    };
    const Invariant invariants[] = {
        {"visit.done_has_date", "SELECT id FROM visit WHERE status = 'done' AND visit_date IS NULL",
         tr("Visit %1 is marked done but has no visit date.")},
        {"task.same_enterprise",
         "SELECT t.id FROM inspection_task t JOIN visit v ON v.id = t.visit_id WHERE t.enterprise_id <> v.enterprise_id",
         tr("Inspection task %1 belongs to a visit at another enterprise.")},
        {"penalty_case.no_penalty_without_fine",
         "SELECT id FROM penalty_case WHERE outcome = 'no_penalty' AND fine_fen <> 0",
         tr("Penalty case %1 is 'no penalty' but records a fine.")},
        {"sandbox.one_open_membership",
         "SELECT enterprise_id FROM sandbox_membership WHERE exited_on IS NULL GROUP BY enterprise_id HAVING count(*) > 1",
         tr("Enterprise %1 has more than one open sandbox membership.")},
        {"clue.closed_has_date", "SELECT id FROM clue WHERE state = 'closed' AND closed_on IS NULL",
         tr("Clue %1 is closed but has no closing date.")},
        {"case_review.grade",
         "SELECT id FROM case_review WHERE grade <> CASE WHEN veto_failed = 1 THEN 'fail' "
         "WHEN form_score + content_score >= 90 THEN 'excellent' "
         "WHEN form_score + content_score >= 70 THEN 'pass' ELSE 'fail' END",
         tr("Case review %1 has a grade that does not match its scores.")},
        {"rating.after_visit",
         "SELECT r.id FROM satisfaction_rating r JOIN visit v ON v.id = r.visit_id "
         "WHERE v.visit_date IS NULL OR r.rated_on < v.visit_date",
         tr("Satisfaction rating %1 is dated before its visit took place.")},
    };
    for (const Invariant &invariant : invariants) {
        ++report.checksRun;
        QSqlQuery rows = Sql::exec(db, QString::fromLatin1(invariant.sql) + QStringLiteral(" LIMIT %1").arg(kMaxReported));
        while (rows.next())
            report.problems.append({QString::fromLatin1(invariant.id), invariant.message.arg(rows.value(0).toString())});
    }
}

IntegrityChecker::Report IntegrityChecker::run(const QSqlDatabase &db)
{
    Report report;
    try {
        sqliteChecks(db, report);
        usccCheck(db, report);
        invariantChecks(db, report);
    } catch (const Error &error) {
        // A damaged file may fail the checks themselves; that is a finding, not a crash.
        report.problems.append({QStringLiteral("sqlite"), error.message() + QLatin1Char(' ') + error.details()});
    }
    return report;
}
