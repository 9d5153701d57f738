#include "ExchangeCoverage.h"

#include "OfficeStore.h"
#include "db/Sql.h"

#include <QDateTime>
#include <QSqlQuery>

ExchangeCoverage ExchangeCoverage::of(const QSqlDatabase &db)
{
    ExchangeCoverage coverage;
    if (!Sql::tableExists(db, QStringLiteral("exchange_package")))
        return coverage;
    const std::optional<OfficeStore::Office> office = OfficeStore::current(db);
    if (!office)
        return coverage;
    coverage.known = true;
    coverage.county = office->kind == u"county";
    // The day each trusted office's latest package arrived here.
    QSqlQuery latest = Sql::exec(db, QStringLiteral(
        "SELECT p.kind, max(x.at) FROM office_peer p JOIN exchange_package x ON x.peer_code = p.code AND x.direction = 'in' "
        "GROUP BY p.code"));
    while (latest.next()) {
        const QDate day = QDateTime::fromString(latest.value(1).toString(), Qt::ISODate).toLocalTime().date();
        if (coverage.county && latest.value(0).toString() != u"township")
            continue;
        ++coverage.included;
        if (!coverage.asOf.isValid() || day < coverage.asOf)
            coverage.asOf = day;
    }
    if (coverage.county)
        coverage.townships = Sql::scalar(db, QStringLiteral("SELECT count(*) FROM township")).toInt();
    return coverage;
}

QString ExchangeCoverage::sentence() const
{
    if (!known)
        return {};
    if (county) {
        if (included == 0)
            return tr("No township has sent its records yet: the figures are the county's own records.");
        return tr("Includes the records of %1 of %2 townships, as of %3.").arg(included).arg(townships).arg(asOf.toString(Qt::ISODate));
    }
    return asOf.isValid() ? tr("The county's data as of %1.").arg(asOf.toString(Qt::ISODate))
                          : tr("No package from the county has been imported yet.");
}
