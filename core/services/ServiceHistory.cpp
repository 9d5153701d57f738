#include "ServiceHistory.h"

#include "InvitationStore.h"
#include "ServiceEnterprises.h"
#include "db/Sql.h"

#include <QSqlQuery>

QString ServiceHistory::kindName(const QString &kind)
{
    if (kind == u"invitation")
        return tr("Invitation");
    if (kind == u"forum")
        return tr("Forum");
    if (kind == u"request")
        return tr("Request");
    if (kind == u"training")
        return tr("Training");
    if (kind == u"repair_notice")
        return tr("Credit-repair notice");
    if (kind == u"repair_helped")
        return tr("Credit repair helped");
    return kind;
}

QList<ServiceHistory::Entry> ServiceHistory::forEnterprise(const QSqlDatabase &db, const QString &uscc)
{
    const qint64 enterprise = ServiceEnterprises::resolveOne(db, uscc);
    QSqlQuery q = Sql::exec(db, QStringLiteral(
        "SELECT requested_on, 'invitation', scope, status, COALESCE(advice, '') FROM invitation WHERE enterprise_id = ?1 "
        "UNION ALL SELECT f.held_on, 'forum', f.title, '', '' FROM forum_attendee a JOIN forum f ON f.id = a.forum_id WHERE a.enterprise_id = ?1 "
        "UNION ALL SELECT raised_on, 'request', content, '', COALESCE(answer, '') FROM enterprise_request WHERE enterprise_id = ?1 "
        "UNION ALL SELECT s.held_on, 'training', s.topic, '', '' FROM training_attendee a JOIN training_session s ON s.id = a.session_id "
        "  WHERE a.enterprise_id = ?1 "
        "UNION ALL SELECT issued_on, 'repair_notice', '', '', '' FROM repair_notice WHERE enterprise_id = ?1 "
        "UNION ALL SELECT applied_on, 'repair_helped', '', status, '' FROM credit_repair WHERE enterprise_id = ?1 AND helped = 1 "
        "ORDER BY 1 DESC").replace(QStringLiteral("?1"), QString::number(enterprise)));
    QList<Entry> entries;
    while (q.next()) {
        const QString kind = q.value(1).toString();
        QStringList parts;
        if (!q.value(2).toString().isEmpty())
            parts.append(q.value(2).toString());
        if (kind == u"invitation")
            parts.append(InvitationStore::statusName(q.value(3).toString()));
        if (!q.value(4).toString().isEmpty())
            parts.append(q.value(4).toString());
        entries.append({QDate::fromString(q.value(0).toString(), Qt::ISODate), kind, parts.join(tr("; "))});
    }
    return entries;
}
