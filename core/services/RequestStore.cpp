#include "RequestStore.h"
#include "util/RecordDate.h"

#include "ServiceEnterprises.h"
#include "db/AuditLog.h"
#include "util/Refusal.h"
#include "db/Sql.h"
#include "db/Transaction.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace {

void step(const QSqlDatabase &db, qint64 request, const QDate &on, const char *action, const QString &note)
{
    Sql::exec(db, QStringLiteral("INSERT INTO request_step (request_id, on_date, action, actor, note) VALUES (?, ?, ?, ?, ?)"),
              {request, on.toString(Qt::ISODate), QString::fromLatin1(action), AuditLog::actor(), note});
    AuditLog::record(db, {AuditLog::Action::Update, QStringLiteral("enterprise_request"), request, {},
                          QJsonObject{{QStringLiteral("action"), QString::fromLatin1(action)}, {QStringLiteral("note"), note}}});
}

} // namespace

QString RequestStore::stateName(const QString &state)
{
    if (state == u"open")
        return tr("Open");
    if (state == u"overdue")
        return tr("Overdue");
    if (state == u"answered")
        return tr("Answered, awaiting feedback");
    if (state == u"satisfied")
        return tr("Closed, enterprise satisfied");
    return state;
}

qint64 RequestStore::createForum(const QSqlDatabase &db, const QDate &heldOn, const QString &title, const QString &kind,
                                   const QString &place, const QStringList &attendeeUsccs)
{
    RecordDate::requireNotFuture(heldOn, tr("The date of the forum"));
    if (!heldOn.isValid() || title.trimmed().isEmpty() || kind.trimmed().isEmpty())
        throw Refusal(tr("A forum needs its date, title and kind."));
    Transaction transaction(db);
    const QList<qint64> attendees = ServiceEnterprises::resolve(db, attendeeUsccs);
    const qint64 id = Sql::exec(db, QStringLiteral("INSERT INTO forum (held_on, title, kind, place) VALUES (?, ?, ?, ?)"),
                                {heldOn.toString(Qt::ISODate), title.trimmed(), kind.trimmed(), place.trimmed()})
                          .lastInsertId().toLongLong();
    for (const qint64 e : attendees)
        Sql::exec(db, QStringLiteral("INSERT INTO forum_attendee (forum_id, enterprise_id) VALUES (?, ?)"), {id, e});
    AuditLog::record(db, {AuditLog::Action::Insert, QStringLiteral("forum"), id, {},
                          QJsonObject{{QStringLiteral("title"), title.trimmed()}, {QStringLiteral("attendees"), attendees.size()}}});
    transaction.commit();
    return id;
}

qint64 RequestStore::raise(const QSqlDatabase &db, qint64 forumId, const QString &uscc, qint64 departmentId, const QString &content,
                             const QDate &raisedOn, const QDate &deadline)
{
    if (content.trimmed().isEmpty())
        throw Refusal(tr("Write down what the enterprise asks for."));
    if (!raisedOn.isValid() || !deadline.isValid() || deadline < raisedOn)
        throw Refusal(tr("A request needs the date it was raised and a deadline not before it."));
    if (!Sql::scalar(db, QStringLiteral("SELECT 1 FROM department WHERE id = ?"), {departmentId}).isValid())
        throw Refusal(tr("Choose the department that owns the request."));
    if (forumId > 0 && !Sql::scalar(db, QStringLiteral("SELECT 1 FROM forum WHERE id = ?"), {forumId}).isValid())
        throw Refusal(tr("No forum has the number %1.").arg(forumId));
    Transaction transaction(db);
    const QVariant enterprise = uscc.trimmed().isEmpty() ? QVariant(QMetaType::fromType<qint64>())
                                                         : QVariant(ServiceEnterprises::resolveOne(db, uscc));
    const qint64 id = Sql::exec(db, QStringLiteral("INSERT INTO enterprise_request (forum_id, enterprise_id, department_id, content, "
                                                   "raised_on, deadline) VALUES (?, ?, ?, ?, ?, ?)"),
                                {forumId > 0 ? QVariant(forumId) : QVariant(QMetaType::fromType<qint64>()), enterprise, departmentId,
                                 content.trimmed(), raisedOn.toString(Qt::ISODate), deadline.toString(Qt::ISODate)})
                          .lastInsertId().toLongLong();
    step(db, id, raisedOn, "raised", content.trimmed());
    transaction.commit();
    return id;
}

