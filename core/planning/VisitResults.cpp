#include "VisitResults.h"
#include "users/Session.h"
#include "util/RecordDate.h"

#include "credit/CreditLedger.h"
#include "credit/CreditRuleStore.h"
#include "db/AuditLog.h"
#include "util/Refusal.h"
#include "db/Sql.h"
#include "db/Transaction.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

namespace {

QString statusOf(const QSqlDatabase &db, qint64 visitId)
{
    const QVariant status = Sql::scalar(db, QStringLiteral("SELECT status FROM visit WHERE id = ?"), {visitId});
    if (!status.isValid())
        throw Refusal(VisitResults::tr("There is no visit %1.").arg(visitId));
    return status.toString();
}

} // namespace

QList<VisitResults::Item> VisitResults::items(const QSqlDatabase &db, qint64 visitId)
{
    QList<Item> list;
    QSqlQuery q = Sql::exec(db, QStringLiteral(
        "SELECT i.code, d.short_name, i.name, COALESCE(f.result, '') FROM inspection_task t JOIN task_item ti ON ti.task_id = t.id "
        "JOIN inspection_item i ON i.id = ti.item_id JOIN department d ON d.id = t.department_id "
        "LEFT JOIN finding f ON f.task_id = t.id AND f.item_id = i.id WHERE t.visit_id = ? ORDER BY d.code, i.code"),
        {visitId});
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return list;
}

void VisitResults::record(const QSqlDatabase &db, qint64 visitId, const QDate &visitedOn, const QList<Finding> &findings)
{
    const QString status = statusOf(db, visitId);
    if (status != u"planned")
        throw Refusal(tr("Visit %1 is %2: results are recorded once, for a planned visit.").arg(visitId).arg(status == u"done" ? tr("done") : tr("cancelled")));
    const QDate scheduled = QDate::fromString(Sql::scalar(db, QStringLiteral("SELECT scheduled_date FROM visit WHERE id = ?"), {visitId}).toString(),
                                              Qt::ISODate);
    RecordDate::requireNotFuture(visitedOn, tr("The date of the visit"));
    // Not before the plan's period (a visit outside a plan: not long before it was scheduled).
    const QDate windowStart = QDate::fromString(
        Sql::scalar(db, QStringLiteral("SELECT p.period_start FROM visit v JOIN inspection_plan p ON p.id = v.plan_id WHERE v.id = ?"), {visitId})
            .toString(),
        Qt::ISODate);
    const QDate earliest = windowStart.isValid() ? windowStart : scheduled.addDays(-30);
    if (visitedOn < earliest)
        throw Refusal(tr("The date of the visit, %1, is before its plan's period begins (%2).")
                                  .arg(visitedOn.toString(Qt::ISODate), earliest.toString(Qt::ISODate)));
    // The visit's items: code → (task, item id).
    QHash<QString, QPair<qint64, qint64>> items;
    QSqlQuery q = Sql::exec(db, QStringLiteral("SELECT i.code, t.id, i.id FROM inspection_task t JOIN task_item ti ON ti.task_id = t.id "
                                               "JOIN inspection_item i ON i.id = ti.item_id WHERE t.visit_id = ?"),
                            {visitId});
    while (q.next())
        items.insert(q.value(0).toString(), {q.value(1).toLongLong(), q.value(2).toLongLong()});
    QSet<QString> seen;
    for (const Finding &f : findings) {
        if (!items.contains(f.itemCode))
            throw Refusal(tr("Item %1 is not checked in visit %2.").arg(f.itemCode).arg(visitId));
        if (seen.contains(f.itemCode))
            throw Refusal(tr("Item %1 has two results.").arg(f.itemCode));
        seen.insert(f.itemCode);
        if (f.result != u"compliant" && f.result != u"rectify" && f.result != u"violation")
            throw Refusal(tr("Item %1: the result “%2” is not compliant, rectify or violation.").arg(f.itemCode, f.result));
        if (f.result == u"rectify" && (!f.rectifyBy.isValid() || f.rectifyBy <= visitedOn))
            throw Refusal(tr("Item %1: a finding to rectify needs a deadline after the visit.").arg(f.itemCode));
    }
    if (seen.size() != items.size()) {
        QStringList missing;
        for (auto it = items.cbegin(); it != items.cend(); ++it) {
            if (!seen.contains(it.key()))
                missing.append(it.key());
        }
        missing.sort();
        throw Refusal(tr("Every item of the visit needs a result; missing: %1.").arg(missing.join(QStringLiteral(", "))));
    }

    Transaction transaction(db);
    QSqlQuery insert = Sql::prepare(db, QStringLiteral(
        "INSERT INTO finding (task_id, item_id, result, note, rectify_deadline) VALUES (?, ?, ?, ?, ?)"));
    QJsonArray recorded;
    for (const Finding &f : findings) {
        const auto target = items.value(f.itemCode);
        Sql::run(insert, {target.first, target.second, f.result, f.note.trimmed(),
                          f.result == u"rectify" ? QVariant(f.rectifyBy.toString(Qt::ISODate)) : QVariant()});
        recorded.append(QJsonObject{{QStringLiteral("item"), f.itemCode}, {QStringLiteral("result"), f.result}});
    }
    Sql::exec(db, QStringLiteral("UPDATE visit SET status = 'done', visit_date = ? WHERE id = ?"), {visitedOn.toString(Qt::ISODate), visitId});
    AuditLog::record(db, {AuditLog::Action::Update, QStringLiteral("visit"), visitId, {{QStringLiteral("status"), status}},
                          {{QStringLiteral("status"), QStringLiteral("done")}, {QStringLiteral("visit_date"), visitedOn.toString(Qt::ISODate)},
                           {QStringLiteral("findings"), recorded}}});
    CreditLedger::syncFromSources(db, CreditRuleStore::load(db));
    transaction.commit();
}

