#include "IndicatorModel.h"

#include "db/FigureSql.h"

#include "db/Sql.h"
#include "domain/Fen.h"

#include <QLocale>
#include <QSqlQuery>

#include <tuple>

namespace {

QString iso(const QDate &d) { return d.toString(Qt::ISODate); }

// The SQL of one indicator: a query yielding one number, with the scope spliced in.
// :from and :to are the period; {T} filters enterprises (alias e) by township;
// {D} filters by department through the given column.
struct Query
{
    const char *id;
    const char *sql;
};

// Visits carried out in the period, in scope; reused by several indicators.
const char *const kVisits =
    "SELECT v.id FROM visit v JOIN enterprise e ON e.id = v.enterprise_id "
    "WHERE v.status = 'done' AND v.visit_date BETWEEN :from AND :to {T} "
    "AND (:dept = 0 OR EXISTS (SELECT 1 FROM inspection_task t WHERE t.visit_id = v.id AND t.department_id = :dept))";

} // namespace

IndicatorModel::Scope IndicatorModel::Scope::month(const QDate &anyDay)
{
    const QDate first(anyDay.year(), anyDay.month(), 1);
    return {first, first.addMonths(1).addDays(-1), 0, 0, {}};
}

IndicatorModel::Scope IndicatorModel::Scope::yearToDate(const QDate &anyDay)
{
    return {QDate(anyDay.year(), 1, 1), QDate(anyDay.year(), anyDay.month(), 1).addMonths(1).addDays(-1), 0, 0, {}};
}

QString IndicatorModel::Definition::name() const
{
    return QLocale().language() == QLocale::Chinese ? nameZh : nameEn;
}

