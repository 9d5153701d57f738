#include "VisitNotice.h"
#include "users/Session.h"

#include "InspectionCode.h"
#include "PlanQueries.h"
#include "VisitResults.h"
#include "db/Sql.h"
#include "util/ChineseDate.h"

#include <QSqlQuery>
#include <QUrl>

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

VisitNotice::Document VisitNotice::compose(const QSqlDatabase &db, qint64 visitId)
{
    Session::require(db, Session::Permission::IssueDocuments);
    const PlanQueries::Visit visit = PlanQueries::visit(db, visitId);
    const QString payload = InspectionCode::payload(db, visitId);
    QString items;
    for (const VisitResults::Item &item : VisitResults::items(db, visitId))
        items += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>").arg(escaped(item.department), escaped(item.code), escaped(item.name));
    QString officers;
    QSqlQuery o = Sql::exec(db, QStringLiteral("SELECT o.name, d.short_name, COALESCE(o.certificate_no, '') FROM visit_officer vo "
                                               "JOIN officer o ON o.id = vo.officer_id JOIN department d ON d.id = o.department_id "
                                               "WHERE vo.visit_id = ? ORDER BY o.id"),
                            {visitId});
    while (o.next())
        officers += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                        .arg(escaped(o.value(0).toString()), escaped(o.value(1).toString()), escaped(o.value(2).toString()));
    const QString title = tr("Inspection notice");
    const QString html = QStringLiteral(
        "<h2 align=\"center\">%1</h2><p align=\"right\">%2</p>"
        "<p>%3</p><p>%4</p>"
        "<h3>%5</h3><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\"><tr><th>%6</th><th>%7</th><th>%8</th></tr>%9</table>"
        "<h3>%10</h3><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\"><tr><th>%11</th><th>%6</th><th>%12</th></tr>%13</table>"
        "<p>%14</p><p align=\"center\"><img src=\"code://visit\" width=\"220\" height=\"220\"></p><p align=\"center\">%15</p>")
        .arg(escaped(title), escaped(tr("Inspection code %1").arg(visit.code)),
             escaped(tr("To %1 (unified social credit code %2):").arg(visit.enterprise, visit.uscc)),
             escaped(tr("Under the county's joint inspection arrangement (one entry, several checks), %1 will inspect your "
                        "enterprise on %2. The officers will show their enforcement certificates.")
                         .arg(visit.departments.join(u'、'), ChineseDate::format(visit.date))),
             escaped(tr("Items to be checked")), escaped(tr("Department")), escaped(tr("Item code")), escaped(tr("Item")), items)
        .arg(escaped(tr("Officers")), escaped(tr("Name")), escaped(tr("Certificate number")), officers,
             escaped(tr("Scan the code to check that this inspection is genuine: it names the date, the departments, the items and "
                        "the officers. After the visit you may rate it; your rating is not shown to the inspecting department.")),
             escaped(visit.code));
    return {title, html, {{QUrl(QStringLiteral("code://visit")), InspectionCode::image(payload, 8)}}};
}

void VisitNotice::write(const QSqlDatabase &db, qint64 visitId, const QString &path)
{
    const Document notice = compose(db, visitId);
    PdfPrinter::print(notice.html, notice.title, path, notice.images);
}