void VisitResults::correct(const QSqlDatabase &db, qint64 visitId, const QDate &visitedOn, const QList<Finding> &findings,
                           const QString &reason)
{
    if (statusOf(db, visitId) != u"done")
        throw Refusal(tr("Visit %1 has no recorded results to correct.").arg(visitId));
    Session::require(db, Session::Permission::CorrectRecords);
    if (reason.trimmed().isEmpty())
        throw Refusal(tr("Say why the results of visit %1 are corrected.").arg(visitId));
    Transaction transaction(db);
    QJsonArray before;
    QSqlQuery old = Sql::exec(db, QStringLiteral("SELECT i.code, f.result, COALESCE(v.visit_date, '') FROM finding f "
                                                 "JOIN inspection_task t ON t.id = f.task_id JOIN inspection_item i ON i.id = f.item_id "
                                                 "JOIN visit v ON v.id = t.visit_id WHERE t.visit_id = ? ORDER BY i.code"),
                              {visitId});
    QString oldDate;
    while (old.next()) {
        before.append(QJsonObject{{QStringLiteral("item"), old.value(0).toString()}, {QStringLiteral("result"), old.value(1).toString()}});
        oldDate = old.value(2).toString();
    }
    // What the old results gave the credit ledger goes with them.
    Sql::exec(db, QStringLiteral("DELETE FROM credit_event WHERE (source_table = 'finding' AND source_id IN (SELECT f.id FROM finding f "
                                 "JOIN inspection_task t ON t.id = f.task_id WHERE t.visit_id = ?)) OR (source_table = 'visit' AND source_id = ?)"),
              {visitId, visitId});
    Sql::exec(db, QStringLiteral("DELETE FROM finding WHERE task_id IN (SELECT id FROM inspection_task WHERE visit_id = ?)"), {visitId});
    Sql::exec(db, QStringLiteral("UPDATE visit SET status = 'planned', visit_date = NULL WHERE id = ?"), {visitId});
    record(db, visitId, visitedOn, findings);
    AuditLog::record(db, {AuditLog::Action::Update, QStringLiteral("visit"), visitId,
                          {{QStringLiteral("visit_date"), oldDate}, {QStringLiteral("findings"), before}},
                          {{QStringLiteral("corrected"), reason.trimmed()}, {QStringLiteral("visit_date"), visitedOn.toString(Qt::ISODate)}}});
    transaction.commit();
}

void VisitResults::rate(const QSqlDatabase &db, qint64 visitId, int rating, const QDate &ratedOn, const QString &comment)
{
    if (statusOf(db, visitId) != u"done")
        throw Refusal(tr("Visit %1 has no results yet: the enterprise rates a visit after it.").arg(visitId));
    if (rating < 1 || rating > 5)
        throw Refusal(tr("A satisfaction rating is 1 to 5, not %1.").arg(rating));
    RecordDate::requireNotFuture(ratedOn, tr("The date of the rating"));
    if (Sql::scalar(db, QStringLiteral("SELECT 1 FROM satisfaction_rating WHERE visit_id = ?"), {visitId}).isValid())
        throw Refusal(tr("Visit %1 has already been rated.").arg(visitId));
    Transaction transaction(db);
    const qint64 id = Sql::exec(db, QStringLiteral("INSERT INTO satisfaction_rating (visit_id, rating, rated_on, comment) VALUES (?, ?, ?, ?)"),
                                {visitId, rating, ratedOn.toString(Qt::ISODate), comment.trimmed()})
                          .lastInsertId().toLongLong();
    AuditLog::record(db, {AuditLog::Action::Insert, QStringLiteral("satisfaction_rating"), id, {},
                          {{QStringLiteral("visit_id"), visitId}, {QStringLiteral("rating"), rating}}});
    transaction.commit();
}

void VisitResults::cancel(const QSqlDatabase &db, qint64 visitId, const QString &reason)
{
    if (statusOf(db, visitId) != u"planned")
        throw Refusal(tr("Only a planned visit can be cancelled."));
    if (reason.trimmed().isEmpty())
        throw Refusal(tr("Give the reason for cancelling the visit."));
    Transaction transaction(db);
    Sql::exec(db, QStringLiteral("UPDATE visit SET status = 'cancelled' WHERE id = ?"), {visitId});
    AuditLog::record(db, {AuditLog::Action::Update, QStringLiteral("visit"), visitId, {{QStringLiteral("status"), QStringLiteral("planned")}},
                          {{QStringLiteral("status"), QStringLiteral("cancelled")}, {QStringLiteral("reason"), reason.trimmed()}}});
    transaction.commit();
}
