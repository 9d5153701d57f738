#include "AuditValues.h"

#include "domain/ClueState.h"
#include "domain/CreditTier.h"
#include "domain/Fen.h"
#include "domain/PenaltyOutcome.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace {

const QHash<QString, const char *> &columnNames()
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("action"), QT_TRANSLATE_NOOP("AuditValues", "action")},
        {QStringLiteral("active"), QT_TRANSLATE_NOOP("AuditValues", "active")},
        {QStringLiteral("actor"), QT_TRANSLATE_NOOP("AuditValues", "actor")},
        {QStringLiteral("added_by"), QT_TRANSLATE_NOOP("AuditValues", "added by")},
        {QStringLiteral("added_on"), QT_TRANSLATE_NOOP("AuditValues", "added on")},
        {QStringLiteral("address"), QT_TRANSLATE_NOOP("AuditValues", "address")},
        {QStringLiteral("advice"), QT_TRANSLATE_NOOP("AuditValues", "advice")},
        {QStringLiteral("algorithm_version"), QT_TRANSLATE_NOOP("AuditValues", "algorithm version")},
        {QStringLiteral("answer"), QT_TRANSLATE_NOOP("AuditValues", "answer")},
        {QStringLiteral("applied_on"), QT_TRANSLATE_NOOP("AuditValues", "applied on")},
        {QStringLiteral("at"), QT_TRANSLATE_NOOP("AuditValues", "time")},
        {QStringLiteral("band"), QT_TRANSLATE_NOOP("AuditValues", "band")},
        {QStringLiteral("basis"), QT_TRANSLATE_NOOP("AuditValues", "basis")},
        {QStringLiteral("bundle_delivered_on"), QT_TRANSLATE_NOOP("AuditValues", "documents delivered on")},
        {QStringLiteral("campaign"), QT_TRANSLATE_NOOP("AuditValues", "campaign")},
        {QStringLiteral("case_no"), QT_TRANSLATE_NOOP("AuditValues", "case number")},
        {QStringLiteral("category"), QT_TRANSLATE_NOOP("AuditValues", "category")},
        {QStringLiteral("category_text"), QT_TRANSLATE_NOOP("AuditValues", "category as written")},
        {QStringLiteral("certificate_expiry"), QT_TRANSLATE_NOOP("AuditValues", "certificate expiry")},
        {QStringLiteral("certificate_no"), QT_TRANSLATE_NOOP("AuditValues", "certificate number")},
        {QStringLiteral("check_kind"), QT_TRANSLATE_NOOP("AuditValues", "kind of check")},
        {QStringLiteral("checklist_version"), QT_TRANSLATE_NOOP("AuditValues", "checklist version")},
        {QStringLiteral("closed_on"), QT_TRANSLATE_NOOP("AuditValues", "closed on")},
        {QStringLiteral("clue_id"), QT_TRANSLATE_NOOP("AuditValues", "clue")},
        {QStringLiteral("code"), QT_TRANSLATE_NOOP("AuditValues", "code")},
        {QStringLiteral("code_used"), QT_TRANSLATE_NOOP("AuditValues", "code used")},
        {QStringLiteral("comment"), QT_TRANSLATE_NOOP("AuditValues", "comment")},
        {QStringLiteral("complaint_verified"), QT_TRANSLATE_NOOP("AuditValues", "complaint verified")},
        {QStringLiteral("conditions"), QT_TRANSLATE_NOOP("AuditValues", "conditions")},
        {QStringLiteral("contact"), QT_TRANSLATE_NOOP("AuditValues", "contact")},
        {QStringLiteral("content"), QT_TRANSLATE_NOOP("AuditValues", "content")},
        {QStringLiteral("content_score"), QT_TRANSLATE_NOOP("AuditValues", "content score")},
        {QStringLiteral("created_at"), QT_TRANSLATE_NOOP("AuditValues", "created at")},
        {QStringLiteral("created_by"), QT_TRANSLATE_NOOP("AuditValues", "created by")},
        {QStringLiteral("created_on"), QT_TRANSLATE_NOOP("AuditValues", "created on")},
        {QStringLiteral("credit_as_of"), QT_TRANSLATE_NOOP("AuditValues", "credit as of")},
        {QStringLiteral("credit_event_id"), QT_TRANSLATE_NOOP("AuditValues", "credit event")},
        {QStringLiteral("credit_next_change"), QT_TRANSLATE_NOOP("AuditValues", "next credit change")},
        {QStringLiteral("credit_score"), QT_TRANSLATE_NOOP("AuditValues", "credit score")},
        {QStringLiteral("credit_tier"), QT_TRANSLATE_NOOP("AuditValues", "credit tier")},
        {QStringLiteral("deadline"), QT_TRANSLATE_NOOP("AuditValues", "deadline")},
        {QStringLiteral("decided_by"), QT_TRANSLATE_NOOP("AuditValues", "decided by")},
        {QStringLiteral("decided_on"), QT_TRANSLATE_NOOP("AuditValues", "decided on")},
        {QStringLiteral("decision_no"), QT_TRANSLATE_NOOP("AuditValues", "decision number")},
        {QStringLiteral("declared_on"), QT_TRANSLATE_NOOP("AuditValues", "declared on")},
        {QStringLiteral("decline_reason"), QT_TRANSLATE_NOOP("AuditValues", "reason declined")},
        {QStringLiteral("department"), QT_TRANSLATE_NOOP("AuditValues", "department")},
        {QStringLiteral("department_id"), QT_TRANSLATE_NOOP("AuditValues", "department")},
        {QStringLiteral("detail"), QT_TRANSLATE_NOOP("AuditValues", "detail")},
        {QStringLiteral("dimension"), QT_TRANSLATE_NOOP("AuditValues", "dimension")},
        {QStringLiteral("discretion_item_id"), QT_TRANSLATE_NOOP("AuditValues", "benchmark item")},
        {QStringLiteral("display_name"), QT_TRANSLATE_NOOP("AuditValues", "display name")},
        {QStringLiteral("done_by"), QT_TRANSLATE_NOOP("AuditValues", "done by")},
        {QStringLiteral("drawn"), QT_TRANSLATE_NOOP("AuditValues", "drawn")},
        {QStringLiteral("effective_from"), QT_TRANSLATE_NOOP("AuditValues", "effective from")},
        {QStringLiteral("entered_by"), QT_TRANSLATE_NOOP("AuditValues", "entered by")},
        {QStringLiteral("entered_on"), QT_TRANSLATE_NOOP("AuditValues", "entered on")},
        {QStringLiteral("enterprise_id"), QT_TRANSLATE_NOOP("AuditValues", "enterprise")},
        {QStringLiteral("entry_reason"), QT_TRANSLATE_NOOP("AuditValues", "reason for entry")},
        {QStringLiteral("event_date"), QT_TRANSLATE_NOOP("AuditValues", "date")},
        {QStringLiteral("excluded_from_sandbox"), QT_TRANSLATE_NOOP("AuditValues", "excluded from the sandbox")},
        {QStringLiteral("exit_reason"), QT_TRANSLATE_NOOP("AuditValues", "reason for leaving")},
        {QStringLiteral("exited_on"), QT_TRANSLATE_NOOP("AuditValues", "left on")},
        {QStringLiteral("expert"), QT_TRANSLATE_NOOP("AuditValues", "expert")},
        {QStringLiteral("facts"), QT_TRANSLATE_NOOP("AuditValues", "facts")},
        {QStringLiteral("failed_attempts"), QT_TRANSLATE_NOOP("AuditValues", "failed sign-ins")},
        {QStringLiteral("feedback"), QT_TRANSLATE_NOOP("AuditValues", "feedback")},
        {QStringLiteral("feedback_note"), QT_TRANSLATE_NOOP("AuditValues", "feedback note")},
        {QStringLiteral("file_name"), QT_TRANSLATE_NOOP("AuditValues", "file name")},
        {QStringLiteral("finding_key"), QT_TRANSLATE_NOOP("AuditValues", "finding")},
        {QStringLiteral("fine_fen"), QT_TRANSLATE_NOOP("AuditValues", "fine")},
        {QStringLiteral("follow_up_on"), QT_TRANSLATE_NOOP("AuditValues", "follow-up on")},
        {QStringLiteral("form_score"), QT_TRANSLATE_NOOP("AuditValues", "form score")},
        {QStringLiteral("forum_id"), QT_TRANSLATE_NOOP("AuditValues", "forum")},
        {QStringLiteral("grade"), QT_TRANSLATE_NOOP("AuditValues", "grade")},
        {QStringLiteral("granted_on"), QT_TRANSLATE_NOOP("AuditValues", "granted on")},
        {QStringLiteral("held_on"), QT_TRANSLATE_NOOP("AuditValues", "held on")},
        {QStringLiteral("helped"), QT_TRANSLATE_NOOP("AuditValues", "helped")},
        {QStringLiteral("hotline_order_id"), QT_TRANSLATE_NOOP("AuditValues", "12345 order")},
        {QStringLiteral("peer_code"), QT_TRANSLATE_NOOP("AuditValues", "office")},
        {QStringLiteral("local_id"), QT_TRANSLATE_NOOP("AuditValues", "local record")},
        {QStringLiteral("uid"), QT_TRANSLATE_NOOP("AuditValues", "global key")},
        {QStringLiteral("hash"), QT_TRANSLATE_NOOP("AuditValues", "digest")},
        {QStringLiteral("direction"), QT_TRANSLATE_NOOP("AuditValues", "direction")},
        {QStringLiteral("seq"), QT_TRANSLATE_NOOP("AuditValues", "package number")},
        {QStringLiteral("counts"), QT_TRANSLATE_NOOP("AuditValues", "counts")},
        {QStringLiteral("tbl"), QT_TRANSLATE_NOOP("AuditValues", "table")},
        {QStringLiteral("bytes"), QT_TRANSLATE_NOOP("AuditValues", "package file")},
        {QStringLiteral("id"), QT_TRANSLATE_NOOP("AuditValues", "number")},
        {QStringLiteral("industries"), QT_TRANSLATE_NOOP("AuditValues", "industries")},
        {QStringLiteral("industry_code"), QT_TRANSLATE_NOOP("AuditValues", "industry")},
        {QStringLiteral("inspection_code"), QT_TRANSLATE_NOOP("AuditValues", "inspection code")},
        {QStringLiteral("issued_on"), QT_TRANSLATE_NOOP("AuditValues", "issued on")},
        {QStringLiteral("item"), QT_TRANSLATE_NOOP("AuditValues", "item")},
        {QStringLiteral("item_id"), QT_TRANSLATE_NOOP("AuditValues", "item")},
        {QStringLiteral("item_rule"), QT_TRANSLATE_NOOP("AuditValues", "item rule")},
        {QStringLiteral("items_text"), QT_TRANSLATE_NOOP("AuditValues", "items as written")},
        {QStringLiteral("justice_office_id"), QT_TRANSLATE_NOOP("AuditValues", "justice office")},
        {QStringLiteral("key"), QT_TRANSLATE_NOOP("AuditValues", "key")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("AuditValues", "kind")},
        {QStringLiteral("last_received"), QT_TRANSLATE_NOOP("AuditValues", "last received")},
        {QStringLiteral("last_sent"), QT_TRANSLATE_NOOP("AuditValues", "last sent")},
        {QStringLiteral("legal_ground"), QT_TRANSLATE_NOOP("AuditValues", "legal ground")},
        {QStringLiteral("legal_representative"), QT_TRANSLATE_NOOP("AuditValues", "legal representative")},
        {QStringLiteral("legal_representative_id"), QT_TRANSLATE_NOOP("AuditValues", "representative's ID")},
        {QStringLiteral("lighter_kind"), QT_TRANSLATE_NOOP("AuditValues", "lighter kind of penalty")},
        {QStringLiteral("list_id"), QT_TRANSLATE_NOOP("AuditValues", "benchmark list")},
        {QStringLiteral("locked_until"), QT_TRANSLATE_NOOP("AuditValues", "locked until")},
        {QStringLiteral("max_fine_fen"), QT_TRANSLATE_NOOP("AuditValues", "highest fine")},
        {QStringLiteral("min_fine_fen"), QT_TRANSLATE_NOOP("AuditValues", "lowest fine")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("AuditValues", "name")},
        {QStringLiteral("note"), QT_TRANSLATE_NOOP("AuditValues", "note")},
        {QStringLiteral("officer_id"), QT_TRANSLATE_NOOP("AuditValues", "officer")},
        {QStringLiteral("officers_per_day"), QT_TRANSLATE_NOOP("AuditValues", "officers per day")},
        {QStringLiteral("on_date"), QT_TRANSLATE_NOOP("AuditValues", "date")},
        {QStringLiteral("op"), QT_TRANSLATE_NOOP("AuditValues", "operation")},
        {QStringLiteral("order_no"), QT_TRANSLATE_NOOP("AuditValues", "order number")},
        {QStringLiteral("origin"), QT_TRANSLATE_NOOP("AuditValues", "origin")},
        {QStringLiteral("outcome"), QT_TRANSLATE_NOOP("AuditValues", "outcome")},
        {QStringLiteral("owner_id"), QT_TRANSLATE_NOOP("AuditValues", "owner")},
        {QStringLiteral("owner_table"), QT_TRANSLATE_NOOP("AuditValues", "owner's table")},
        {QStringLiteral("page"), QT_TRANSLATE_NOOP("AuditValues", "page")},
        {QStringLiteral("part"), QT_TRANSLATE_NOOP("AuditValues", "part")},
        {QStringLiteral("password_hash"), QT_TRANSLATE_NOOP("AuditValues", "password digest")},
        {QStringLiteral("penalty_case_id"), QT_TRANSLATE_NOOP("AuditValues", "penalty case")},
        {QStringLiteral("penalty_kinds"), QT_TRANSLATE_NOOP("AuditValues", "kinds of penalty")},
        {QStringLiteral("penalty_provision"), QT_TRANSLATE_NOOP("AuditValues", "penalty provision")},
        {QStringLiteral("period_end"), QT_TRANSLATE_NOOP("AuditValues", "period end")},
        {QStringLiteral("period_start"), QT_TRANSLATE_NOOP("AuditValues", "period start")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("AuditValues", "phone")},
        {QStringLiteral("place"), QT_TRANSLATE_NOOP("AuditValues", "place")},
        {QStringLiteral("plan_id"), QT_TRANSLATE_NOOP("AuditValues", "plan")},
        {QStringLiteral("platform_no"), QT_TRANSLATE_NOOP("AuditValues", "platform record number")},
        {QStringLiteral("points"), QT_TRANSLATE_NOOP("AuditValues", "points")},
        {QStringLiteral("population"), QT_TRANSLATE_NOOP("AuditValues", "population")},
        {QStringLiteral("population_sha256"), QT_TRANSLATE_NOOP("AuditValues", "population digest")},
        {QStringLiteral("problem_found"), QT_TRANSLATE_NOOP("AuditValues", "problem found")},
        {QStringLiteral("provisions"), QT_TRANSLATE_NOOP("AuditValues", "provisions")},
        {QStringLiteral("public_key"), QT_TRANSLATE_NOOP("AuditValues", "public key")},
        {QStringLiteral("publicity_class"), QT_TRANSLATE_NOOP("AuditValues", "publicity class")},
        {QStringLiteral("publicity_end"), QT_TRANSLATE_NOOP("AuditValues", "publicity ends")},
        {QStringLiteral("published"), QT_TRANSLATE_NOOP("AuditValues", "published")},
        {QStringLiteral("raised_on"), QT_TRANSLATE_NOOP("AuditValues", "raised on")},
        {QStringLiteral("random_check"), QT_TRANSLATE_NOOP("AuditValues", "random check")},
        {QStringLiteral("rated_on"), QT_TRANSLATE_NOOP("AuditValues", "rated on")},
        {QStringLiteral("rating"), QT_TRANSLATE_NOOP("AuditValues", "rating")},
        {QStringLiteral("reason"), QT_TRANSLATE_NOOP("AuditValues", "reason")},
        {QStringLiteral("received_at"), QT_TRANSLATE_NOOP("AuditValues", "received at")},
        {QStringLiteral("received_on"), QT_TRANSLATE_NOOP("AuditValues", "received on")},
        {QStringLiteral("rectified_on"), QT_TRANSLATE_NOOP("AuditValues", "rectified on")},
        {QStringLiteral("rectify_deadline"), QT_TRANSLATE_NOOP("AuditValues", "rectify by")},
        {QStringLiteral("red_line"), QT_TRANSLATE_NOOP("AuditValues", "red line")},
        {QStringLiteral("reference_fen"), QT_TRANSLATE_NOOP("AuditValues", "reference amount")},
        {QStringLiteral("registration_date"), QT_TRANSLATE_NOOP("AuditValues", "registered on")},
        {QStringLiteral("request_id"), QT_TRANSLATE_NOOP("AuditValues", "request")},
        {QStringLiteral("requested_on"), QT_TRANSLATE_NOOP("AuditValues", "requested on")},
        {QStringLiteral("resident_id"), QT_TRANSLATE_NOOP("AuditValues", "ID number")},
        {QStringLiteral("result"), QT_TRANSLATE_NOOP("AuditValues", "result")},
        {QStringLiteral("result_text"), QT_TRANSLATE_NOOP("AuditValues", "result as written")},
        {QStringLiteral("review_id"), QT_TRANSLATE_NOOP("AuditValues", "review")},
        {QStringLiteral("reviewed_on"), QT_TRANSLATE_NOOP("AuditValues", "reviewed on")},
        {QStringLiteral("reviewer"), QT_TRANSLATE_NOOP("AuditValues", "reviewer")},
        {QStringLiteral("role"), QT_TRANSLATE_NOOP("AuditValues", "role")},
        {QStringLiteral("row_id"), QT_TRANSLATE_NOOP("AuditValues", "record")},
        {QStringLiteral("sampling"), QT_TRANSLATE_NOOP("AuditValues", "sampling")},
        {QStringLiteral("scheduled_date"), QT_TRANSLATE_NOOP("AuditValues", "scheduled for")},
        {QStringLiteral("scope"), QT_TRANSLATE_NOOP("AuditValues", "scope")},
        {QStringLiteral("seed"), QT_TRANSLATE_NOOP("AuditValues", "seed")},
        {QStringLiteral("session_id"), QT_TRANSLATE_NOOP("AuditValues", "training")},
        {QStringLiteral("sha256"), QT_TRANSLATE_NOOP("AuditValues", "SHA-256")},
        {QStringLiteral("short_name"), QT_TRANSLATE_NOOP("AuditValues", "short name")},
        {QStringLiteral("size"), QT_TRANSLATE_NOOP("AuditValues", "size")},
        {QStringLiteral("source"), QT_TRANSLATE_NOOP("AuditValues", "source")},
        {QStringLiteral("source_id"), QT_TRANSLATE_NOOP("AuditValues", "source record")},
        {QStringLiteral("source_table"), QT_TRANSLATE_NOOP("AuditValues", "source table")},
        {QStringLiteral("state"), QT_TRANSLATE_NOOP("AuditValues", "state")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("AuditValues", "status")},
        {QStringLiteral("step_on"), QT_TRANSLATE_NOOP("AuditValues", "step on")},
        {QStringLiteral("table_name"), QT_TRANSLATE_NOOP("AuditValues", "table")},
        {QStringLiteral("target"), QT_TRANSLATE_NOOP("AuditValues", "target")},
        {QStringLiteral("task_id"), QT_TRANSLATE_NOOP("AuditValues", "task")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("AuditValues", "title")},
        {QStringLiteral("topic"), QT_TRANSLATE_NOOP("AuditValues", "topic")},
        {QStringLiteral("township_id"), QT_TRANSLATE_NOOP("AuditValues", "township")},
        {QStringLiteral("townships"), QT_TRANSLATE_NOOP("AuditValues", "townships")},
        {QStringLiteral("triage_note"), QT_TRANSLATE_NOOP("AuditValues", "triage note")},
        {QStringLiteral("trigger"), QT_TRANSLATE_NOOP("AuditValues", "trigger")},
        {QStringLiteral("trusted_on"), QT_TRANSLATE_NOOP("AuditValues", "trusted on")},
        {QStringLiteral("updated_at"), QT_TRANSLATE_NOOP("AuditValues", "updated at")},
        {QStringLiteral("uscc"), QT_TRANSLATE_NOOP("AuditValues", "USCC")},
        {QStringLiteral("user_name"), QT_TRANSLATE_NOOP("AuditValues", "user")},
        {QStringLiteral("username"), QT_TRANSLATE_NOOP("AuditValues", "user name")},
        {QStringLiteral("value"), QT_TRANSLATE_NOOP("AuditValues", "value")},
        {QStringLiteral("version"), QT_TRANSLATE_NOOP("AuditValues", "version")},
        {QStringLiteral("veto_failed"), QT_TRANSLATE_NOOP("AuditValues", "vetoed")},
        {QStringLiteral("violated_on"), QT_TRANSLATE_NOOP("AuditValues", "violated on")},
        {QStringLiteral("violated_provision"), QT_TRANSLATE_NOOP("AuditValues", "provision violated")},
        {QStringLiteral("violation"), QT_TRANSLATE_NOOP("AuditValues", "violation")},
        {QStringLiteral("visit_date"), QT_TRANSLATE_NOOP("AuditValues", "visited on")},
        {QStringLiteral("visit_id"), QT_TRANSLATE_NOOP("AuditValues", "visit")},
        {QStringLiteral("wanted_on"), QT_TRANSLATE_NOOP("AuditValues", "wanted on")},
        {QStringLiteral("window_end"), QT_TRANSLATE_NOOP("AuditValues", "window ends")},
        {QStringLiteral("window_start"), QT_TRANSLATE_NOOP("AuditValues", "window starts")},
    };
    return names;
}

