#include "SupervisionFindings.h"

#include "ClueStore.h"
#include "TriageRules.h"
#include "db/DatabaseError.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "discretion/PenaltyCaseStore.h"
#include "users/Session.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

QStringList SupervisionFindings::kinds()
{
    return {QStringLiteral("repeat_department"), QStringLiteral("repeat_total"), QStringLiteral("sandbox_routine"),
            QStringLiteral("too_few_officers"), QStringLiteral("expired_certificate"), QStringLiteral("case_outside_benchmark"),
            QStringLiteral("no_inspection_code")};
}

QString SupervisionFindings::kindName(const QString &kind)
{
    if (kind == u"repeat_department")
        return tr("Repeated checks by one department");
    if (kind == u"repeat_total")
        return tr("Too many entries into one enterprise");
    if (kind == u"sandbox_routine")
        return tr("Routine check of a sandbox member");
    if (kind == u"too_few_officers")
        return tr("Check without two certified officers");
    if (kind == u"expired_certificate")
        return tr("Officer's certificate expired or missing");
    if (kind == u"case_outside_benchmark")
        return tr("Case outside its benchmark");
    if (kind == u"no_inspection_code")
        return tr("Routine check without the inspection code");
    return kind;
}

QString SupervisionFindings::rule(const QString &kind)
{
    if (kind == u"repeat_department" || kind == u"repeat_total")
        return tr("the county's limits on routine checks of one enterprise a year (repeated inspection)");
    if (kind == u"sandbox_routine")
        return tr("enterprises in the sandbox are exempt from routine checks");
    if (kind == u"too_few_officers")
        return tr("inspections by at least two officers with enforcement certificates (Administrative Penalty Law, art. 42)");
    if (kind == u"expired_certificate")
        return tr("only officers with a valid enforcement certificate may inspect");
    if (kind == u"case_outside_benchmark")
        return tr("the benchmark list in force, within what the law allows");
    if (kind == u"no_inspection_code")
        return tr("the county requires routine checks to show the inspection code");
    return {};
}

SupervisionFindings::Caps SupervisionFindings::caps()
{
    Caps caps;
    QFile file(QStringLiteral(":/faircheck/supervision/inspection-caps.json"));
    if (file.open(QIODevice::ReadOnly)) {
        const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
        caps.perDepartmentPerYear = o.value(QLatin1String("perDepartmentPerYear")).toInt(caps.perDepartmentPerYear);
        caps.allDepartmentsPerYear = o.value(QLatin1String("allDepartmentsPerYear")).toInt(caps.allDepartmentsPerYear);
        caps.inspectionCodeRequired = o.value(QLatin1String("inspectionCodeRequired")).toBool(caps.inspectionCodeRequired);
    }
    return caps;
}

namespace {

QStringList records(const QString &table, const QString &ids)
{
    QStringList list;
    for (const QString &id : ids.split(u',', Qt::SkipEmptyParts))
        list.append(table + u':' + id);
    return list;
}

} // namespace

