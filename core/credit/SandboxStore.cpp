#include "SandboxStore.h"

#include "CreditStore.h"
#include "db/AuditLog.h"
#include "util/Refusal.h"
#include "db/Sql.h"
#include "db/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace {

const QString kMembershipColumns = QStringLiteral(
    "SELECT s.id, s.enterprise_id, e.uscc, e.name, s.entered_on, s.decision_no, s.exited_on, s.exit_reason "
    "FROM sandbox_membership s JOIN enterprise e ON e.id = s.enterprise_id ");

QList<SandboxStore::Membership> readMemberships(QSqlQuery &q)
{
    QList<SandboxStore::Membership> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                     QDate::fromString(q.value(4).toString(), Qt::ISODate), q.value(5).toString(),
                     QDate::fromString(q.value(6).toString(), Qt::ISODate), q.value(7).toString()});
    return list;
}

} // namespace

QList<SandboxStore::Candidate> SandboxStore::propose(const QSqlDatabase &db, const CreditRuleBook &book, const QDate &asOf)
{
    const CreditRuleSet &rules = book.forDate(asOf);
    QSqlQuery q = Sql::exec(db, QStringLiteral(
        "SELECT e.id, e.uscc, e.name FROM enterprise e WHERE e.credit_score >= ? AND e.status = 'active' "
        "AND NOT EXISTS (SELECT 1 FROM sandbox_membership s WHERE s.enterprise_id = e.id AND s.exited_on IS NULL) "
        "ORDER BY e.credit_score DESC, e.id"), {rules.sandboxMinScore});
    QList<Candidate> candidates;
    QList<Candidate> rows;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), 0});
    const CreditStore repository(db);
    for (Candidate c : std::as_const(rows)) {
        const CreditResult r = repository.evaluate(book, c.enterpriseId, asOf);
        if (!r.eligible)
            continue;
        c.score = r.score;
        candidates.append(c);
    }
    return candidates;
}

qint64 SandboxStore::admit(const QSqlDatabase &db, const CreditRuleBook &book, qint64 enterpriseId, const QDate &on,
                             const QString &decisionNo)
{
    if (decisionNo.trimmed().isEmpty())
        throw Refusal(tr("Admission to the sandbox needs the number of the decision."));
    const CreditResult r = CreditStore(db).evaluate(book, enterpriseId, on);
    if (!r.eligible)
        throw Refusal(tr("The enterprise is not eligible for the sandbox on %1: %2.")
                                .arg(on.toString(Qt::ISODate), CreditEngine::joinReasons(r.ineligibleReasons)));
    Transaction transaction(db);
    if (Sql::scalar(db, QStringLiteral("SELECT 1 FROM sandbox_membership WHERE enterprise_id = ? AND exited_on IS NULL"),
                    {enterpriseId}).isValid())
        throw Refusal(tr("The enterprise is already in the sandbox."));
    Sql::exec(db, QStringLiteral("INSERT INTO sandbox_membership (enterprise_id, entered_on, entry_reason, decision_no, decided_by, entered_by) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"),
              {enterpriseId, on.toString(Qt::ISODate),
               tr("Credit score %1 meets the sandbox criteria; admitted by decision %2.").arg(r.score).arg(decisionNo),
               decisionNo, AuditLog::actor(), AuditLog::actor()});
    const qint64 id = Sql::lastInsertId(db);
    AuditLog::record(db, {AuditLog::Action::Insert, QStringLiteral("sandbox_membership"), id, {},
                          QJsonObject{{QStringLiteral("enterprise_id"), enterpriseId},
                                      {QStringLiteral("entered_on"), on.toString(Qt::ISODate)},
                                      {QStringLiteral("decision_no"), decisionNo}}});
    transaction.commit();
    return id;
}

QList<SandboxStore::Membership> SandboxStore::members(const QSqlDatabase &db, const QDate &asOf)
{
    const QString day = asOf.toString(Qt::ISODate);
    QSqlQuery q = Sql::exec(db, kMembershipColumns + QStringLiteral(
        "WHERE s.entered_on <= ? AND (s.exited_on IS NULL OR s.exited_on > ?) ORDER BY s.entered_on, e.name"), {day, day});
    return readMemberships(q);
}

QList<SandboxStore::Membership> SandboxStore::exits(const QSqlDatabase &db, const QDate &from, const QDate &to)
{
    QSqlQuery q = Sql::exec(db, kMembershipColumns + QStringLiteral("WHERE s.exited_on BETWEEN ? AND ? ORDER BY s.exited_on"),
                            {from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    return readMemberships(q);
}

QString SandboxStore::exitReasonCode(const CreditResult &result)
{
    const QJsonObject code = result.redLineInForce
        ? QJsonObject{{QStringLiteral("exit"), QStringLiteral("red_line")}, {QStringLiteral("on"), result.redLineDate.toString(Qt::ISODate)}}
        : QJsonObject{{QStringLiteral("exit"), QStringLiteral("not_eligible")},
                      {QStringLiteral("reasons"), QJsonArray::fromStringList(result.ineligibleCodes)}};
    return QString::fromUtf8(QJsonDocument(code).toJson(QJsonDocument::Compact));
}

QString SandboxStore::exitReasonText(const QString &stored)
{
    const QJsonObject code = QJsonDocument::fromJson(stored.toUtf8()).object();
    const QString exit = code.value(QStringLiteral("exit")).toString();
    if (exit == u"red_line")
        return tr("Red-line violation on %1: removed from the sandbox at once.").arg(code.value(QStringLiteral("on")).toString());
    if (exit == u"not_eligible") {
        QStringList reasons;
        for (const QJsonValue &r : code.value(QStringLiteral("reasons")).toArray())
            reasons.append(CreditEngine::reasonText(r.toString()));
        return tr("No longer eligible: %1.").arg(CreditEngine::joinReasons(reasons));
    }
    return stored;
}
