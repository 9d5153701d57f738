#include "OfficerPoints.h"

#include "db/AuditLog.h"
#include "util/Refusal.h"
#include "db/Sql.h"
#include "db/Transaction.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

const OfficerPoints::Rules &OfficerPoints::rules()
{
    static const Rules rules = [] {
        QFile file(QStringLiteral(":/faircheck/supervision/officer-grades.json"));
        Rules r;
        if (!file.open(QIODevice::ReadOnly))
            return r;
        const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
        r.basePoints = o.value(u"basePoints").toInt(100);
        const QJsonObject bands = o.value(u"bands").toObject();
        r.excellent = bands.value(u"excellent").toInt(106);
        r.good = bands.value(u"good").toInt(100);
        r.fair = bands.value(u"fair").toInt(92);
        r.retrainingDeduction = o.value(u"retrainingDeduction").toInt(5);
        const QJsonObject review = o.value(u"reviewPoints").toObject();
        for (auto it = review.begin(); it != review.end(); ++it)
            r.reviewPoints.insert(it.key(), it.value().toInt());
        return r;
    }();
    return rules;
}

QStringList OfficerPoints::dimensions()
{
    return {QStringLiteral("political"), QStringLiteral("competence"), QStringLiteral("conduct"), QStringLiteral("service"),
            QStringLiteral("integrity")};
}

QString OfficerPoints::dimensionName(const QString &d)
{
    if (d == u"political")
        return tr("Political integrity");
    if (d == u"competence")
        return tr("Professional competence");
    if (d == u"conduct")
        return tr("Lawful conduct");
    if (d == u"service")
        return tr("Service quality");
    if (d == u"integrity")
        return tr("Honesty and self-discipline");
    return d;
}

QString OfficerPoints::gradeName(const QString &grade)
{
    if (grade == u"excellent")
        return tr("Excellent");
    if (grade == u"good")
        return tr("Good");
    if (grade == u"fair")
        return tr("Fair");
    return tr("Poor");
}

QString OfficerPoints::gradeFor(int total, const Rules &r)
{
    return total >= r.excellent ? QStringLiteral("excellent")
        : total >= r.good       ? QStringLiteral("good")
        : total >= r.fair       ? QStringLiteral("fair")
                                : QStringLiteral("poor");
}

OfficerPoints::Profile OfficerPoints::profile(const QSqlDatabase &db, qint64 officerId, const QDate &asOf)
{
    QSqlQuery o = Sql::exec(db, QStringLiteral("SELECT o.id, o.name, d.name, COALESCE(o.certificate_no, '') FROM officer o "
                                               "JOIN department d ON d.id = o.department_id WHERE o.id = ?"), {officerId});
    if (!o.next())
        throw Refusal(tr("No officer has the number %1.").arg(officerId));
    Profile p;
    p.id = o.value(0).toLongLong();
    p.name = o.value(1).toString();
    p.department = o.value(2).toString();
    p.certificateNo = o.value(3).toString();
    for (const QString &d : dimensions())
        p.byDimension.insert(d, 0);
    p.total = rules().basePoints;
    QSqlQuery e = Sql::exec(db, QStringLiteral("SELECT event_date, dimension, points, COALESCE(source, ''), reason FROM officer_score_event "
                                               "WHERE officer_id = ? AND event_date <= ? ORDER BY event_date, id"),
                            {officerId, asOf.toString(Qt::ISODate)});
    while (e.next()) {
        const Event ev{QDate::fromString(e.value(0).toString(), Qt::ISODate), e.value(1).toString(), e.value(2).toInt(), e.value(3).toString(),
                       e.value(4).toString()};
        p.byDimension[ev.dimension] += ev.points;
        p.total += ev.points;
        p.events.append(ev);
    }
    p.grade = gradeFor(p.total);
    return p;
}

QStringList OfficerPoints::sources()
{
    return {QStringLiteral("exam"), QStringLiteral("training"), QStringLiteral("case_review"), QStringLiteral("complaint"),
            QStringLiteral("commendation"), QStringLiteral("manual")};
}