QList<SupervisionFindings::Finding> SupervisionFindings::list(const QSqlDatabase &db, const QDate &from, const QDate &to, const QString &kind,
                                                             const Caps &caps)
{
    const QString f = from.toString(Qt::ISODate), t = to.toString(Qt::ISODate);
    QList<Finding> found;
    auto wanted = [&kind](const char *k) { return kind.isEmpty() || kind == QLatin1String(k); };
    if (wanted("repeat_department")) {
        // Counted over the calendar year; found in the period when the year's last check is in it.
        QSqlQuery q = Sql::exec(db, QStringLiteral(
            "SELECT t.department_id, d.name, e.name, e.uscc, strftime('%Y', v.visit_date) AS y, count(DISTINCT v.id), group_concat(v.id), "
            "max(v.visit_date), e.id FROM inspection_task t JOIN visit v ON v.id = t.visit_id JOIN department d ON d.id = t.department_id "
            "JOIN enterprise e ON e.id = v.enterprise_id WHERE v.status = 'done' AND v.origin = 'routine' "
            "AND v.visit_date >= date(?, 'start of year') AND v.visit_date <= ? "
            "GROUP BY t.department_id, v.enterprise_id, y HAVING count(DISTINCT v.id) > ? AND max(v.visit_date) >= ?"),
            {f, t, caps.perDepartmentPerYear, f});
        while (q.next())
            found.append({QStringLiteral("repeat_department:%1:%2:%3").arg(q.value(0).toString(), q.value(8).toString(), q.value(4).toString()),
                          QStringLiteral("repeat_department"), QDate::fromString(q.value(7).toString(), Qt::ISODate), q.value(0).toLongLong(),
                          q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                          tr("%1 routine checks in %2 (the limit is %3)").arg(q.value(5).toString(), q.value(4).toString()).arg(caps.perDepartmentPerYear),
                          records(QStringLiteral("visit"), q.value(6).toString()), 0});
    }
    if (wanted("repeat_total")) {
        QSqlQuery q = Sql::exec(db, QStringLiteral(
            "SELECT e.id, e.name, e.uscc, strftime('%Y', v.visit_date) AS y, count(*), group_concat(v.id), max(v.visit_date) "
            "FROM visit v JOIN enterprise e ON e.id = v.enterprise_id WHERE v.status = 'done' AND v.origin = 'routine' "
            "AND v.visit_date >= date(?, 'start of year') AND v.visit_date <= ? "
            "GROUP BY v.enterprise_id, y HAVING count(*) > ? AND max(v.visit_date) >= ?"),
            {f, t, caps.allDepartmentsPerYear, f});
        while (q.next())
            found.append({QStringLiteral("repeat_total:%1:%2").arg(q.value(0).toString(), q.value(3).toString()), QStringLiteral("repeat_total"),
                          QDate::fromString(q.value(6).toString(), Qt::ISODate), 0, QString(), q.value(1).toString(), q.value(2).toString(),
                          tr("%1 routine entries in %2 (the limit is %3)").arg(q.value(4).toString(), q.value(3).toString()).arg(caps.allDepartmentsPerYear),
                          records(QStringLiteral("visit"), q.value(5).toString()), 0});
    }
    if (wanted("sandbox_routine")) {
        QSqlQuery q = Sql::exec(db, QStringLiteral(
            "SELECT t.id, v.visit_date, t.department_id, d.name, e.name, e.uscc, v.id, s.entered_on "
            "FROM inspection_task t JOIN visit v ON v.id = t.visit_id JOIN department d ON d.id = t.department_id "
            "JOIN enterprise e ON e.id = v.enterprise_id JOIN sandbox_membership s ON s.enterprise_id = v.enterprise_id "
            "AND s.entered_on <= v.visit_date AND (s.exited_on IS NULL OR s.exited_on > v.visit_date) "
            "WHERE v.status = 'done' AND v.origin = 'routine' AND v.visit_date BETWEEN ? AND ?"),
            {f, t});
        while (q.next())
            found.append({QStringLiteral("sandbox_routine:%1").arg(q.value(0).toString()), QStringLiteral("sandbox_routine"),
                          QDate::fromString(q.value(1).toString(), Qt::ISODate), q.value(2).toLongLong(), q.value(3).toString(),
                          q.value(4).toString(), q.value(5).toString(),
                          tr("routine check on %1 of a sandbox member since %2").arg(q.value(1).toString(), q.value(7).toString()),
                          {QStringLiteral("visit:") + q.value(6).toString(), QStringLiteral("inspection_task:") + q.value(0).toString()}, 0});
    }
    if (wanted("too_few_officers")) {
        QSqlQuery q = Sql::exec(db, QStringLiteral(
            "SELECT v.id, v.visit_date, e.name, e.uscc, "
            "(SELECT count(*) FROM visit_officer vo JOIN officer o ON o.id = vo.officer_id WHERE vo.visit_id = v.id "
            " AND o.certificate_no IS NOT NULL AND (o.certificate_expiry IS NULL OR o.certificate_expiry >= v.visit_date)) AS certified, "
            "(SELECT t.department_id FROM inspection_task t WHERE t.visit_id = v.id ORDER BY t.id LIMIT 1), "
            "(SELECT d.name FROM inspection_task t JOIN department d ON d.id = t.department_id WHERE t.visit_id = v.id ORDER BY t.id LIMIT 1) "
            "FROM visit v JOIN enterprise e ON e.id = v.enterprise_id WHERE v.status = 'done' AND v.visit_date BETWEEN ? AND ? AND certified < 2"),
            {f, t});
        while (q.next())
            found.append({QStringLiteral("too_few_officers:%1").arg(q.value(0).toString()), QStringLiteral("too_few_officers"),
                          QDate::fromString(q.value(1).toString(), Qt::ISODate), q.value(5).toLongLong(), q.value(6).toString(),
                          q.value(2).toString(), q.value(3).toString(),
                          tr("%n officer(s) with a valid certificate on the check", nullptr, q.value(4).toInt()),
                          {QStringLiteral("visit:") + q.value(0).toString()}, 0});
    }
    if (wanted("expired_certificate")) {
        QSqlQuery q = Sql::exec(db, QStringLiteral(
            "SELECT v.id, v.visit_date, o.id, o.name, COALESCE(o.certificate_no, ''), COALESCE(o.certificate_expiry, ''), o.department_id, d.name, "
            "e.name, e.uscc FROM visit v JOIN visit_officer vo ON vo.visit_id = v.id JOIN officer o ON o.id = vo.officer_id "
            "JOIN department d ON d.id = o.department_id JOIN enterprise e ON e.id = v.enterprise_id "
            "WHERE v.status = 'done' AND v.visit_date BETWEEN ? AND ? "
            "AND (o.certificate_no IS NULL OR (o.certificate_expiry IS NOT NULL AND o.certificate_expiry < v.visit_date))"),
            {f, t});
        while (q.next())
            found.append({QStringLiteral("expired_certificate:%1:%2").arg(q.value(0).toString(), q.value(2).toString()),
                          QStringLiteral("expired_certificate"), QDate::fromString(q.value(1).toString(), Qt::ISODate), q.value(6).toLongLong(),
                          q.value(7).toString(), q.value(8).toString(), q.value(9).toString(),
                          q.value(4).toString().isEmpty() ? tr("%1 inspected without an enforcement certificate").arg(q.value(3).toString())
                                                          : tr("%1 inspected on %2 with certificate %3, expired on %4")
                                                                .arg(q.value(3).toString(), q.value(1).toString(), q.value(4).toString(),
                                                                     q.value(5).toString()),
                          {QStringLiteral("visit:") + q.value(0).toString(), QStringLiteral("officer:") + q.value(2).toString()}, 0});
    }
    if (wanted("case_outside_benchmark")) {
        QSqlQuery q = Sql::exec(db, QStringLiteral(
            "SELECT p.id, p.case_no, p.decided_on, p.department_id, d.name, e.name, e.uscc, k.flag FROM penalty_case p "
            "JOIN penalty_case_check k ON k.case_id = p.id JOIN department d ON d.id = p.department_id "
            "JOIN enterprise e ON e.id = p.enterprise_id WHERE p.decided_on BETWEEN ? AND ? AND k.flag IS NOT NULL AND k.flag <> 'no_item'"),
            {f, t});
        while (q.next())
            found.append({QStringLiteral("case_outside_benchmark:%1").arg(q.value(0).toString()), QStringLiteral("case_outside_benchmark"),
                          QDate::fromString(q.value(2).toString(), Qt::ISODate), q.value(3).toLongLong(), q.value(4).toString(),
                          q.value(5).toString(), q.value(6).toString(),
                          tr("case %1: %2").arg(q.value(1).toString(), PenaltyCaseStore::flagText(q.value(7).toString())),
                          {QStringLiteral("penalty_case:") + q.value(0).toString()}, 0});
    }
    if (wanted("no_inspection_code") && caps.inspectionCodeRequired) {
        // Only a record that says the code was not used: FairCheck's own visits carry one.
        QSqlQuery q = Sql::exec(db, QStringLiteral(
            "SELECT v.id, v.visit_date, t.department_id, d.name, e.name, e.uscc, COALESCE(v.platform_no, '') FROM visit v "
            "JOIN inspection_task t ON t.visit_id = v.id JOIN department d ON d.id = t.department_id JOIN enterprise e ON e.id = v.enterprise_id "
            "WHERE v.status = 'done' AND v.origin = 'routine' AND v.code_used = 0 AND v.visit_date BETWEEN ? AND ?"),
            {f, t});
        while (q.next())
            found.append({QStringLiteral("no_inspection_code:%1:%2").arg(q.value(0).toString(), q.value(2).toString()),
                          QStringLiteral("no_inspection_code"), QDate::fromString(q.value(1).toString(), Qt::ISODate), q.value(2).toLongLong(),
                          q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                          tr("routine check on %1 recorded without the code (%2)").arg(q.value(1).toString(), q.value(6).toString()),
                          {QStringLiteral("visit:") + q.value(0).toString()}, 0});
    }
    // Which have become clues already.
    QHash<QString, qint64> clues;
    QSqlQuery made = Sql::exec(db, QStringLiteral("SELECT finding_key, id FROM clue WHERE finding_key IS NOT NULL"));
    while (made.next())
        clues.insert(made.value(0).toString(), made.value(1).toLongLong());
    for (Finding &finding : found)
        finding.clueId = clues.value(finding.key);
    std::stable_sort(found.begin(), found.end(), [](const Finding &a, const Finding &b) { return a.date < b.date; });
    return found;
}

