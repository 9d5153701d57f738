#include "TrainingStore.h"
#include "util/RecordDate.h"

#include "ServiceEnterprises.h"
#include "db/AuditLog.h"
#include "util/Refusal.h"
#include "db/Sql.h"
#include "db/Transaction.h"

#include <QJsonObject>
#include <QSqlQuery>

QStringList TrainingStore::kinds()
{
    return {QStringLiteral("credit_repair"), QStringLiteral("law_lecture"), QStringLiteral("consultation")};
}

QString TrainingStore::kindName(const QString &kind)
{
    if (kind == u"credit_repair")
        return tr("Credit-repair training");
    if (kind == u"law_lecture")
        return tr("Law lecture");
    if (kind == u"consultation")
        return tr("Consultation");
    return kind;
}

qint64 TrainingStore::create(const QSqlDatabase &db, const QDate &heldOn, const QString &topic, const QString &kind,
                               const QString &place, const QStringList &attendeeUsccs)
{
    RecordDate::requireNotFuture(heldOn, tr("The date of the training"));
    if (!heldOn.isValid() || topic.trimmed().isEmpty())
        throw Refusal(tr("A session needs its date and topic."));
    if (!kinds().contains(kind))
        throw Refusal(tr("The kind of session is one of: %1.").arg(kinds().join(QStringLiteral(", "))));
    Transaction transaction(db);
    const qint64 id = Sql::exec(db, QStringLiteral("INSERT INTO training_session (held_on, topic, kind, place) VALUES (?, ?, ?, ?)"),
                                {heldOn.toString(Qt::ISODate), topic.trimmed(), kind, place.trimmed()})
                          .lastInsertId().toLongLong();
    AuditLog::record(db, {AuditLog::Action::Insert, QStringLiteral("training_session"), id, {},
                          QJsonObject{{QStringLiteral("topic"), topic.trimmed()}, {QStringLiteral("kind"), kind}}});
    addAttendees(db, id, attendeeUsccs);
    transaction.commit();
    return id;
}

int TrainingStore::addAttendees(const QSqlDatabase &db, qint64 sessionId, const QStringList &usccs)
{
    if (!Sql::scalar(db, QStringLiteral("SELECT 1 FROM training_session WHERE id = ?"), {sessionId}).isValid())
        throw Refusal(tr("No session has the number %1.").arg(sessionId));
    Transaction transaction(db);
    int added = 0;
    for (const qint64 e : ServiceEnterprises::resolve(db, usccs))
        added += Sql::exec(db, QStringLiteral("INSERT OR IGNORE INTO training_attendee (session_id, enterprise_id) VALUES (?, ?)"),
                           {sessionId, e}).numRowsAffected();
    if (added > 0)
        AuditLog::record(db, {AuditLog::Action::Update, QStringLiteral("training_session"), sessionId, {},
                              QJsonObject{{QStringLiteral("attendees_added"), added}}});
    transaction.commit();
    return added;
}

QList<TrainingStore::Session> TrainingStore::list(const QSqlDatabase &db, const QDate &from, const QDate &to)
{
    QSqlQuery q = Sql::exec(db, QStringLiteral(
        "SELECT s.id, s.held_on, s.topic, s.kind, COALESCE(s.place, ''), (SELECT count(*) FROM training_attendee a WHERE a.session_id = s.id) "
        "FROM training_session s WHERE s.held_on BETWEEN ? AND ? ORDER BY s.held_on DESC, s.id DESC"),
        {from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    QList<Session> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), QDate::fromString(q.value(1).toString(), Qt::ISODate), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toString(), q.value(5).toInt()});
    return list;
}