// A stored code named in the reader's language, where the column holds one of the glossary's.
QString named(const QString &table, const QString &column, const QJsonValue &value)
{
    if (!value.isString() && !value.isDouble())
        return {};
    if (column.endsWith(QLatin1String("_fen")) && value.isDouble())
        return Fen(qint64(value.toDouble())).yuan();
    const QString code = value.toString();
    if (column == u"state" && (table == u"clue" || table == u"clue_step") && ClueState::fromCode(code))
        return ClueState::nameOf(code);
    if (column == u"outcome" && table == u"penalty_case") {
        if (const std::optional<PenaltyOutcome> outcome = PenaltyOutcome::fromCode(code))
            return outcome->name();
    }
    if (column == u"credit_tier" && CreditTier::fromCode(code))
        return CreditTier::nameOf(code);
    return {};
}

QString shown(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("—");
    case QJsonValue::Bool:
        return value.toBool() ? AuditValues::tr("yes") : AuditValues::tr("no");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d);
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

} // namespace

bool AuditValues::knows(const QString &column)
{
    return columnNames().contains(column);
}

QString AuditValues::label(const QString &column)
{
    const char *name = columnNames().value(column);
    return name ? tr(name) : column;
}

QString AuditValues::describe(const QString &stored, const QString &table)
{
    if (stored.isEmpty())
        return {};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(stored.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return stored;
    const QJsonObject object = document.object();
    QStringList parts;
    for (auto it = object.begin(); it != object.end(); ++it) {
        // The record's number has its own column in the viewer.
        if (it.key() == u"id")
            continue;
        const QString name = named(table, it.key(), it.value());
        parts.append(tr("%1: %2").arg(label(it.key()), name.isEmpty() ? shown(it.value()) : name));
    }
    return parts.join(tr("; "));
}
