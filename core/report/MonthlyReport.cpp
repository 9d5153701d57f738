#include "MonthlyReport.h"

#include "exchange/ExchangeCoverage.h"

#include "db/AuditLog.h"
#include "db/Sql.h"
#include "supervision/SupervisionFindings.h"

#include <QMap>
#include <QSet>
#include <QSqlQuery>

QStringList MonthlyReport::serviceIndicatorIds()
{
    return {QStringLiteral("invitations"), QStringLiteral("trainings"), QStringLiteral("enterprises_trained"), QStringLiteral("forums"),
            QStringLiteral("requests_raised"), QStringLiteral("requests_closed"), QStringLiteral("repairs_helped"),
            QStringLiteral("enterprises_served")};
}

MonthlyReport MonthlyReport::build(const QSqlDatabase &db, const QDate &month, qint64 townshipId, const QString &areaName,
                                   bool withHistory)
{
    const DashboardData data = DashboardData::build(db, month, townshipId, false);
    MonthlyReport report;
    report.county = areaName;
    report.auditAnchor = AuditLog::head(db);
    report.month = data.scope.from;
    report.title = tr("%1 enterprise-related enforcement supervision report, %2")
                       .arg(areaName, data.scope.from.toString(QStringLiteral("yyyy-MM")));
    report.attention = data.attention;

    struct StrandSpec { QString title; QStringList ids; };
    const QList<StrandSpec> specs = {
        {tr("Inspections"), {QStringLiteral("visits"), QStringLiteral("joint_visits"), QStringLiteral("tasks"),
                             QStringLiteral("checks_avoided"), QStringLiteral("joint_rate"), QStringLiteral("invited_visits"),
                             QStringLiteral("satisfaction_rate")}},
        {tr("Credit"), {QStringLiteral("enterprises_scored"), QStringLiteral("sandbox_members"), QStringLiteral("sandbox_entries"),
                        QStringLiteral("sandbox_exits"), QStringLiteral("credit_repairs")}},
        {tr("Discretion"), {QStringLiteral("lenient_cases"), QStringLiteral("fines_waived")}},
        {tr("Supervision"), {QStringLiteral("clues_received"), QStringLiteral("clues_closed"), QStringLiteral("clues_overdue"),
                             QStringLiteral("case_reviews"), QStringLiteral("review_avg"), QStringLiteral("review_pass_rate"),
                             QStringLiteral("officers_excellent"), QStringLiteral("officers_good"), QStringLiteral("officers_fair"),
                             QStringLiteral("officers_poor")}},
        {tr("Services"), serviceIndicatorIds()},
    };
    auto valueOf = [](const QList<IndicatorModel::Value> &values, const QString &id) {
        for (const IndicatorModel::Value &v : values) {
            if (v.id == id)
                return v;
        }
        return IndicatorModel::Value{id, 0, false};
    };
    // Twelve months to this one, each by the same definitions (the last two are the
    // figures above).
    QList<QList<IndicatorModel::Value>> history;
    if (withHistory) {
        for (int back = 11; back >= 0; --back) {
            IndicatorModel::Scope scope = IndicatorModel::Scope::month(data.scope.from.addMonths(-back));
            scope.townshipId = townshipId;
            report.historyMonths.append(scope.from);
            history.append(back == 0 ? data.current : back == 1 ? data.previous : IndicatorModel::compute(db, scope));
        }
    }
    for (const StrandSpec &spec : specs) {
        Strand strand{spec.title, {}};
        for (const QString &id : spec.ids) {
            const IndicatorModel::Definition *d = IndicatorModel::definition(id);
            const IndicatorModel::Value now = valueOf(data.current, id);
            const IndicatorModel::Value before = valueOf(data.previous, id);
            Line line{id, d->name(), IndicatorModel::format(*d, now), IndicatorModel::format(*d, before), now.value, before.value,
                      now.defined, before.defined, d->unit, {}};
            for (const QList<IndicatorModel::Value> &month : std::as_const(history))
                line.history.append(valueOf(month, id).value);
            strand.lines.append(line);
        }
        report.strands.append(strand);
    }
    // Findings of the month (to today in the running one), in the township's enterprises
    // when the report is a township's.
    QSet<QString> inTownship;
    if (townshipId > 0) {
        QSqlQuery q = Sql::exec(db, QStringLiteral("SELECT uscc FROM enterprise WHERE township_id = ?"), {townshipId});
        while (q.next())
            inTownship.insert(q.value(0).toString());
    }
    QMap<QPair<QString, QString>, int> counts;
    for (const SupervisionFindings::Finding &f :
         SupervisionFindings::list(db, data.scope.from, qMin(data.scope.to, data.scope.asOf()))) {
        if (townshipId == 0 || inTownship.contains(f.uscc))
            ++counts[{SupervisionFindings::kindName(f.kind), f.department}];
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        report.findings.append({it.key().first, it.key().second, it.value()});
    auto text = [&](const char *id) { return IndicatorModel::format(*IndicatorModel::definition(QString::fromLatin1(id)),
                                                                    valueOf(data.current, QString::fromLatin1(id))); };
    report.summary = tr("In %1 the departments carried out %2 visits to enterprises, %3 of them joint visits, which saved "
                        "%4 separate entries; enterprises rated %5 of the visits satisfactory. %6 enterprises hold a credit "
                        "score and %7 are in the sandbox. %8 cases were handled leniently, waiving %9 in fines. %10 clues were "
                        "received and %11 closed; %12 are overdue. %13 training sessions reached %14 enterprises.")
                         .arg(data.scope.from.toString(QStringLiteral("yyyy-MM")), text("visits"), text("joint_visits"),
                              text("checks_avoided"), text("satisfaction_rate"), text("enterprises_scored"),
                              text("sandbox_members"), text("lenient_cases"), text("fines_waived"))
                         .arg(text("clues_received"), text("clues_closed"), text("clues_overdue"), text("trainings"),
                              text("enterprises_trained"));
    // Whose records the figures rest on, where offices exchange them.
    if (const QString coverage = ExchangeCoverage::of(db).sentence(); !coverage.isEmpty())
        report.summary += QLatin1Char(' ') + coverage;
    return report;
}

QString MonthlyReport::anchorLine() const
{
    if (auditAnchor.isEmpty())
        return tr("Audit anchor: the audit trail was empty when this report was made.");
    return tr("Audit anchor: entry %1, hash %2. Check that the record still holds it with "
              "faircheck-cli audit verify --anchor %1:%2 or under Settings.")
        .arg(auditAnchor.section(u':', 0, 0), auditAnchor.section(u':', 1));
}
