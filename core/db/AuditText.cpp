#include "AuditText.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QHash<QString, const char *> &tableNames()
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("*"), QT_TRANSLATE_NOOP("AuditText", "whole file")},
        {QStringLiteral("schema"), QT_TRANSLATE_NOOP("AuditText", "file format")},
        {QStringLiteral("change_log"), QT_TRANSLATE_NOOP("AuditText", "captured changes")},
        {QStringLiteral("personal_data"), QT_TRANSLATE_NOOP("AuditText", "personal data")},
        {QStringLiteral("export"), QT_TRANSLATE_NOOP("AuditText", "export")},
        {QStringLiteral("exchange"), QT_TRANSLATE_NOOP("AuditText", "exchange package")},
        {QStringLiteral("exchange_key"), QT_TRANSLATE_NOOP("AuditText", "records from other offices")},
        {QStringLiteral("exchange_package"), QT_TRANSLATE_NOOP("AuditText", "exchange packages")},
        {QStringLiteral("exchange_row"), QT_TRANSLATE_NOOP("AuditText", "records agreed with other offices")},
        {QStringLiteral("restore"), QT_TRANSLATE_NOOP("AuditText", "restore")},
        {QStringLiteral("backup"), QT_TRANSLATE_NOOP("AuditText", "backup")},
        {QStringLiteral("acknowledge"), QT_TRANSLATE_NOOP("AuditText", "acknowledged gap")},
        {QStringLiteral("capture_repair"), QT_TRANSLATE_NOOP("AuditText", "change capture repaired")},
        {QStringLiteral("audit.break"), QT_TRANSLATE_NOOP("AuditText", "audit trail cut")},
        {QStringLiteral("app_user"), QT_TRANSLATE_NOOP("AuditText", "users")},
        {QStringLiteral("attachment"), QT_TRANSLATE_NOOP("AuditText", "attachments")},
        {QStringLiteral("case_review"), QT_TRANSLATE_NOOP("AuditText", "case-file reviews")},
        {QStringLiteral("clue"), QT_TRANSLATE_NOOP("AuditText", "clues")},
        {QStringLiteral("clue_step"), QT_TRANSLATE_NOOP("AuditText", "clue steps")},
        {QStringLiteral("credit_event"), QT_TRANSLATE_NOOP("AuditText", "credit events")},
        {QStringLiteral("credit_repair"), QT_TRANSLATE_NOOP("AuditText", "credit repairs")},
        {QStringLiteral("credit_rule_set"), QT_TRANSLATE_NOOP("AuditText", "credit rules")},
        {QStringLiteral("department"), QT_TRANSLATE_NOOP("AuditText", "departments")},
        {QStringLiteral("discretion_band"), QT_TRANSLATE_NOOP("AuditText", "benchmark bands")},
        {QStringLiteral("discretion_item"), QT_TRANSLATE_NOOP("AuditText", "benchmark items")},
        {QStringLiteral("discretion_list"), QT_TRANSLATE_NOOP("AuditText", "benchmark lists")},
        {QStringLiteral("duty_list_item"), QT_TRANSLATE_NOOP("AuditText", "duty lists")},
        {QStringLiteral("enterprise"), QT_TRANSLATE_NOOP("AuditText", "enterprises")},
        {QStringLiteral("enterprise_request"), QT_TRANSLATE_NOOP("AuditText", "enterprise requests")},
        {QStringLiteral("finding"), QT_TRANSLATE_NOOP("AuditText", "findings")},
        {QStringLiteral("forum"), QT_TRANSLATE_NOOP("AuditText", "forums")},
        {QStringLiteral("forum_attendee"), QT_TRANSLATE_NOOP("AuditText", "forum attendees")},
        {QStringLiteral("hotline_order"), QT_TRANSLATE_NOOP("AuditText", "12345 orders")},
        {QStringLiteral("industry"), QT_TRANSLATE_NOOP("AuditText", "industries")},
        {QStringLiteral("inspection_item"), QT_TRANSLATE_NOOP("AuditText", "inspection items")},
        {QStringLiteral("inspection_plan"), QT_TRANSLATE_NOOP("AuditText", "inspection plans")},
        {QStringLiteral("inspection_task"), QT_TRANSLATE_NOOP("AuditText", "inspection tasks")},
        {QStringLiteral("invitation"), QT_TRANSLATE_NOOP("AuditText", "invitations")},
        {QStringLiteral("justice_office"), QT_TRANSLATE_NOOP("AuditText", "justice offices")},
        {QStringLiteral("officer"), QT_TRANSLATE_NOOP("AuditText", "officers")},
        {QStringLiteral("officer_conflict"), QT_TRANSLATE_NOOP("AuditText", "officer conflicts")},
        {QStringLiteral("officer_score_event"), QT_TRANSLATE_NOOP("AuditText", "officer points")},
        {QStringLiteral("penalty_case"), QT_TRANSLATE_NOOP("AuditText", "penalty cases")},
        {QStringLiteral("plan_department"), QT_TRANSLATE_NOOP("AuditText", "plan departments")},
        {QStringLiteral("plan_exception"), QT_TRANSLATE_NOOP("AuditText", "plan exceptions")},
        {QStringLiteral("repair_notice"), QT_TRANSLATE_NOOP("AuditText", "repair notices")},
        {QStringLiteral("request_step"), QT_TRANSLATE_NOOP("AuditText", "request steps")},
        {QStringLiteral("review_deduction"), QT_TRANSLATE_NOOP("AuditText", "review deductions")},
        {QStringLiteral("review_officer"), QT_TRANSLATE_NOOP("AuditText", "review officers")},
        {QStringLiteral("sandbox_membership"), QT_TRANSLATE_NOOP("AuditText", "sandbox")},
        {QStringLiteral("satisfaction_rating"), QT_TRANSLATE_NOOP("AuditText", "satisfaction ratings")},
        {QStringLiteral("setting"), QT_TRANSLATE_NOOP("AuditText", "settings")},
        {QStringLiteral("task_item"), QT_TRANSLATE_NOOP("AuditText", "task items")},
        {QStringLiteral("township"), QT_TRANSLATE_NOOP("AuditText", "townships")},
        {QStringLiteral("training_attendee"), QT_TRANSLATE_NOOP("AuditText", "training attendees")},
        {QStringLiteral("training_session"), QT_TRANSLATE_NOOP("AuditText", "trainings")},
        {QStringLiteral("value_alias"), QT_TRANSLATE_NOOP("AuditText", "value aliases")},
        {QStringLiteral("office"), QT_TRANSLATE_NOOP("AuditText", "this file's office")},
        {QStringLiteral("office_peer"), QT_TRANSLATE_NOOP("AuditText", "trusted offices")},
        {QStringLiteral("visit"), QT_TRANSLATE_NOOP("AuditText", "visits")},
        {QStringLiteral("visit_officer"), QT_TRANSLATE_NOOP("AuditText", "visit officers")},
    };
    return names;
}

} // namespace