void RequestStore::answer(const QSqlDatabase &db, qint64 requestId, const QString &answer, const QDate &on)
{
    RecordDate::requireNotFuture(on, tr("The date of the answer"));
    QSqlQuery q = Sql::exec(db, QStringLiteral("SELECT raised_on, closed_on FROM enterprise_request WHERE id = ?"), {requestId});
    if (!q.next())
        throw Refusal(tr("No request has the number %1.").arg(requestId));
    if (!q.value(1).isNull())
        throw Refusal(tr("Request %1 is already answered.").arg(requestId));
    if (answer.trimmed().isEmpty())
        throw Refusal(tr("Write the answer given to the enterprise."));
    if (!on.isValid() || on < QDate::fromString(q.value(0).toString(), Qt::ISODate))
        throw Refusal(tr("The answer's date is required and cannot be before the request."));
    Transaction transaction(db);
    Sql::exec(db, QStringLiteral("UPDATE enterprise_request SET closed_on = ?, answer = ?, feedback = NULL, feedback_note = NULL WHERE id = ?"),
              {on.toString(Qt::ISODate), answer.trimmed(), requestId});
    step(db, requestId, on, "answered", answer.trimmed());
    transaction.commit();
}

void RequestStore::feedback(const QSqlDatabase &db, qint64 requestId, bool satisfied, const QString &note, const QDate &on)
{
    RecordDate::requireNotFuture(on, tr("The date of the feedback"));
    QSqlQuery q = Sql::exec(db, QStringLiteral("SELECT closed_on, feedback FROM enterprise_request WHERE id = ?"), {requestId});
    if (!q.next())
        throw Refusal(tr("No request has the number %1.").arg(requestId));
    if (q.value(0).isNull() || !q.value(1).isNull())
        throw Refusal(tr("Request %1 has no answer waiting for the enterprise's feedback.").arg(requestId));
    if (!on.isValid() || on < QDate::fromString(q.value(0).toString(), Qt::ISODate))
        throw Refusal(tr("The feedback's date is required and cannot be before the answer."));
    if (!satisfied && note.trimmed().isEmpty())
        throw Refusal(tr("Say why the enterprise is not satisfied; the request is reopened with that note."));
    Transaction transaction(db);
    if (satisfied) {
        Sql::exec(db, QStringLiteral("UPDATE enterprise_request SET feedback = 'satisfied', feedback_note = ? WHERE id = ?"),
                  {note.trimmed(), requestId});
        step(db, requestId, on, "satisfied", note.trimmed());
    } else {
        // Not satisfied: the request is open again until a new answer.
        Sql::exec(db, QStringLiteral("UPDATE enterprise_request SET feedback = NULL, feedback_note = ?, closed_on = NULL WHERE id = ?"),
                  {note.trimmed(), requestId});
        step(db, requestId, on, "reopened", note.trimmed());
    }
    transaction.commit();
}

QList<RequestStore::Request> RequestStore::list(const QSqlDatabase &db, const QDate &from, const QDate &to, bool openOnly)
{
    QSqlQuery q = Sql::exec(db, QStringLiteral(
        "SELECT r.id, COALESCE(f.title, ''), COALESCE(e.name, ''), COALESCE(d.name, ''), r.content, r.raised_on, r.deadline, "
        "r.closed_on, COALESCE(r.answer, ''), COALESCE(r.feedback, '') FROM enterprise_request r "
        "LEFT JOIN forum f ON f.id = r.forum_id LEFT JOIN enterprise e ON e.id = r.enterprise_id "
        "LEFT JOIN department d ON d.id = r.department_id "
        "WHERE (? = 1 AND r.raised_on <= ? AND r.closed_on IS NULL) OR (? = 0 AND r.raised_on BETWEEN ? AND ?) "
        "ORDER BY r.raised_on DESC, r.id DESC"),
        {openOnly ? 1 : 0, to.toString(Qt::ISODate), openOnly ? 1 : 0, from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    QList<Request> rows;
    while (q.next()) {
        Request r{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                  QDate::fromString(q.value(5).toString(), Qt::ISODate), QDate::fromString(q.value(6).toString(), Qt::ISODate),
                  QDate::fromString(q.value(7).toString(), Qt::ISODate), q.value(8).toString(), q.value(9).toString(), {}};
        r.state = r.closedOn.isValid() ? (r.feedback == u"satisfied" ? QStringLiteral("satisfied") : QStringLiteral("answered"))
                  : r.deadline.isValid() && r.deadline < to ? QStringLiteral("overdue")
                                                              : QStringLiteral("open");
        rows.append(r);
    }
    return rows;
}

QList<RequestStore::Step> RequestStore::steps(const QSqlDatabase &db, qint64 requestId)
{
    QSqlQuery q = Sql::exec(db, QStringLiteral("SELECT on_date, action, COALESCE(actor, ''), COALESCE(note, '') FROM request_step "
                                               "WHERE request_id = ? ORDER BY on_date, id"), {requestId});
    QList<Step> list;
    while (q.next())
        list.append({QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return list;
}

QList<QPair<qint64, QString>> RequestStore::recentForums(const QSqlDatabase &db, int limit)
{
    QSqlQuery q = Sql::exec(db, QStringLiteral("SELECT id, held_on || ' ' || title FROM forum ORDER BY held_on DESC, id DESC LIMIT ?"), {limit});
    QList<QPair<qint64, QString>> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString()});
    return list;
}
