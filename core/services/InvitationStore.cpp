#include "InvitationStore.h"
#include "util/RecordDate.h"

#include "ServiceEnterprises.h"
#include "db/AuditLog.h"
#include "util/Refusal.h"
#include "db/Sql.h"
#include "db/Transaction.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace {

QString statusOf(const QSqlDatabase &db, qint64 id)
{
    const QVariant status = Sql::scalar(db, QStringLiteral("SELECT status FROM invitation WHERE id = ?"), {id});
    if (!status.isValid())
        throw Refusal(InvitationStore::tr("No invitation has the number %1.").arg(id));
    return status.toString();
}

void audit(const QSqlDatabase &db, AuditLog::Action action, qint64 id, const QJsonObject &values)
{
    AuditLog::record(db, {action, QStringLiteral("invitation"), id, {}, values});
}

} // namespace

QString InvitationStore::statusName(const QString &status)
{
    if (status == u"requested")
        return tr("Requested");
    if (status == u"scheduled")
        return tr("Scheduled");
    if (status == u"done")
        return tr("Done");
    if (status == u"declined")
        return tr("Declined");
    return status;
}

qint64 InvitationStore::request(const QSqlDatabase &db, const QString &uscc, const QDate &requestedOn, const QDate &wantedOn,
                                  const QString &scope, const QString &contact)
{
    if (!requestedOn.isValid())
        throw Refusal(tr("The date of the request is required."));
    if (wantedOn.isValid() && wantedOn < requestedOn)
        throw Refusal(tr("The date wanted cannot be before the request."));
    if (scope.trimmed().isEmpty())
        throw Refusal(tr("Say what the enterprise wants advice on (the scope)."));
    Transaction transaction(db);
    const qint64 enterprise = ServiceEnterprises::resolveOne(db, uscc);
    const qint64 id = Sql::exec(db, QStringLiteral("INSERT INTO invitation (enterprise_id, requested_on, wanted_on, scope, contact) "
                                                   "VALUES (?, ?, ?, ?, ?)"),
                                {enterprise, requestedOn.toString(Qt::ISODate),
                                 wantedOn.isValid() ? QVariant(wantedOn.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>()),
                                 scope.trimmed(), contact.trimmed()})
                          .lastInsertId().toLongLong();
    audit(db, AuditLog::Action::Insert, id, {{QStringLiteral("enterprise_id"), enterprise}, {QStringLiteral("scope"), scope.trimmed()}});
    transaction.commit();
    return id;
}

qint64 InvitationStore::schedule(const QSqlDatabase &db, qint64 invitationId, qint64 officerId, const QString &expert, const QDate &on)
{
    if (statusOf(db, invitationId) != u"requested")
        throw Refusal(tr("Invitation %1 is not waiting to be scheduled.").arg(invitationId));
    if (expert.trimmed().isEmpty())
        throw Refusal(tr("An invited visit is made by an officer and a technical expert: name the expert."));
    QSqlQuery inv = Sql::exec(db, QStringLiteral("SELECT enterprise_id, requested_on FROM invitation WHERE id = ?"), {invitationId});
    inv.next();
    const qint64 enterprise = inv.value(0).toLongLong();
    if (!on.isValid() || on < QDate::fromString(inv.value(1).toString(), Qt::ISODate))
        throw Refusal(tr("The visit date is required and cannot be before the request."));
    QSqlQuery officer = Sql::exec(db, QStringLiteral("SELECT department_id, active, certificate_no FROM officer WHERE id = ?"), {officerId});
    if (!officer.next())
        throw Refusal(tr("No officer has the number %1.").arg(officerId));
    if (!officer.value(1).toBool() || officer.value(2).toString().isEmpty())
        throw Refusal(tr("Officer %1 is not an active certified officer.").arg(officerId));
    if (Sql::scalar(db, QStringLiteral("SELECT 1 FROM officer_conflict WHERE officer_id = ? AND enterprise_id = ?"),
                    {officerId, enterprise}).isValid())
        throw Refusal(tr("Officer %1 has declared a conflict of interest with this enterprise.").arg(officerId));
    const qint64 department = officer.value(0).toLongLong();

    Transaction transaction(db);
    const qint64 visit = Sql::exec(db, QStringLiteral("INSERT INTO visit (enterprise_id, scheduled_date, origin, status) "
                                                      "VALUES (?, ?, 'invitation', 'planned')"),
                                   {enterprise, on.toString(Qt::ISODate)})
                             .lastInsertId().toLongLong();
    Sql::exec(db, QStringLiteral("INSERT INTO inspection_task (visit_id, department_id, enterprise_id, trigger) VALUES (?, ?, ?, 'invitation')"),
              {visit, department, enterprise});
    Sql::exec(db, QStringLiteral("INSERT INTO visit_officer (visit_id, officer_id) VALUES (?, ?)"), {visit, officerId});
    Sql::exec(db, QStringLiteral("UPDATE invitation SET status = 'scheduled', visit_id = ?, department_id = ?, officer_id = ?, expert = ? "
                                 "WHERE id = ?"),
              {visit, department, officerId, expert.trimmed(), invitationId});
    audit(db, AuditLog::Action::Update, invitationId,
          {{QStringLiteral("status"), QStringLiteral("scheduled")}, {QStringLiteral("visit_id"), visit},
           {QStringLiteral("officer_id"), officerId}, {QStringLiteral("expert"), expert.trimmed()}});
    transaction.commit();
    return visit;
}

