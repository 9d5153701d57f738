#include "ExchangeTable.h"

const QList<ExchangeTable> &ExchangeTable::all()
{
    // Scopes: the records about the township's enterprises, both ways (a township sends
    // what it changed among them, the county what it changed; unchanged ones stay home).
    static const QString enterprises = QStringLiteral("SELECT id FROM enterprise WHERE township_id = :township");
    static const QString ofEnterprise = QStringLiteral("r.enterprise_id IN (%1)").arg(enterprises);
    static const QString tasks = QStringLiteral("SELECT id FROM inspection_task WHERE enterprise_id IN (%1)").arg(enterprises);
    static const QString visits = QStringLiteral("SELECT id FROM visit WHERE enterprise_id IN (%1)").arg(enterprises);
    static const QString everything = QStringLiteral("1");
    // An order from the township (its figures count them by township) or about one of its
    // enterprises; an enterprise of another township it names is not sent (left empty).
    static const QString orders = QStringLiteral("SELECT id FROM hotline_order WHERE township_id = :township OR enterprise_id IN (%1)")
                                      .arg(enterprises);
    static const QString cases = QStringLiteral("SELECT id FROM penalty_case WHERE enterprise_id IN (%1)").arg(enterprises);
    const auto reference = [](const char *name, QStringList key, QString down, QStringList localOnly = {}) {
        return ExchangeTable{QString::fromLatin1(name), Owner::County, std::move(key), std::move(localOnly), std::move(down), {}};
    };
    const auto record = [](const char *name, QStringList key, const QString &scope, const QString &alsoUp = {}) {
        return ExchangeTable{QString::fromLatin1(name), Owner::Records, std::move(key), {}, scope,
                             alsoUp.isEmpty() ? scope : QStringLiteral("(%1) OR (%2)").arg(scope, alsoUp)};
    };
    // A record made in a township's file goes up even when nothing ties it to an enterprise yet
    // (a training before its attendees are entered).
    const auto madeHere = [](const char *table) {
        return QStringLiteral("r.id NOT IN (SELECT local_id FROM exchange_key WHERE tbl = '%1')").arg(QLatin1String(table));
    };
    static const QList<ExchangeTable> tables = {
        reference("township", {QStringLiteral("code")}, everything),
        reference("department", {QStringLiteral("code")}, everything),
        reference("industry", {QStringLiteral("code")}, everything),
        reference("officer", {}, everything),
        reference("enterprise", {QStringLiteral("uscc")}, QStringLiteral("r.township_id = :township"),
                  {QStringLiteral("credit_score"), QStringLiteral("credit_tier"), QStringLiteral("credit_as_of"),
                   QStringLiteral("credit_next_change"), QStringLiteral("updated_at")}),
        reference("credit_rule_set", {QStringLiteral("version")}, everything),
        reference("credit_event", {}, ofEnterprise),
        reference("credit_repair", {}, ofEnterprise),
        record("repair_notice", {QStringLiteral("credit_event_id")}, ofEnterprise),
        reference("sandbox_membership", {}, ofEnterprise),
        reference("discretion_list", {QStringLiteral("name"), QStringLiteral("version")}, everything),
        reference("discretion_item", {QStringLiteral("list_id"), QStringLiteral("code")}, everything),
        reference("discretion_band", {QStringLiteral("item_id"), QStringLiteral("band")}, everything),
        reference("inspection_item", {QStringLiteral("code")}, everything),
        reference("inspection_plan", {}, QStringLiteral("r.id IN (SELECT plan_id FROM inspection_task WHERE id IN (%1))").arg(tasks)),
        reference("plan_department", {QStringLiteral("plan_id"), QStringLiteral("department_id")},
                  QStringLiteral("r.plan_id IN (SELECT plan_id FROM inspection_task WHERE id IN (%1))").arg(tasks)),
        record("visit", {}, ofEnterprise),
        record("visit_officer", {QStringLiteral("visit_id"), QStringLiteral("officer_id")}, QStringLiteral("r.visit_id IN (%1)").arg(visits)),
        record("inspection_task", {}, ofEnterprise),
        record("task_item", {QStringLiteral("task_id"), QStringLiteral("item_id")}, QStringLiteral("r.task_id IN (%1)").arg(tasks)),
        record("finding", {}, QStringLiteral("r.task_id IN (%1)").arg(tasks)),
        record("satisfaction_rating", {}, QStringLiteral("r.visit_id IN (%1)").arg(visits)),
        reference("penalty_case", {QStringLiteral("case_no")}, ofEnterprise),
        record("case_review", {}, QStringLiteral("r.penalty_case_id IN (%1)").arg(cases)),
        record("review_deduction", {}, QStringLiteral("r.review_id IN (SELECT id FROM case_review WHERE penalty_case_id IN (%1))").arg(cases)),
        record("review_officer", {QStringLiteral("review_id"), QStringLiteral("officer_id")},
               QStringLiteral("r.review_id IN (SELECT id FROM case_review WHERE penalty_case_id IN (%1))").arg(cases)),
        record("hotline_order", {QStringLiteral("order_no")}, QStringLiteral("r.id IN (%1)").arg(orders)),
        record("clue", {}, QStringLiteral("r.hotline_order_id IN (%1)").arg(orders)),
        record("clue_step", {}, QStringLiteral("r.clue_id IN (SELECT id FROM clue WHERE hotline_order_id IN (%1))").arg(orders)),
        record("invitation", {}, ofEnterprise),
        record("forum", {},
               QStringLiteral("r.township_id = :township OR r.id IN (SELECT forum_id FROM forum_attendee WHERE enterprise_id IN (%1))")
                   .arg(enterprises),
               madeHere("forum")),
        record("forum_attendee", {QStringLiteral("forum_id"), QStringLiteral("enterprise_id")}, ofEnterprise),
        record("enterprise_request", {}, ofEnterprise),
        record("request_step", {}, QStringLiteral("r.request_id IN (SELECT id FROM enterprise_request WHERE enterprise_id IN (%1))").arg(enterprises)),
        record("training_session", {},
               QStringLiteral("r.id IN (SELECT session_id FROM training_attendee WHERE enterprise_id IN (%1))").arg(enterprises),
               madeHere("training_session")),
        record("training_attendee", {QStringLiteral("session_id"), QStringLiteral("enterprise_id")}, ofEnterprise),
    };
    return tables;
}

const ExchangeTable *ExchangeTable::find(const QString &name)
{
    for (const ExchangeTable &table : all()) {
        if (table.name == name)
            return &table;
    }
    return nullptr;
}
