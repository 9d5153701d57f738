#include "ReviewStore.h"
#include "util/RecordDate.h"
#include "db/InputFile.h"

#include "OfficerPoints.h"
#include "db/AuditLog.h"
#include "util/Refusal.h"
#include "db/Sql.h"
#include "db/Transaction.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

ReviewStore::Recorded ReviewStore::record(const QSqlDatabase &db, const Input &in, const ReviewChecklist &checklist)
{
    const QVariant caseId = Sql::scalar(db, QStringLiteral("SELECT id FROM penalty_case WHERE case_no = ?"), {in.caseNo.trimmed()});
    if (!caseId.isValid())
        throw Refusal(tr("Case %1: not found.").arg(in.caseNo));
    const QString author = AuditLog::actor();
    const QString reviewer = in.reviewer.trimmed().isEmpty() ? author : in.reviewer.trimmed();
    RecordDate::requireNotFuture(in.reviewedOn, tr("The review date"));
    for (const qint64 officer : in.officerIds) {
        if (!Sql::scalar(db, QStringLiteral("SELECT 1 FROM officer WHERE id = ?"), {officer}).isValid())
            throw Refusal(tr("No officer has the number %1.").arg(officer));
    }
    const ReviewChecklist::Score score = checklist.score(in.vetoFailed, in.deductions);

    Transaction transaction(db);
    const qint64 id = Sql::exec(db, QStringLiteral(
        "INSERT INTO case_review (penalty_case_id, reviewer, reviewed_on, veto_failed, form_score, content_score, grade, campaign, "
        "checklist_version, entered_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {caseId, reviewer, in.reviewedOn.toString(Qt::ISODate), score.vetoFailed ? 1 : 0, score.form, score.content, score.grade,
         in.campaign.trimmed().isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(in.campaign.trimmed()), checklist.version(),
         author})
                          .lastInsertId().toLongLong();
    for (const QString &veto : in.vetoFailed)
        Sql::exec(db, QStringLiteral("INSERT INTO review_deduction (review_id, part, item, points) VALUES (?, 'veto', ?, 0)"), {id, veto});
    for (const ReviewChecklist::Deduction &d : in.deductions)
        Sql::exec(db, QStringLiteral("INSERT INTO review_deduction (review_id, part, item, points, page, note) VALUES (?, ?, ?, ?, ?, ?)"),
                  {id, checklist.partOf(d.item), d.item, d.points, d.page, d.note});
    // The review feeds the officers' points in 执法规范.
    const int points = OfficerPoints::rules().reviewPoints.value(score.grade);
    for (const qint64 officer : in.officerIds) {
        Sql::exec(db, QStringLiteral("INSERT INTO review_officer (review_id, officer_id) VALUES (?, ?)"), {id, officer});
        if (points != 0)
            Sql::exec(db, QStringLiteral("INSERT INTO officer_score_event (officer_id, event_date, dimension, points, reason, source, source_id) "
                                         "VALUES (?, ?, 'conduct', ?, ?, 'case_review', ?)"),
                      {officer, in.reviewedOn.toString(Qt::ISODate), points,
                       tr("Case-file review of %1: %2").arg(in.caseNo.trimmed(), ReviewChecklist::gradeName(score.grade)), id});
    }
    AuditLog::record(db, {AuditLog::Action::Insert, QStringLiteral("case_review"), id, {},
                          QJsonObject{{QStringLiteral("case_no"), in.caseNo.trimmed()}, {QStringLiteral("total"), score.total},
                                      {QStringLiteral("grade"), score.grade}}});
    OfficerPoints::updateGrades(db, in.reviewedOn);
    transaction.commit();
    return {id, score};
}

ReviewStore::Input ReviewStore::fromSheet(const QString &caseNo, const QString &path)
{
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(InputFile::readAll(path, InputFile::SmallFileLimit), &error).object();
    if (error.error != QJsonParseError::NoError)
        throw Refusal(tr("%1: not valid JSON at character %2 (%3).").arg(path).arg(error.offset).arg(error.errorString()));
    Input in;
    in.caseNo = caseNo;
    in.reviewer = o.value(u"reviewer").toString();
    in.reviewedOn = QDate::fromString(o.value(u"reviewedOn").toString(), Qt::ISODate);
    if (!in.reviewedOn.isValid())
        throw Refusal(tr("%1: reviewedOn must be a date (YYYY-MM-DD).").arg(path));
    in.campaign = o.value(u"campaign").toString();
    for (const QJsonValue &v : o.value(u"vetoFailed").toArray())
        in.vetoFailed.append(v.toString());
    const QJsonArray deductions = o.value(u"deductions").toArray();
    for (int i = 0; i < deductions.size(); ++i) {
        const QJsonObject d = deductions.at(i).toObject();
        if (!d.value(u"points").isDouble())
            throw Refusal(tr("%1: deductions[%2].points must be a number.").arg(path).arg(i));
        in.deductions.append({d.value(u"item").toString(), d.value(u"points").toDouble(), d.value(u"page").toVariant().toString(),
                              d.value(u"note").toString()});
    }
    for (const QJsonValue &v : o.value(u"officers").toArray())
        in.officerIds.append(v.toVariant().toLongLong());
    return in;
}

QList<ReviewStore::DepartmentResult> ReviewStore::campaignResults(const QSqlDatabase &db, const QString &campaign)
{
    QSqlQuery q = Sql::exec(db, QStringLiteral(
        "SELECT d.name, count(*), avg(r.form_score + r.content_score), sum(r.grade IN ('excellent', 'pass')) FROM case_review r "
        "JOIN penalty_case p ON p.id = r.penalty_case_id JOIN department d ON d.id = p.department_id WHERE r.campaign = ? "
        "GROUP BY d.id ORDER BY d.code"), {campaign});
    QList<DepartmentResult> list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toInt(), q.value(2).toDouble(), q.value(3).toInt()});
    return list;
}

QList<qint64> ReviewStore::officersByCertificate(const QSqlDatabase &db, const QStringList &certificates)
{
    QList<qint64> ids;
    for (const QString &certificate : certificates) {
        const QVariant officer = Sql::scalar(db, QStringLiteral("SELECT id FROM officer WHERE certificate_no = ?"), {certificate.trimmed()});
        if (!officer.isValid())
            throw Refusal(tr("No officer holds the certificate %1.").arg(certificate));
        ids.append(officer.toLongLong());
    }
    return ids;
}
