#include "AuditText.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

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
    static const QHash<QString, const char *> names = {
        {QStringLiteral("*"), QT_TR_NOOP("whole file")},
        {QStringLiteral("schema"), QT_TR_NOOP("file format")},
        {QStringLiteral("change_log"), QT_TR_NOOP("captured changes")},
        {QStringLiteral("personal_data"), QT_TR_NOOP("personal data")},
        {QStringLiteral("export"), QT_TR_NOOP("export")},
        {QStringLiteral("restore"), QT_TR_NOOP("restore")},
        {QStringLiteral("backup"), QT_TR_NOOP("backup")},
        {QStringLiteral("acknowledge"), QT_TR_NOOP("acknowledged gap")},
        {QStringLiteral("capture_repair"), QT_TR_NOOP("change capture repaired")},
        {QStringLiteral("audit.break"), QT_TR_NOOP("audit trail cut")},
        {QStringLiteral("app_user"), QT_TR_NOOP("users")},
        {QStringLiteral("attachment"), QT_TR_NOOP("attachments")},
        {QStringLiteral("case_review"), QT_TR_NOOP("case-file reviews")},
        {QStringLiteral("clue"), QT_TR_NOOP("clues")},
        {QStringLiteral("clue_step"), QT_TR_NOOP("clue steps")},
        {QStringLiteral("credit_event"), QT_TR_NOOP("credit events")},
        {QStringLiteral("credit_repair"), QT_TR_NOOP("credit repairs")},
        {QStringLiteral("credit_rule_set"), QT_TR_NOOP("credit rules")},
        {QStringLiteral("department"), QT_TR_NOOP("departments")},
        {QStringLiteral("discretion_band"), QT_TR_NOOP("benchmark bands")},
        {QStringLiteral("discretion_item"), QT_TR_NOOP("benchmark items")},
        {QStringLiteral("discretion_list"), QT_TR_NOOP("benchmark lists")},
        {QStringLiteral("duty_list_item"), QT_TR_NOOP("duty lists")},
        {QStringLiteral("enterprise"), QT_TR_NOOP("enterprises")},
        {QStringLiteral("enterprise_request"), QT_TR_NOOP("enterprise requests")},
        {QStringLiteral("finding"), QT_TR_NOOP("findings")},
        {QStringLiteral("forum"), QT_TR_NOOP("forums")},
        {QStringLiteral("forum_attendee"), QT_TR_NOOP("forum attendees")},
        {QStringLiteral("hotline_order"), QT_TR_NOOP("12345 orders")},
        {QStringLiteral("industry"), QT_TR_NOOP("industries")},
        {QStringLiteral("inspection_item"), QT_TR_NOOP("inspection items")},
        {QStringLiteral("inspection_plan"), QT_TR_NOOP("inspection plans")},
        {QStringLiteral("inspection_task"), QT_TR_NOOP("inspection tasks")},
        {QStringLiteral("invitation"), QT_TR_NOOP("invitations")},
        {QStringLiteral("justice_office"), QT_TR_NOOP("justice offices")},
        {QStringLiteral("officer"), QT_TR_NOOP("officers")},
        {QStringLiteral("officer_conflict"), QT_TR_NOOP("officer conflicts")},
        {QStringLiteral("officer_score_event"), QT_TR_NOOP("officer points")},
        {QStringLiteral("penalty_case"), QT_TR_NOOP("penalty cases")},
        {QStringLiteral("plan_department"), QT_TR_NOOP("plan departments")},
        {QStringLiteral("plan_exception"), QT_TR_NOOP("plan exceptions")},
        {QStringLiteral("repair_notice"), QT_TR_NOOP("repair notices")},
        {QStringLiteral("request_step"), QT_TR_NOOP("request steps")},
        {QStringLiteral("review_deduction"), QT_TR_NOOP("review deductions")},
        {QStringLiteral("review_officer"), QT_TR_NOOP("review officers")},
        {QStringLiteral("sandbox_membership"), QT_TR_NOOP("sandbox")},
        {QStringLiteral("satisfaction_rating"), QT_TR_NOOP("satisfaction ratings")},
        {QStringLiteral("setting"), QT_TR_NOOP("settings")},
        {QStringLiteral("task_item"), QT_TR_NOOP("task items")},
        {QStringLiteral("township"), QT_TR_NOOP("townships")},
        {QStringLiteral("training_attendee"), QT_TR_NOOP("training attendees")},
        {QStringLiteral("training_session"), QT_TR_NOOP("trainings")},
        {QStringLiteral("visit"), QT_TR_NOOP("visits")},
        {QStringLiteral("visit_officer"), QT_TR_NOOP("visit officers")},
    };
    const char *name = names.value(code);
    return name ? tr(name) : code;
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
    if (row.table == u"export")
        return tr("exported %1: %2 rows to %3").arg(s("what"), n("rows"), s("file"));
    if (row.table == u"personal_data")
        return tr("%1 shown unmasked (%2)").arg(s("revealed"), table(s("of")));
    if (!what.isEmpty()) // written before entries were coded
        return tr("%1 rows: %2").arg(n("rows"), what);
    return {};
}
