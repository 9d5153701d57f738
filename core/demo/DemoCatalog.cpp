#include "DemoCatalog.h"

#include "db/DatabaseError.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QStringList strings(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array)
        list.append(v.toString());
    return list;
}
QJsonObject readObject(const QString &resource)
{
    QFile file(resource);
    QJsonParseError parseError{};
    const QJsonDocument doc = file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll(), &parseError)
                                                              : QJsonDocument();
    if (!doc.isObject())
        throw DatabaseError(DatabaseError::Kind::Query,
                            QCoreApplication::translate("DemoCatalog", "The demo county data is missing or broken."),
                            resource + QStringLiteral(": ") + parseError.errorString());
    return doc.object();
}

// The county's benchmark items per department: "red" items lie in red-line domains,
// "lenient" ones are on the county's list of first minor violations not penalised.
QList<DemoCatalog::DiscretionEntry> loadBenchmarks(const QString &resource, const QList<DemoCatalog::Department> &departments)
{
    QList<DemoCatalog::DiscretionEntry> entries;
    const QJsonArray list = readObject(resource).value(u"departments").toArray();
    for (const QJsonValue &d : list) {
        const QString name = d.toObject().value(u"department").toString();
        int index = -1;
        for (int i = 0; i < departments.size() && index < 0; ++i)
            index = departments.at(i).name == name ? i : -1;
        if (index < 0)
            throw DatabaseError(DatabaseError::Kind::Query,
                                QCoreApplication::translate("DemoCatalog", "The demo county data is incomplete."),
                                resource + QStringLiteral(": ") + name);
        const QJsonArray items = d.toObject().value(u"items").toArray();
        for (const QJsonValue &v : items) {
            const QJsonObject o = v.toObject();
            DemoCatalog::DiscretionEntry entry;
            entry.department = index;
            entry.code = o.value(u"code").toString();
            entry.violation = o.value(u"violation").toString();
            entry.violatedProvision = o.value(u"violated").toString();
            entry.penaltyProvision = o.value(u"penalty").toString();
            entry.kinds = o.value(u"kinds").toString();
            entry.minYuan = o.value(u"min").toInteger();
            entry.maxYuan = o.value(u"max").toInteger();
            const QString kind = o.value(u"class").toString();
            entry.redLine = kind == u"red";
            entry.lenient = kind == u"lenient";
            entries.append(entry);
        }
    }
    return entries;
}

} // namespace

DemoCatalog DemoCatalog::load(const QString &resource, const QString &benchmarks)
{
    const QJsonObject root = readObject(resource);
    DemoCatalog catalog;
    catalog.county = root.value(u"county").toString();
    catalog.divisionCode = root.value(u"divisionCode").toString();
    catalog.townships = strings(root.value(u"townships"));
    const QJsonArray departments = root.value(u"departments").toArray();
    for (const QJsonValue &v : departments) {
        const QJsonObject o = v.toObject();
        catalog.departments.append({o.value(u"name").toString(), o.value(u"short").toString(), strings(o.value(u"items"))});
    }
    const QJsonArray industries = root.value(u"industries").toArray();
    for (const QJsonValue &v : industries) {
        const QJsonObject o = v.toObject();
        catalog.industries.append({o.value(u"code").toString(), o.value(u"name").toString(),
                                   o.value(u"word").toString(), o.value(u"excluded").toBool()});
    }
    catalog.discretion = loadBenchmarks(benchmarks, catalog.departments);
    catalog.brands = strings(root.value(u"brands"));
    catalog.surnames = strings(root.value(u"surnames"));
    catalog.givenNames = strings(root.value(u"givenNames"));
    catalog.streets = strings(root.value(u"streets"));
    if (catalog.townships.isEmpty() || catalog.departments.isEmpty() || catalog.industries.isEmpty()
        || catalog.brands.isEmpty() || catalog.surnames.isEmpty() || catalog.givenNames.isEmpty()
        || catalog.streets.isEmpty() || catalog.divisionCode.size() != 6 || catalog.discretion.isEmpty())
        throw DatabaseError(DatabaseError::Kind::Query,
                            QCoreApplication::translate("DemoCatalog", "The demo county data is incomplete."), resource);
    return catalog;
}