const QList<IndicatorModel::Definition> &IndicatorModel::definitions()
{
    static const QList<Definition> list = {
        {QStringLiteral("visits"), QStringLiteral("入企检查次数"), QStringLiteral("Visits"),
         tr("Visits carried out (results recorded) with the visit date in the period."), Unit::Count},
        {QStringLiteral("joint_visits"), QStringLiteral("联合检查次数"), QStringLiteral("Joint visits"),
         tr("Of those visits, the ones with two or more departments."), Unit::Count},
        {QStringLiteral("tasks"), QStringLiteral("检查任务数"), QStringLiteral("Inspection tasks"),
         tr("Inspection tasks carried out in those visits (one per department per visit)."), Unit::Count},
        {QStringLiteral("checks_avoided"), QStringLiteral("减少入企次数"), QStringLiteral("Checks avoided"),
         tr("Tasks minus visits: entries into enterprises saved by joining."), Unit::Count},
        {QStringLiteral("joint_rate"), QStringLiteral("联合检查率"), QStringLiteral("Joint rate"),
         tr("Joint visits divided by visits."), Unit::Percent},
        {QStringLiteral("invited_visits"), QStringLiteral("邀约式检查次数"), QStringLiteral("Invited visits"),
         tr("Visits in the period that came from an enterprise's invitation."), Unit::Count},
        {QStringLiteral("satisfaction_rate"), QStringLiteral("企业满意率"), QStringLiteral("Satisfaction rate"),
         tr("Ratings of 4 or 5 divided by all ratings, by rating date in the period."), Unit::Percent},
        {QStringLiteral("enterprises_scored"), QStringLiteral("信用评分企业数"), QStringLiteral("Enterprises scored"),
         tr("Enterprises with a credit score, registered by the end of the period."), Unit::Count},
        {QStringLiteral("sandbox_members"), QStringLiteral("沙盒内企业数"), QStringLiteral("Sandbox members"),
         tr("Enterprises in the sandbox on the last day of the period."), Unit::Count},
        {QStringLiteral("sandbox_entries"), QStringLiteral("新入盒企业数"), QStringLiteral("Sandbox entries"),
         tr("Admissions to the sandbox dated in the period."), Unit::Count},
        {QStringLiteral("sandbox_exits"), QStringLiteral("移出沙盒企业数"), QStringLiteral("Sandbox exits"),
         tr("Exits from the sandbox dated in the period."), Unit::Count},
        {QStringLiteral("clues_received"), QStringLiteral("受理线索数"), QStringLiteral("Clues received"),
         tr("Enforcement-supervision clues received in the period."), Unit::Count},
        {QStringLiteral("clues_closed"), QStringLiteral("办结线索数"), QStringLiteral("Clues closed"),
         tr("Clues closed in the period."), Unit::Count},
        {QStringLiteral("clues_overdue"), QStringLiteral("逾期未办结线索数"), QStringLiteral("Clues overdue"),
         tr("Clues open on the last day of the period and past their deadline."), Unit::Count},
        {QStringLiteral("lenient_cases"), QStringLiteral("免罚轻罚案件数"), QStringLiteral("Lenient cases"),
         tr("Penalty cases decided in the period with no penalty, a reduced or a lighter penalty."), Unit::Count},
        {QStringLiteral("fines_waived"), QStringLiteral("减免罚款金额"), QStringLiteral("Fines waived"),
         tr("Sum over those cases of the reference fine minus the fine imposed, never below zero."), Unit::Fen},
        {QStringLiteral("credit_repairs"), QStringLiteral("信用修复数"), QStringLiteral("Credit repairs"),
         tr("Credit repairs granted in the period."), Unit::Count},
        {QStringLiteral("trainings"), QStringLiteral("培训场次"), QStringLiteral("Trainings"),
         tr("Training sessions held in the period."), Unit::Count},
        {QStringLiteral("enterprises_trained"), QStringLiteral("参训企业数"), QStringLiteral("Enterprises trained"),
         tr("Distinct enterprises that attended those sessions."), Unit::Count},
        {QStringLiteral("forums"), QStringLiteral("政企恳谈场次"), QStringLiteral("Forums"),
         tr("Forums with enterprises held in the period."), Unit::Count},
        {QStringLiteral("requests_raised"), QStringLiteral("收集企业诉求数"), QStringLiteral("Requests raised"),
         tr("Enterprise requests raised in the period."), Unit::Count},
        {QStringLiteral("requests_closed"), QStringLiteral("办结企业诉求数"), QStringLiteral("Requests closed"),
         tr("Enterprise requests closed in the period."), Unit::Count},
        {QStringLiteral("invitations"), QStringLiteral("企业邀约数"), QStringLiteral("Invitations received"),
         tr("Enterprises' invitations for an advisory visit received in the period."), Unit::Count},
        {QStringLiteral("repairs_helped"), QStringLiteral("协助信用修复数"), QStringLiteral("Repairs helped"),
         tr("Credit-repair applications made in the period with the service's help."), Unit::Count},
        {QStringLiteral("enterprises_served"), QStringLiteral("服务企业数"), QStringLiteral("Enterprises served"),
         tr("Distinct enterprises served in the period: an invited visit carried out, a forum or training attended, a "
            "request raised, a credit-repair notice or a helped application."), Unit::Count},
        {QStringLiteral("case_reviews"), QStringLiteral("案卷评查数"), QStringLiteral("Case reviews"),
         tr("Case-file reviews finished in the period."), Unit::Count},
        {QStringLiteral("review_avg"), QStringLiteral("案卷平均分"), QStringLiteral("Average review score"),
         tr("The mean score of those reviews."), Unit::Points},
        {QStringLiteral("review_pass_rate"), QStringLiteral("案卷合格率"), QStringLiteral("Review pass rate"),
         tr("Share of those reviews graded pass or excellent (veto failures count as fails)."), Unit::Percent},
        {QStringLiteral("officers_excellent"), QStringLiteral("优秀等次执法人员"), QStringLiteral("Officers graded excellent"),
         tr("Active officers in the grade 'excellent'."), Unit::Count},
        {QStringLiteral("officers_good"), QStringLiteral("良好等次执法人员"), QStringLiteral("Officers graded good"),
         tr("Active officers in the grade 'good'."), Unit::Count},
        {QStringLiteral("officers_fair"), QStringLiteral("一般等次执法人员"), QStringLiteral("Officers graded fair"),
         tr("Active officers in the grade 'fair'."), Unit::Count},
        {QStringLiteral("officers_poor"), QStringLiteral("较差等次执法人员"), QStringLiteral("Officers graded poor"),
         tr("Active officers in the grade 'poor'."), Unit::Count},
    };
    return list;
}