QString AuditText::action(const QString &code)
{
    if (code == u"insert")
        return tr("added");
    if (code == u"update")
        return tr("changed");
    if (code == u"delete")
        return tr("deleted");
    if (code == u"bulk")
        return tr("batch");
    if (code == u"schema")
        return tr("file format");
    return code;
}

QString AuditText::table(const QString &code)
{
    const char *name = tableNames().value(code);
    return name ? tr(name) : code;
}

QString AuditText::tableCode(const QString &name)
{
    const QString wanted = name.trimmed();
    const QHash<QString, const char *> &names = tableNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        if (it.key() == wanted || tr(it.value()) == wanted)
            return it.key();
    }
    return wanted;
}

QString AuditText::user(const QString &name)
{
    return name == u"system" ? tr("system") : name;
}

QString AuditText::summary(const AuditLog::Row &row)
{
    const QJsonObject v = QJsonDocument::fromJson(row.newValues.toUtf8()).object();
    const auto n = [&v](const char *key) { return QString::number(v.value(QLatin1String(key)).toInteger()); };
    const auto s = [&v](const char *key) { return v.value(QLatin1String(key)).toString(); };
    if (row.action == u"schema")
        return tr("file format %1 → %2").arg(QString::number(QJsonDocument::fromJson(row.oldValues.toUtf8()).object()
                                                                   .value(QLatin1String("version")).toInteger()),
                                            n("version"));
    if (row.action != u"bulk")
        return {};
    const QString what = s("what");
    if (what == u"credit.recompute")
        return (s("mode") == u"full" ? tr("credit recomputed in full as of %1: %2 enterprises evaluated, %3 changed")
                                     : tr("credit recomputed as of %1: %2 enterprises evaluated, %3 changed"))
            .arg(s("as_of"), n("evaluated"), n("rows"));
    if (what == u"credit.ledger")
        return tr("%1 credit events derived from the records").arg(n("rows"));
    if (what == u"officer.grades")
        return tr("grades of %1 officers set from their points").arg(n("rows"));
    if (what == u"demo.county")
        return tr("demo county built (seed %1, %2 enterprises, %3 months to %4): %5 rows")
            .arg(n("seed"), n("enterprises"), n("months"), s("as_of"), n("rows"));
    if (v.contains(QLatin1String("import")))
        return tr("imported %1: %2 new, %3 updated, %4 unchanged").arg(s("import"), n("inserted"), n("updated"), n("unchanged"));
    if (row.table == u"change_log" && v.contains(QLatin1String("sha256")))
        return tr("changes %1–%2 sealed (%3 captured)").arg(n("first"), n("last"), n("changes"));
    if (row.table == u"exchange")
        return s("direction") == u"out" ? tr("package %1 sent to office %2").arg(n("sequence"), s("to"))
                                        : tr("package %1 from office %2 imported: %3 records written, %4 removed, %5 of ours kept")
                                              .arg(n("sequence"), s("from"), n("upserts"), n("deletes"), n("kept"));
    if (row.table == u"export")
        return tr("exported %1: %2 rows to %3").arg(s("what"), n("rows"), s("file"));
    if (row.table == u"personal_data")
        return tr("%1 shown unmasked (%2)").arg(s("revealed"), table(s("of")));
    if (!what.isEmpty()) // written before entries were coded
        return tr("%1 rows: %2").arg(n("rows"), what);
    return {};
}
