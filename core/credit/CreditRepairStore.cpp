#include "CreditRepairStore.h"

#include "CreditEngine.h"
#include "db/AuditLog.h"
#include "util/Refusal.h"
#include "db/Sql.h"
#include "db/Transaction.h"

#include <QSqlQuery>

qint64 CreditRepairStore::apply(const QSqlDatabase &db, const CreditRuleBook &book, qint64 eventId, const QDate &on)
{
    QSqlQuery q = Sql::exec(db, QStringLiteral("SELECT enterprise_id, event_date, kind, publicity_end, publicity_class FROM credit_event WHERE id = ?"),
                            {eventId});
    if (!q.next())
        throw Refusal(tr("No credit event has the id %1.").arg(eventId));
    CreditEventInput event;
    event.id = eventId;
    event.date = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    event.kind = q.value(2).toString();
    event.publicityEnd = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    event.publicityClass = q.value(4).toString();
    const qint64 enterprise = q.value(0).toLongLong();
    const QDate from = CreditEngine::repairableFrom(book, event);
    if (!from.isValid())
        throw Refusal(tr("This kind of credit event cannot be repaired."));
    if (on < from)
        throw Refusal(tr("Credit repair can be applied for from %1, after the minimum publicity period.")
                                .arg(from.toString(Qt::ISODate)));
    const QDate end = CreditEngine::publicityEnd(book, event);
    if (end.isValid() && end < on) // still shown on its last day: repairable then
        throw Refusal(tr("The publicity period ended on %1; nothing is left to repair.").arg(end.toString(Qt::ISODate)));
    Transaction transaction(db);
    if (Sql::scalar(db, QStringLiteral("SELECT 1 FROM credit_repair WHERE credit_event_id = ? AND status IN ('applied', 'granted')"),
                    {eventId}).isValid())
        throw Refusal(tr("A repair of this event is already pending or granted."));
    Sql::exec(db, QStringLiteral("INSERT INTO credit_repair (enterprise_id, credit_event_id, applied_on, status) VALUES (?, ?, ?, 'applied')"),
              {enterprise, eventId, on.toString(Qt::ISODate)});
    const qint64 id = Sql::lastInsertId(db);
    AuditLog::record(db, {AuditLog::Action::Insert, QStringLiteral("credit_repair"), id, {},
                          QJsonObject{{QStringLiteral("credit_event_id"), eventId}, {QStringLiteral("applied_on"), on.toString(Qt::ISODate)}}});
    transaction.commit();
    return id;
}

void CreditRepairStore::decide(const QSqlDatabase &db, qint64 repairId, bool granted, const QDate &on, const QString &decisionNo)
{
    Transaction transaction(db);
    QSqlQuery q = Sql::exec(db, QStringLiteral("SELECT status, applied_on FROM credit_repair WHERE id = ?"), {repairId});
    if (!q.next())
        throw Refusal(tr("No credit repair has the id %1.").arg(repairId));
    if (q.value(0).toString() != u"applied")
        throw Refusal(tr("This credit repair has already been decided."));
    if (on < QDate::fromString(q.value(1).toString(), Qt::ISODate))
        throw Refusal(tr("The decision cannot be dated before the application."));
    const QString status = granted ? QStringLiteral("granted") : QStringLiteral("refused");
    Sql::exec(db, QStringLiteral("UPDATE credit_repair SET status = ?, granted_on = ?, decision_no = ? WHERE id = ?"),
              {status, granted ? QVariant(on.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>()), decisionNo, repairId});
    AuditLog::record(db, {AuditLog::Action::Update, QStringLiteral("credit_repair"), repairId,
                          QJsonObject{{QStringLiteral("status"), QStringLiteral("applied")}},
                          QJsonObject{{QStringLiteral("status"), status}, {QStringLiteral("decided_on"), on.toString(Qt::ISODate)},
                                      {QStringLiteral("decision_no"), decisionNo}}});
    transaction.commit();
}
