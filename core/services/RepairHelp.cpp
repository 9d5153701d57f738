#include "RepairHelp.h"

#include "credit/CreditEngine.h"
#include "credit/CreditRepairStore.h"
#include "db/AuditLog.h"
#include "util/Refusal.h"
#include "util/ChineseDate.h"
#include "db/Sql.h"
#include "db/Transaction.h"

#include <QJsonObject>
#include <QSqlQuery>

QList<RepairHelp::Candidate> RepairHelp::candidates(const QSqlDatabase &db, const CreditRuleBook &book, const QDate &asOf)
{
    // Negative events still in their publicity period with no repair pending or granted.
    QSqlQuery q = Sql::exec(db, QStringLiteral(
        "SELECT c.id, e.name, e.uscc, c.kind, c.event_date, c.publicity_end, n.issued_on, c.publicity_class FROM credit_event c "
        "JOIN enterprise e ON e.id = c.enterprise_id LEFT JOIN repair_notice n ON n.credit_event_id = c.id "
        "WHERE c.points < 0 AND c.red_line = 0 AND c.event_date <= ? AND (c.publicity_end IS NULL OR c.publicity_end >= ?) "
        "AND NOT EXISTS (SELECT 1 FROM credit_repair r WHERE r.credit_event_id = c.id AND r.status IN ('applied', 'granted')) "
        "ORDER BY c.event_date, c.id"),
        {asOf.toString(Qt::ISODate), asOf.toString(Qt::ISODate)});
    QList<Candidate> list;
    while (q.next()) {
        CreditEventInput event;
        event.id = q.value(0).toLongLong();
        event.kind = q.value(3).toString();
        event.date = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        event.publicityEnd = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        event.publicityClass = q.value(7).toString();
        const QDate from = CreditEngine::repairableFrom(book, event);
        const QDate end = CreditEngine::publicityEnd(book, event);
        if (!from.isValid() || from > asOf || (end.isValid() && end < asOf))
            continue;
        const auto rule = book.forDate(event.date).events.constFind(event.kind);
        list.append({event.id, q.value(1).toString(), q.value(2).toString(),
                     rule != book.forDate(event.date).events.constEnd() ? rule->name : event.kind, event.date, from, end,
                     QDate::fromString(q.value(6).toString(), Qt::ISODate)});
    }
    return list;
}

CaseDocuments::Document RepairHelp::notice(const Candidate &c, const QJsonObject &templates, const QDate &on)
{
    return CaseDocuments::fromTemplate(templates, QStringLiteral("repair_help_notice"),
                                       {{QStringLiteral("enterprise"), c.enterprise},
                                        {QStringLiteral("uscc"), c.uscc},
                                        {QStringLiteral("event"), c.eventName},
                                        {QStringLiteral("event_date_cn"), ChineseDate::format(c.eventDate)},
                                        {QStringLiteral("repairable_from_cn"), ChineseDate::format(c.repairableFrom)},
                                        {QStringLiteral("publicity_end_cn"), ChineseDate::format(c.publicityEnd)},
                                        {QStringLiteral("date_cn"), ChineseDate::format(on)}});
}

void RepairHelp::recordNotice(const QSqlDatabase &db, qint64 eventId, const QDate &on)
{
    const QVariant enterprise = Sql::scalar(db, QStringLiteral("SELECT enterprise_id FROM credit_event WHERE id = ?"), {eventId});
    if (!enterprise.isValid())
        throw Refusal(tr("No credit event has the id %1.").arg(eventId));
    Transaction transaction(db);
    Sql::exec(db, QStringLiteral("INSERT INTO repair_notice (enterprise_id, credit_event_id, issued_on) VALUES (?, ?, ?) "
                                 "ON CONFLICT (credit_event_id) DO UPDATE SET issued_on = excluded.issued_on"),
              {enterprise, eventId, on.toString(Qt::ISODate)});
    AuditLog::record(db, {AuditLog::Action::Insert, QStringLiteral("repair_notice"), eventId, {},
                          QJsonObject{{QStringLiteral("issued_on"), on.toString(Qt::ISODate)}}});
    transaction.commit();
}

qint64 RepairHelp::applyHelped(const QSqlDatabase &db, const CreditRuleBook &book, qint64 eventId, const QDate &on)
{
    Transaction transaction(db);
    const qint64 repair = CreditRepairStore::apply(db, book, eventId, on);
    Sql::exec(db, QStringLiteral("UPDATE credit_repair SET helped = 1 WHERE id = ?"), {repair});
    transaction.commit();
    return repair;
}
