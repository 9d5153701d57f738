#include "CreditLedger.h"

#include "PublicityDomains.h"
#include "db/AuditLog.h"
#include "util/Refusal.h"
#include "db/Sql.h"
#include "db/Transaction.h"

#include <QSqlQuery>

namespace {

// Each source: a query yielding enterprise, date, kind, source table, source id, red
// line and reason for records not yet in the ledger.
const char *const kSources[] = {
    // A visit with results and nothing to correct is a clean inspection; an invited
    // visit counts as the enterprise's own initiative instead.
    "SELECT v.enterprise_id, v.visit_date, CASE v.origin WHEN 'invitation' THEN 'invited_inspection' ELSE 'clean_inspection' END, "
    "       'visit', v.id, 0, CASE v.origin WHEN 'invitation' THEN '主动邀约检查' ELSE '检查未发现问题' END "
    "FROM visit v WHERE v.status = 'done' AND v.visit_date IS NOT NULL "
    // A platform's record is clean only when it says no problem was found.
    "  AND (v.platform_no IS NULL OR v.problem_found = 0) "
    "  AND (v.origin = 'invitation' OR NOT EXISTS (SELECT 1 FROM inspection_task t JOIN finding f ON f.task_id = t.id "
    "                                             WHERE t.visit_id = v.id AND f.result <> 'compliant')) "
    "  AND NOT EXISTS (SELECT 1 FROM credit_event c WHERE c.source_table = 'visit' AND c.source_id = v.id)",
    "SELECT t.enterprise_id, v.visit_date, 'rectified_finding', 'finding', f.id, 0, '检查发现问题责令整改' "
    "FROM finding f JOIN inspection_task t ON t.id = f.task_id JOIN visit v ON v.id = t.visit_id "
    "WHERE f.result = 'rectify' AND v.visit_date IS NOT NULL "
    "  AND NOT EXISTS (SELECT 1 FROM credit_event c WHERE c.source_table = 'finding' AND c.source_id = f.id)",
    // A published case that does not state its band counts as a penalty, neither lenient
    // (which would assume in the party's favour) nor heavier.
    "SELECT p.enterprise_id, p.decided_on, CASE p.outcome WHEN 'no_penalty' THEN 'minor_not_punished' "
    "       WHEN 'reduced' THEN 'lenient_penalty' WHEN 'lighter' THEN 'lenient_penalty' "
    "       WHEN 'standard' THEN 'standard_penalty' WHEN 'unstated' THEN 'standard_penalty' ELSE 'heavier_penalty' END, "
    "       'penalty_case', p.id, COALESCE(d.red_line, 0), '行政处罚 ' || p.case_no, "
    "       dep.name, COALESCE(d.code, ''), COALESCE(d.violation, '') "
    "FROM penalty_case p JOIN department dep ON dep.id = p.department_id LEFT JOIN discretion_item d ON d.id = p.discretion_item_id "
    "WHERE NOT EXISTS (SELECT 1 FROM credit_event c WHERE c.source_table = 'penalty_case' AND c.source_id = p.id)",
    "SELECT o.enterprise_id, c.closed_on, 'verified_complaint', 'clue', c.id, 0, '12345投诉经核实' "
    "FROM clue c JOIN hotline_order o ON o.id = c.hotline_order_id "
    "WHERE c.complaint_verified = 1 AND c.closed_on IS NOT NULL AND o.enterprise_id IS NOT NULL "
    "  AND NOT EXISTS (SELECT 1 FROM credit_event x WHERE x.source_table = 'clue' AND x.source_id = c.id)",
};

qint64 insertEvent(QSqlQuery &insert, const CreditRuleBook &book, qint64 enterprise, const QDate &date,
                   const QString &kind, const QVariant &sourceTable, const QVariant &sourceId, bool redLine,
                   const QString &reason, int manualPoints, const QString &publicityClass = {})
{
    const CreditRuleSet::EventRule *rule = book.forDate(date).rule(kind);
    // Stored points are what the rule gave when the event was recorded; the engine
    // recomputes from the rules, so a later rule version is applied consistently.
    const int points = rule ? rule->points : manualPoints;
    Sql::run(insert, {enterprise, date.toString(Qt::ISODate), kind, points, redLine ? 1 : 0, sourceTable, sourceId, reason,
                      AuditLog::actor(), publicityClass.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(publicityClass)});
    return insert.lastInsertId().toLongLong();
}

QSqlQuery prepareInsert(const QSqlDatabase &db)
{
    return Sql::prepare(db, QStringLiteral(
        "INSERT INTO credit_event (enterprise_id, event_date, kind, points, red_line, source_table, source_id, reason, created_by, "
        "publicity_class) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
}

} // namespace

qint64 CreditLedger::syncFromSources(const QSqlDatabase &db, const CreditRuleBook &book)
{
    Transaction transaction(db);
    QSqlQuery insert = prepareInsert(db);
    const PublicityDomains domains = PublicityDomains::builtIn();
    qint64 added = 0;
    for (const char *sql : kSources) {
        // Read all candidates first: inserting while the SELECT is open would make
        // the NOT EXISTS see its own new rows.
        QList<QVariantList> rows;
        QSqlQuery q = Sql::exec(db, QString::fromUtf8(sql));
        const bool penalties = QByteArrayView(sql).contains("penalty_case");
        while (q.next()) {
            // A penalty in a domain shown longer (work safety, fire safety, special
            // equipment) takes that domain's publicity class.
            const QString publicity = penalties ? domains.classify(q.value(7).toString(), q.value(8).toString(), q.value(9).toString())
                                                : QString();
            rows.append({q.value(0), q.value(1), q.value(2), q.value(3), q.value(4), q.value(5), q.value(6), publicity});
        }
        for (const QVariantList &r : std::as_const(rows)) {
            insertEvent(insert, book, r.at(0).toLongLong(), QDate::fromString(r.at(1).toString(), Qt::ISODate),
                        r.at(2).toString(), r.at(3), r.at(4), r.at(5).toBool(), r.at(6).toString(), 0, r.at(7).toString());
            ++added;
        }
    }
    if (added > 0)
        AuditLog::recordBulk(db, QStringLiteral("credit_event"), added, QStringLiteral("credit.ledger"));
    transaction.commit();
    return added;
}

qint64 CreditLedger::addEvent(const QSqlDatabase &db, const CreditRuleBook &book, qint64 enterpriseId, const QDate &date,
                              const QString &kind, const QString &reason, int manualPoints, bool redLine)
{
    if (reason.trimmed().isEmpty())
        throw Refusal(tr("A credit event needs a reason."));
    if (!date.isValid())
        throw Refusal(tr("A credit event needs a valid date."));
    if (kind != u"manual" && !book.forDate(date).rule(kind))
        throw Refusal(tr("“%1” is not a kind of credit event in the rules in force on %2.")
                                .arg(kind, date.toString(Qt::ISODate)));
    if (kind == u"manual" && manualPoints == 0)
        throw Refusal(tr("A manual adjustment needs a number of points other than 0."));
    if (!Sql::scalar(db, QStringLiteral("SELECT 1 FROM enterprise WHERE id = ?"), {enterpriseId}).isValid())
        throw Refusal(tr("No enterprise has the id %1.").arg(enterpriseId));
    Transaction transaction(db);
    QSqlQuery insert = prepareInsert(db);
    const QVariant none(QMetaType::fromType<QString>());
    const qint64 id = insertEvent(insert, book, enterpriseId, date, kind, none, QVariant(QMetaType::fromType<qint64>()),
                                  redLine, reason, manualPoints);
    AuditLog::record(db, {AuditLog::Action::Insert, QStringLiteral("credit_event"), id, {},
                          QJsonObject{{QStringLiteral("enterprise_id"), enterpriseId},
                                      {QStringLiteral("event_date"), date.toString(Qt::ISODate)},
                                      {QStringLiteral("kind"), kind},
                                      // The points the event carries: the rule's, or the manual ones.
                                      {QStringLiteral("points"), Sql::scalar(db, QStringLiteral("SELECT points FROM credit_event WHERE id = ?"), {id})
                                                                     .toLongLong()},
                                      {QStringLiteral("reason"), reason}}});
    transaction.commit();
    return id;
}