const IndicatorModel::Definition *IndicatorModel::definition(const QString &id)
{
    for (const Definition &d : definitions()) {
        if (d.id == id)
            return &d;
    }
    return nullptr;
}

namespace {

// Runs one indicator query with the scope spliced in and bound.
class ScopedQuery
{
public:
    ScopedQuery(const QSqlDatabase &db, const IndicatorModel::Scope &scope)
        : m_db(db), m_scope(scope)
        , m_township(scope.townshipId > 0 ? QStringLiteral("AND e.township_id = :town") : QString())
        , m_visits(QString::fromLatin1(kVisits).replace(QStringLiteral("{T}"), m_township))
    {
    }

    QVariant number(QString sql) const
    {
        sql.replace(QStringLiteral("{T}"), m_township);
        sql.replace(QStringLiteral("{VISITS}"), m_visits);
        QSqlQuery q = Sql::prepare(m_db, sql);
        // Named placeholders are bound only where the statement uses them.
        const QList<QPair<QString, QVariant>> binds = {{QStringLiteral(":from"), iso(m_scope.from)},
                                                       {QStringLiteral(":to"), iso(m_scope.to)},
                                                       {QStringLiteral(":asof"), iso(m_scope.asOf())},
                                                       {QStringLiteral(":town"), m_scope.townshipId},
                                                       {QStringLiteral(":dept"), m_scope.departmentId}};
        for (const auto &[name, value] : binds) {
            if (sql.contains(name))
                q.bindValue(name, value);
        }
        if (!q.exec())
            Sql::fail(q, sql);
        return q.next() ? q.value(0) : QVariant();
    }
    double count(const QString &sql) const { return number(sql).toDouble(); }

    // visits, joint visits, tasks: the first figures and the trend's.
    std::tuple<double, double, double> visits() const
    {
        const double visitCount = count(FigureSql::visitCount());
        const double joint = count(FigureSql::jointVisits());
        const double tasks = count(FigureSql::taskCount().replace(QStringLiteral("{DEPT}"),
                                                                          QStringLiteral("AND (:dept = 0 OR t.department_id = :dept)")));
        return {visitCount, joint, tasks};
    }

private:
    QSqlDatabase m_db;
    IndicatorModel::Scope m_scope;
    QString m_township;
    QString m_visits;
};

} // namespace

QList<IndicatorModel::Value> IndicatorModel::computeVisits(const QSqlDatabase &db, const Scope &scope)
{
    const auto [visitCount, joint, tasks] = ScopedQuery(db, scope).visits();
    return {{QStringLiteral("visits"), visitCount, true}, {QStringLiteral("tasks"), tasks, true},
            {QStringLiteral("checks_avoided"), qMax(0.0, tasks - visitCount), true}};
}

