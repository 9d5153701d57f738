#include "ClueStore.h"
#include "util/RecordDate.h"

#include "TriageRules.h"
#include "credit/CreditLedger.h"
#include "credit/CreditRuleStore.h"
#include "db/AuditLog.h"
#include "users/Session.h"
#include "util/Refusal.h"
#include "db/AuditText.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "domain/ClueState.h"

#include <QJsonObject>
#include <QSqlQuery>

int ClueStore::defaultDeadlineDays()
{
    return TriageRules::builtIn().deadlineWorkingDays();
}

QStringList ClueStore::allowedMoves(const QString &from)
{
    if (from == u"received")
        return {QStringLiteral("assigned"), QStringLiteral("returned")};
    if (from == u"assigned")
        return {QStringLiteral("responded"), QStringLiteral("returned")};
    if (from == u"returned")
        return {QStringLiteral("assigned"), QStringLiteral("closed")};
    if (from == u"responded")
        return {QStringLiteral("rectified"), QStringLiteral("assigned")};
    if (from == u"rectified")
        return {QStringLiteral("verified")};
    if (from == u"verified")
        return {QStringLiteral("closed")};
    return {};
}

void ClueStore::move(const QSqlDatabase &db, qint64 clueId, const Move &m, const WorkingCalendar &calendar)
{
    QSqlQuery q = Sql::exec(db, QStringLiteral("SELECT state, (SELECT max(step_on) FROM clue_step WHERE clue_id = c.id), received_on "
                                               "FROM clue c WHERE id = ?"), {clueId});
    if (!q.next())
        throw Refusal(tr("No clue has the number %1.").arg(clueId));
    const QString from = q.value(0).toString();
    const QStringList allowed = allowedMoves(from);
    if (!allowed.contains(m.to)) {
        QStringList names;
        for (const QString &s : allowed)
            names.append(ClueState::nameOf(s));
        throw Refusal(allowed.isEmpty() ? tr("Clue %1 is %2; nothing follows.").arg(clueId).arg(ClueState::nameOf(from))
                                 : tr("Clue %1 is %2 and can go only to: %3.").arg(clueId).arg(ClueState::nameOf(from), names.join(tr(", "))));
    }
    const QDate last = QDate::fromString(q.value(1).isNull() ? q.value(2).toString() : q.value(1).toString(), Qt::ISODate);
    RecordDate::requireNotFuture(m.on, tr("The date of the step"));
    if (m.on < last)
        throw Refusal(tr("The date of the step is required and cannot be before the previous step (%1).").arg(last.toString(Qt::ISODate)));
    // A signed-in user is who takes it unless another name is given.
    if (m.by.trimmed().isEmpty() && Session::username().isEmpty())
        throw Refusal(tr("Say who takes the step."));
    if ((m.to == u"returned" || (from == u"responded" && m.to == u"assigned")) && m.note.trimmed().isEmpty())
        throw Refusal(tr("Give the reason in the note."));
    if (m.to == u"assigned" && !Sql::scalar(db, QStringLiteral("SELECT 1 FROM department WHERE id = ?"), {m.departmentId}).isValid())
        throw Refusal(tr("Choose the department responsible."));

    Transaction transaction(db);
    if (m.to == u"assigned") {
        const QDate deadline = calendar.addWorkingDays(m.on, m.workingDays > 0 ? m.workingDays : defaultDeadlineDays());
        Sql::exec(db, QStringLiteral("UPDATE clue SET state = 'assigned', department_id = ?, deadline = ? WHERE id = ?"),
                  {m.departmentId, deadline.toString(Qt::ISODate), clueId});
    } else if (m.to == u"verified") {
        Sql::exec(db, QStringLiteral("UPDATE clue SET state = 'verified', complaint_verified = ? WHERE id = ?"),
                  {m.complaintVerified ? 1 : 0, clueId});
    } else if (m.to == u"closed") {
        Sql::exec(db, QStringLiteral("UPDATE clue SET state = 'closed', closed_on = ? WHERE id = ?"), {m.on.toString(Qt::ISODate), clueId});
        // A complaint verified as true counts against the enterprise's credit from now on.
        if (Sql::scalar(db, QStringLiteral("SELECT complaint_verified FROM clue WHERE id = ?"), {clueId}).toBool())
            CreditLedger::syncFromSources(db, CreditRuleStore::load(db));
    } else {
        Sql::exec(db, QStringLiteral("UPDATE clue SET state = ? WHERE id = ?"), {m.to, clueId});
    }
    // The step's author is whoever is signed in; a name typed for someone else is kept
    // beside it, never in its place.
    const QString author = AuditLog::actor();
    Sql::exec(db, QStringLiteral("INSERT INTO clue_step (clue_id, state, step_on, done_by, note, entered_by) VALUES (?, ?, ?, ?, ?, ?)"),
              {clueId, m.to, m.on.toString(Qt::ISODate), m.by.trimmed().isEmpty() ? author : m.by.trimmed(), m.note.trimmed(), author});
    AuditLog::record(db, {AuditLog::Action::Update, QStringLiteral("clue"), clueId, QJsonObject{{QStringLiteral("state"), from}},
                          QJsonObject{{QStringLiteral("state"), m.to}, {QStringLiteral("note"), m.note.trimmed()}}});
    transaction.commit();
}