qint64 OfficerPoints::addEvent(const QSqlDatabase &db, qint64 officerId, const Event &e)
{
    if (!Sql::scalar(db, QStringLiteral("SELECT 1 FROM officer WHERE id = ?"), {officerId}).isValid())
        throw Refusal(tr("No officer has the number %1.").arg(officerId));
    if (!dimensions().contains(e.dimension))
        throw Refusal(tr("Dimension %1: choose one of %2.").arg(e.dimension, dimensions().join(QStringLiteral(", "))));
    if (!sources().contains(e.source))
        throw Refusal(tr("Source %1: choose one of %2.").arg(e.source, sources().join(QStringLiteral(", "))));
    if (e.points == 0 || qAbs(e.points) > 50)
        throw Refusal(tr("Points: a non-zero number between -50 and 50."));
    if (!e.date.isValid())
        throw Refusal(tr("The date is required."));
    if (e.reason.trimmed().isEmpty())
        throw Refusal(tr("Give the reason for the points."));
    Transaction transaction(db);
    const qint64 id = Sql::exec(db, QStringLiteral("INSERT INTO officer_score_event (officer_id, event_date, dimension, points, reason, source) "
                                                   "VALUES (?, ?, ?, ?, ?, ?)"),
                                {officerId, e.date.toString(Qt::ISODate), e.dimension, e.points, e.reason.trimmed(), e.source})
                          .lastInsertId().toLongLong();
    AuditLog::record(db, {AuditLog::Action::Insert, QStringLiteral("officer_score_event"), id, {},
                          QJsonObject{{QStringLiteral("officer_id"), officerId}, {QStringLiteral("dimension"), e.dimension},
                                      {QStringLiteral("points"), e.points}, {QStringLiteral("source"), e.source}}});
    updateGrades(db, QDate::currentDate());
    transaction.commit();
    return id;
}

QList<OfficerPoints::Profile> OfficerPoints::standings(const QSqlDatabase &db, const QDate &asOf)
{
    QSqlQuery q = Sql::exec(db, QStringLiteral(
        "SELECT o.id, o.name, d.name, COALESCE(o.certificate_no, ''), ? + COALESCE((SELECT sum(points) FROM officer_score_event e "
        "WHERE e.officer_id = o.id AND e.event_date <= ?), 0) FROM officer o JOIN department d ON d.id = o.department_id "
        "WHERE o.active = 1 ORDER BY d.code, o.name"),
        {rules().basePoints, asOf.toString(Qt::ISODate)});
    QList<Profile> list;
    while (q.next()) {
        Profile p;
        p.id = q.value(0).toLongLong();
        p.name = q.value(1).toString();
        p.department = q.value(2).toString();
        p.certificateNo = q.value(3).toString();
        p.total = q.value(4).toInt();
        p.grade = gradeFor(p.total);
        list.append(p);
    }
    return list;
}

int OfficerPoints::updateGrades(const QSqlDatabase &db, const QDate &asOf)
{
    Transaction transaction(db);
    QSqlQuery update = Sql::prepare(db, QStringLiteral("UPDATE officer SET grade = ? WHERE id = ? AND grade IS NOT ?"));
    int changed = 0;
    for (const Profile &p : standings(db, asOf)) {
        Sql::run(update, {p.grade, p.id, p.grade});
        changed += update.numRowsAffected() > 0 ? 1 : 0;
    }
    if (changed > 0)
        AuditLog::recordBulk(db, QStringLiteral("officer"), changed, QStringLiteral("officer.grades"));
    transaction.commit();
    return changed;
}

QList<OfficerPoints::Profile> OfficerPoints::dueForRetraining(const QSqlDatabase &db, const QDate &asOf)
{
    const Rules &r = rules();
    QSqlQuery q = Sql::exec(db, QStringLiteral(
        "SELECT o.id FROM officer o WHERE o.active = 1 AND (? + COALESCE((SELECT sum(points) FROM officer_score_event e "
        "  WHERE e.officer_id = o.id AND e.event_date <= ?), 0) < ? "
        " OR COALESCE((SELECT sum(points) FROM officer_score_event e WHERE e.officer_id = o.id AND e.dimension IN ('conduct', 'competence') "
        "  AND e.event_date > ? AND e.event_date <= ?), 0) <= ?) ORDER BY o.department_id, o.name"),
        {r.basePoints, asOf.toString(Qt::ISODate), r.fair, asOf.addYears(-1).toString(Qt::ISODate), asOf.toString(Qt::ISODate),
         -r.retrainingDeduction});
    QList<Profile> list;
    while (q.next())
        list.append(profile(db, q.value(0).toLongLong(), asOf));
    return list;
}