QList<IndicatorModel::Value> IndicatorModel::compute(const QSqlDatabase &db, const Scope &scope)
{
    const ScopedQuery query(db, scope);
    auto number = [&query](const QString &sql) { return query.number(sql); };
    auto count = [&query](const QString &sql) { return query.count(sql); };
    QList<Value> values;
    auto add = [&values](const char *id, double v, bool defined = true) {
        values.append({QString::fromLatin1(id), v, defined});
    };
    const auto [visitCount, joint, tasks] = query.visits();
    add("visits", visitCount);
    add("joint_visits", joint);
    add("tasks", tasks);
    add("checks_avoided", qMax(0.0, tasks - visitCount));
    add("joint_rate", visitCount > 0 ? 100.0 * joint / visitCount : 0, visitCount > 0);
    add("invited_visits", count(QStringLiteral("SELECT count(*) FROM visit WHERE origin = 'invitation' AND id IN ({VISITS})")));
    const QVariant satisfied = number(QStringLiteral(
        "SELECT 100.0 * sum(r.rating >= 4) / count(*) FROM satisfaction_rating r JOIN visit v ON v.id = r.visit_id "
        "JOIN enterprise e ON e.id = v.enterprise_id WHERE r.rated_on BETWEEN :from AND :to {T} "
        "AND (:dept = 0 OR EXISTS (SELECT 1 FROM inspection_task t WHERE t.visit_id = v.id AND t.department_id = :dept))"));
    add("satisfaction_rate", satisfied.toDouble(), !satisfied.isNull());
    add("enterprises_scored", count(QStringLiteral(
        "SELECT count(*) FROM enterprise e WHERE e.credit_score IS NOT NULL "
        "AND (e.registration_date IS NULL OR e.registration_date <= :to) {T}")));
    add("sandbox_members", count(QStringLiteral(
        "SELECT count(*) FROM sandbox_membership s JOIN enterprise e ON e.id = s.enterprise_id "
        "WHERE s.entered_on <= :to AND (s.exited_on IS NULL OR s.exited_on > :to) {T}")));
    add("sandbox_entries", count(QStringLiteral(
        "SELECT count(*) FROM sandbox_membership s JOIN enterprise e ON e.id = s.enterprise_id "
        "WHERE s.entered_on BETWEEN :from AND :to {T}")));
    add("sandbox_exits", count(QStringLiteral(
        "SELECT count(*) FROM sandbox_membership s JOIN enterprise e ON e.id = s.enterprise_id "
        "WHERE s.exited_on BETWEEN :from AND :to {T}")));
    const QString clueScope = QStringLiteral(
        "FROM clue c LEFT JOIN hotline_order o ON o.id = c.hotline_order_id "
        "WHERE (:town = 0 OR o.township_id = :town) AND (:dept = 0 OR c.department_id = :dept) ");
    add("clues_received", count(QStringLiteral("SELECT count(*) ") + clueScope + QStringLiteral("AND c.received_on BETWEEN :from AND :to")));
    add("clues_closed", count(QStringLiteral("SELECT count(*) ") + clueScope + QStringLiteral("AND c.closed_on BETWEEN :from AND :to")));
    add("clues_overdue", count(QStringLiteral("SELECT count(*) ") + clueScope + FigureSql::overdueClue()));
    const QString lenient = QStringLiteral(
        "FROM penalty_case p JOIN enterprise e ON e.id = p.enterprise_id WHERE p.decided_on BETWEEN :from AND :to "
        "AND %1 AND (:dept = 0 OR p.department_id = :dept) {T}").arg(FigureSql::lenientCase());
    add("lenient_cases", count(QStringLiteral("SELECT count(*) ") + lenient));
    add("fines_waived", count(QStringLiteral("SELECT COALESCE(sum(%1), 0) ").arg(FigureSql::fineWaived()) + lenient));
    add("credit_repairs", count(QStringLiteral(
        "SELECT count(*) FROM credit_repair r JOIN enterprise e ON e.id = r.enterprise_id "
        "WHERE r.status = 'granted' AND r.granted_on BETWEEN :from AND :to {T}")));
    const QString sessions = QStringLiteral(
        "FROM training_session s WHERE s.held_on BETWEEN :from AND :to AND (:town = 0 OR EXISTS ("
        "SELECT 1 FROM training_attendee a JOIN enterprise e ON e.id = a.enterprise_id WHERE a.session_id = s.id {T}))");
    add("trainings", count(QStringLiteral("SELECT count(*) ") + sessions));
    add("enterprises_trained", count(QStringLiteral(
        "SELECT count(DISTINCT a.enterprise_id) FROM training_attendee a JOIN training_session s ON s.id = a.session_id "
        "JOIN enterprise e ON e.id = a.enterprise_id WHERE s.held_on BETWEEN :from AND :to {T}")));
    add("forums", count(QStringLiteral(
        "SELECT count(*) FROM forum f WHERE f.held_on BETWEEN :from AND :to AND (:town = 0 OR f.township_id = :town)")));
    const QString requests = QStringLiteral(
        "FROM enterprise_request r LEFT JOIN enterprise e ON e.id = r.enterprise_id "
        "WHERE (:dept = 0 OR r.department_id = :dept) AND (:town = 0 OR e.township_id = :town) ");
    add("requests_raised", count(QStringLiteral("SELECT count(*) ") + requests + QStringLiteral("AND r.raised_on BETWEEN :from AND :to")));
    add("requests_closed", count(QStringLiteral("SELECT count(*) ") + requests + QStringLiteral("AND r.closed_on BETWEEN :from AND :to")));
    add("invitations", count(QStringLiteral(
        "SELECT count(*) FROM invitation i JOIN enterprise e ON e.id = i.enterprise_id WHERE i.requested_on BETWEEN :from AND :to "
        "AND (:dept = 0 OR i.department_id = :dept) {T}")));
    add("repairs_helped", count(QStringLiteral(
        "SELECT count(*) FROM credit_repair r JOIN enterprise e ON e.id = r.enterprise_id "
        "WHERE r.helped = 1 AND r.applied_on BETWEEN :from AND :to {T}")));
    // One enterprise served several ways in the month counts once.
    add("enterprises_served", count(QStringLiteral(
        "SELECT count(DISTINCT s.enterprise_id) FROM ("
        "  SELECT v.enterprise_id FROM invitation i JOIN visit v ON v.id = i.visit_id "
        "   WHERE i.status = 'done' AND v.visit_date BETWEEN :from AND :to AND (:dept = 0 OR i.department_id = :dept) "
        "  UNION ALL SELECT a.enterprise_id FROM forum_attendee a JOIN forum f ON f.id = a.forum_id WHERE f.held_on BETWEEN :from AND :to "
        "  UNION ALL SELECT r.enterprise_id FROM enterprise_request r WHERE r.enterprise_id IS NOT NULL AND r.raised_on BETWEEN :from AND :to "
        "   AND (:dept = 0 OR r.department_id = :dept) "
        "  UNION ALL SELECT a.enterprise_id FROM training_attendee a JOIN training_session t ON t.id = a.session_id "
        "   WHERE t.held_on BETWEEN :from AND :to "
        "  UNION ALL SELECT n.enterprise_id FROM repair_notice n WHERE n.issued_on BETWEEN :from AND :to "
        "  UNION ALL SELECT r.enterprise_id FROM credit_repair r WHERE r.helped = 1 AND r.applied_on BETWEEN :from AND :to"
        ") s JOIN enterprise e ON e.id = s.enterprise_id WHERE 1 = 1 {T}")));
    const QString reviews = QStringLiteral(
        "FROM case_review r JOIN penalty_case p ON p.id = r.penalty_case_id JOIN enterprise e ON e.id = p.enterprise_id "
        "WHERE r.reviewed_on BETWEEN :from AND :to AND (:dept = 0 OR p.department_id = :dept) {T}");
    const double reviewCount = count(QStringLiteral("SELECT count(*) ") + reviews);
    add("case_reviews", reviewCount);
    add("review_avg", count(QStringLiteral("SELECT COALESCE(avg(r.form_score + r.content_score), 0) ") + reviews), reviewCount > 0);
    add("review_pass_rate",
        reviewCount > 0 ? 100.0 * count(QStringLiteral("SELECT count(*) ") + reviews + QStringLiteral(" AND r.grade IN ('excellent', 'pass')")) / reviewCount
                        : 0,
        reviewCount > 0);
    for (const char *grade : {"excellent", "good", "fair", "poor"}) {
        const QByteArray id = QByteArray("officers_") + grade;
        add(id.constData(), count(QStringLiteral("SELECT count(*) FROM officer WHERE active = 1 AND grade = '%1' "
                                                 "AND (:dept = 0 OR department_id = :dept)").arg(QString::fromLatin1(grade))));
    }
    return values;
}

QString IndicatorModel::format(const Definition &definition, const Value &value)
{
    if (!value.defined)
        return QStringLiteral("—");
    const QLocale locale;
    switch (definition.unit) {
    case Unit::Percent:
        return locale.toString(value.value, 'f', 1) + QStringLiteral(" %");
    case Unit::Fen:
        return QStringLiteral("¥") + Fen(qRound64(value.value)).yuan(locale);
    case Unit::Points:
        return locale.toString(value.value, 'f', 1);
    case Unit::Count:
        break;
    }
    return locale.toString(qint64(value.value));
}