QList<ClueStore::Clue> ClueStore::list(const QSqlDatabase &db, Listing listing, const QDate &asOf, int dueSoonDays,
                                             const WorkingCalendar &calendar)
{
    QSqlQuery q = Sql::exec(db, QStringLiteral(
        "SELECT c.id, COALESCE(o.order_no, ''), COALESCE(o.category, ''), COALESCE(o.content, c.triage_note, ''), COALESCE(e.name, ''), "
        "COALESCE(d.name, ''), c.received_on, c.deadline, c.state, c.closed_on, c.complaint_verified "
        "FROM clue c LEFT JOIN hotline_order o ON o.id = c.hotline_order_id LEFT JOIN enterprise e ON e.id = o.enterprise_id "
        "LEFT JOIN department d ON d.id = c.department_id WHERE c.received_on <= ? "
        "AND (? = 0 OR (c.closed_on IS NULL OR c.closed_on > ?)) ORDER BY c.deadline IS NULL, c.deadline, c.id"),
        {asOf.toString(Qt::ISODate), listing == Listing::All ? 0 : 1, asOf.toString(Qt::ISODate)});
    QList<Clue> clues;
    while (q.next()) {
        Clue c{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
               q.value(5).toString(), QDate::fromString(q.value(6).toString(), Qt::ISODate), QDate::fromString(q.value(7).toString(), Qt::ISODate),
               q.value(8).toString(), QDate::fromString(q.value(9).toString(), Qt::ISODate), q.value(10).toBool(), 0};
        if (c.deadline.isValid())
            c.workingDaysLeft = calendar.workingDaysBetween(asOf, c.deadline);
        const bool open = !c.closedOn.isValid() || c.closedOn > asOf;
        if (listing == Listing::Overdue && !(open && c.deadline.isValid() && c.deadline < asOf))
            continue;
        if (listing == Listing::DueSoon && !(open && c.deadline.isValid() && c.deadline >= asOf && c.workingDaysLeft <= dueSoonDays))
            continue;
        clues.append(c);
    }
    return clues;
}

QList<ClueStore::Step> ClueStore::steps(const QSqlDatabase &db, qint64 clueId)
{
    QSqlQuery q = Sql::exec(db, QStringLiteral("SELECT state, step_on, done_by, COALESCE(note, ''), COALESCE(entered_by, done_by) "
                                               "FROM clue_step WHERE clue_id = ? ORDER BY step_on, id"),
                            {clueId});
    QList<Step> list;
    while (q.next())
        list.append({q.value(0).toString(), QDate::fromString(q.value(1).toString(), Qt::ISODate), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toString()});
    return list;
}

QString ClueStore::stateOf(const QSqlDatabase &db, qint64 clueId)
{
    return Sql::scalar(db, QStringLiteral("SELECT state FROM clue WHERE id = ?"), {clueId}).toString();
}

QList<QPair<QString, int>> ClueStore::countsByState(const QSqlDatabase &db, qint64 townshipId)
{
    QSqlQuery q = Sql::exec(db, QStringLiteral(
        "SELECT c.state, count(*) FROM clue c LEFT JOIN hotline_order o ON o.id = c.hotline_order_id "
        "WHERE (? = 0 OR o.township_id = ?) GROUP BY c.state"), {townshipId, townshipId});
    QHash<QString, int> byState;
    while (q.next())
        byState.insert(q.value(0).toString(), q.value(1).toInt());
    QList<QPair<QString, int>> counts;
    for (const QString &state : ClueState::codes()) {
        if (byState.contains(state))
            counts.append({state, byState.value(state)});
    }
    return counts;
}

QString ClueStore::Step::byline() const
{
    if (enteredBy.isEmpty() || enteredBy.compare(by, Qt::CaseInsensitive) == 0)
        return AuditText::user(by); // the program itself as 系统

    return tr("%1 (entered by %2)").arg(by, enteredBy);
}

QString ClueStore::deadlineNote(const QDate &deadline, const WorkingCalendar &calendar)
{
    if (!deadline.isValid() || !calendar.isProvisional(deadline))
        return {};
    return tr("counted without the holiday notice for %1, so it may move").arg(deadline.year());
}