qint64 SupervisionFindings::toClue(const QSqlDatabase &db, const Finding &finding, const QDate &on, const WorkingCalendar &calendar)
{
    const QVariant existing = Sql::scalar(db, QStringLiteral("SELECT id FROM clue WHERE finding_key = ?"), {finding.key});
    if (existing.isValid())
        return existing.toLongLong();
    Transaction transaction(db);
    Session::requireWrite(db, QStringLiteral("clue"));
    // Said as a notice reads it; the records stay reachable through the finding's key.
    const QString content = tr("%1: %2, %3. Rule: %4.").arg(kindName(finding.kind), finding.enterprise, finding.detail, rule(finding.kind));
    const QDate deadline = calendar.addWorkingDays(on, TriageRules::builtIn().deadlineWorkingDays());
    const qint64 id = Sql::exec(db, QStringLiteral("INSERT INTO clue (department_id, received_on, deadline, state, triage_note, finding_key) "
                                                   "VALUES (?, ?, ?, 'received', ?, ?)"),
                                {finding.departmentId > 0 ? QVariant(finding.departmentId) : QVariant(QMetaType::fromType<qint64>()),
                                 on.toString(Qt::ISODate), deadline.toString(Qt::ISODate), content, finding.key})
                          .lastInsertId().toLongLong();
    Sql::exec(db, QStringLiteral("INSERT INTO clue_step (clue_id, state, step_on, done_by, note) VALUES (?, 'received', ?, ?, ?)"),
              {id, on.toString(Qt::ISODate), Session::username().isEmpty() ? QStringLiteral("system") : Session::username(),
               kindName(finding.kind)});
    transaction.commit();
    return id;
}