void InvitationStore::complete(const QSqlDatabase &db, qint64 invitationId, const QDate &visitedOn, const QString &advice,
                                 const QDate &followUpOn)
{
    if (statusOf(db, invitationId) != u"scheduled")
        throw Refusal(tr("Invitation %1 has no scheduled visit to complete.").arg(invitationId));
    if (advice.trimmed().isEmpty())
        throw Refusal(tr("Record the advice given."));
    RecordDate::requireNotFuture(visitedOn, tr("The date of the visit"));
    if (followUpOn.isValid() && followUpOn < visitedOn)
        throw Refusal(tr("The follow-up cannot be before the visit."));
    Transaction transaction(db);
    const qint64 visit = Sql::scalar(db, QStringLiteral("SELECT visit_id FROM invitation WHERE id = ?"), {invitationId}).toLongLong();
    Sql::exec(db, QStringLiteral("UPDATE visit SET status = 'done', visit_date = ? WHERE id = ?"), {visitedOn.toString(Qt::ISODate), visit});
    Sql::exec(db, QStringLiteral("UPDATE invitation SET status = 'done', advice = ?, follow_up_on = ? WHERE id = ?"),
              {advice.trimmed(),
               followUpOn.isValid() ? QVariant(followUpOn.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>()),
               invitationId});
    audit(db, AuditLog::Action::Update, invitationId, {{QStringLiteral("status"), QStringLiteral("done")}, {QStringLiteral("advice"), advice.trimmed()}});
    transaction.commit();
}

void InvitationStore::decline(const QSqlDatabase &db, qint64 invitationId, const QString &reason)
{
    if (statusOf(db, invitationId) != u"requested")
        throw Refusal(tr("Only an invitation not yet scheduled can be declined."));
    if (reason.trimmed().isEmpty())
        throw Refusal(tr("Give the enterprise the reason for declining."));
    Transaction transaction(db);
    Sql::exec(db, QStringLiteral("UPDATE invitation SET status = 'declined', decline_reason = ? WHERE id = ?"), {reason.trimmed(), invitationId});
    audit(db, AuditLog::Action::Update, invitationId, {{QStringLiteral("status"), QStringLiteral("declined")}, {QStringLiteral("reason"), reason.trimmed()}});
    transaction.commit();
}

QList<InvitationStore::Row> InvitationStore::list(const QSqlDatabase &db, const QDate &from, const QDate &to, const QString &status)
{
    QSqlQuery q = Sql::exec(db, QStringLiteral(
        "SELECT i.id, e.name, e.uscc, i.requested_on, i.wanted_on, i.scope, COALESCE(i.contact, ''), i.status, COALESCE(i.visit_id, 0), "
        "v.visit_date, COALESCE(d.name, ''), COALESCE(o.name, ''), COALESCE(i.expert, ''), COALESCE(i.advice, ''), i.follow_up_on, "
        "COALESCE(i.decline_reason, '') FROM invitation i JOIN enterprise e ON e.id = i.enterprise_id "
        "LEFT JOIN visit v ON v.id = i.visit_id LEFT JOIN department d ON d.id = i.department_id LEFT JOIN officer o ON o.id = i.officer_id "
        "WHERE i.requested_on BETWEEN ? AND ? AND (? = '' OR i.status = ?) ORDER BY i.requested_on DESC, i.id DESC"),
        {from.toString(Qt::ISODate), to.toString(Qt::ISODate), status.isEmpty() ? QStringLiteral("") : status,
         status.isEmpty() ? QStringLiteral("") : status}); // a null QString would bind NULL
    QList<Row> rows;
    auto date = [&q](int c) { return QDate::fromString(q.value(c).toString(), Qt::ISODate); };
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), date(3), date(4), q.value(5).toString(),
                     q.value(6).toString(), q.value(7).toString(), q.value(8).toLongLong(), date(9), q.value(10).toString(),
                     q.value(11).toString(), q.value(12).toString(), q.value(13).toString(), date(14), q.value(15).toString()});
    return rows;
}

QList<QPair<qint64, QString>> InvitationStore::certifiedOfficers(const QSqlDatabase &db)
{
    QSqlQuery q = Sql::exec(db, QStringLiteral(
        "SELECT o.id, o.name || '（' || d.short_name || '）' FROM officer o JOIN department d ON d.id = o.department_id "
        "WHERE o.active = 1 AND o.certificate_no IS NOT NULL ORDER BY d.code, o.name"));
    QList<QPair<qint64, QString>> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString()});
    return list;
}
