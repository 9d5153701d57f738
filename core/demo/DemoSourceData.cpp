#include "DemoSourceData.h"

#include "DemoCatalog.h"
#include "db/Sql.h"

#include <QSqlQuery>

namespace {

constexpr char kEnterpriseColumns[] =
    "SELECT e.id, e.uscc, e.name, COALESCE(e.legal_representative, ''), COALESCE(t.name, '') FROM enterprise e "
    "LEFT JOIN township t ON t.id = e.township_id ";

DemoSourceData::Enterprise enterpriseOf(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString()};
}

} // namespace

DemoSourceData::Span DemoSourceData::span(const QSqlDatabase &db)
{
    auto day = [&db](const char *extreme) {
        return QDate::fromString(Sql::scalar(db, QStringLiteral("SELECT %1(d) FROM (SELECT %1(visit_date) AS d FROM visit "
                                                                "UNION ALL SELECT %1(substr(received_at, 1, 10)) FROM hotline_order)")
                                                     .arg(QLatin1String(extreme)))
                                     .toString(),
                                 Qt::ISODate);
    };
    return {day("min"), day("max")};
}

DemoSourceData DemoSourceData::load(const QSqlDatabase &db, const QDate &monthEnd)
{
    DemoSourceData data;
    const DemoCatalog catalog = DemoCatalog::load();
    data.county = catalog.county;
    data.divisionCode = catalog.divisionCode;
    data.enterpriseCount = Sql::scalar(db, QStringLiteral("SELECT count(*) FROM enterprise WHERE status = 'active'")).toLongLong();
    // Every step-th active enterprise, in id order: the sample is the same for the same file.
    const qint64 step = qMax<qint64>(1, (data.enterpriseCount + kSampleSize - 1) / kSampleSize);
    QSqlQuery e = Sql::exec(db, QStringLiteral("%1 WHERE e.id IN (SELECT id FROM (SELECT id, row_number() OVER (ORDER BY id) AS n "
                                               "FROM enterprise WHERE status = 'active') WHERE (n - 1) % ? = 0) ORDER BY e.id")
                                    .arg(QLatin1String(kEnterpriseColumns)),
                            {step});
    while (e.next())
        data.enterprises.append(enterpriseOf(e));
    QSqlQuery t = Sql::exec(db, QStringLiteral("SELECT name FROM township ORDER BY code"));
    while (t.next())
        data.townships.append(t.value(0).toString());

    QHash<qint64, int> index;
    QSqlQuery d = Sql::exec(db, QStringLiteral("SELECT id, name, COALESCE(short_name, '') FROM department ORDER BY id"));
    while (d.next()) {
        index.insert(d.value(0).toLongLong(), int(data.departments.size()));
        data.departments.append({d.value(0).toLongLong(), d.value(1).toString(), d.value(2).toString(), {}, {}, {}});
    }
    QSqlQuery o = Sql::exec(db, QStringLiteral(
        "SELECT department_id, name, certificate_no, COALESCE(certificate_expiry, '') FROM officer "
        "WHERE active = 1 AND certificate_no IS NOT NULL ORDER BY id"));
    while (o.next()) {
        if (index.contains(o.value(0).toLongLong()))
            data.departments[index.value(o.value(0).toLongLong())].officers.append(
                {o.value(1).toString(), o.value(2).toString(), QDate::fromString(o.value(3).toString(), Qt::ISODate)});
    }
    QSqlQuery i = Sql::exec(db, QStringLiteral("SELECT department_id, name FROM inspection_item ORDER BY id"));
    while (i.next()) {
        if (index.contains(i.value(0).toLongLong()))
            data.departments[index.value(i.value(0).toLongLong())].inspectionItems.append(i.value(1).toString());
    }
    // The items in force on the month's last day, from the newest version of each list.
    QSqlQuery b = Sql::exec(db, QStringLiteral(
        "SELECT i.department_id, i.code, i.violation, i.violated_provision, i.penalty_provision, i.penalty_kinds, "
        "COALESCE(i.min_fine_fen, 0), COALESCE(i.max_fine_fen, 0), i.red_line, l.kind FROM discretion_item i "
        "JOIN discretion_list l ON l.id = i.list_id WHERE l.effective_from <= ? ORDER BY i.id"),
        {monthEnd.toString(Qt::ISODate)});
    while (b.next()) {
        if (!index.contains(b.value(0).toLongLong()))
            continue;
        data.departments[index.value(b.value(0).toLongLong())].items.append(
            {b.value(1).toString(), b.value(2).toString(), b.value(3).toString(), b.value(4).toString(), b.value(5).toString(),
             b.value(6).toLongLong(), b.value(7).toLongLong(), b.value(8).toInt() == 1, b.value(9).toString() == u"lenient"});
    }
    QSqlQuery s = Sql::exec(db, QStringLiteral("%1 JOIN sandbox_membership m ON m.enterprise_id = e.id "
                                               "WHERE m.entered_on <= ? AND (m.exited_on IS NULL OR m.exited_on > ?) ORDER BY m.id")
                                    .arg(QLatin1String(kEnterpriseColumns)),
                            {monthEnd.toString(Qt::ISODate), monthEnd.toString(Qt::ISODate)});
    while (s.next())
        data.sandboxMembers.append(enterpriseOf(s));
    return data;
}

QStringList DemoSourceData::otherNames(const Department &department) const
{
    QStringList names;
    const QString withoutCounty = !county.isEmpty() && department.name.startsWith(county)
        ? department.name.mid(county.size()) : department.name;
    names.append(QStringLiteral("县") + withoutCounty);
    if (!department.shortName.isEmpty()) {
        const QString ending = department.name.endsWith(QStringLiteral("委员会")) ? QStringLiteral("委")
            : department.name.endsWith(QStringLiteral("大队")) ? QStringLiteral("大队")
            : department.name.endsWith(QStringLiteral("办公室")) ? QStringLiteral("办") : QStringLiteral("局");
        const QString shortForm = department.shortName + ending;
        if (shortForm != withoutCounty)
            names.append(shortForm);
    }
    return names;
}

QString DemoSourceData::shortTownship(const QString &name)
{
    for (const QString &ending : {QStringLiteral("街道"), QStringLiteral("镇"), QStringLiteral("乡")}) {
        if (name.endsWith(ending) && name.size() - ending.size() >= 2)
            return name.left(name.size() - ending.size());
    }
    return name;
}
