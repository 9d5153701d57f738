#include "PublicityDomains.h"

#include "util/Refusal.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray()) {
        if (!v.toString().trimmed().isEmpty())
            list.append(v.toString().trimmed());
    }
    return list;
}

} // namespace

PublicityDomains PublicityDomains::parse(const QByteArray &json, const QString &source)
{
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError)
        throw Refusal(tr("%1: not valid JSON at character %2 (%3).").arg(source).arg(error.offset).arg(error.errorString()));
    PublicityDomains result;
    for (const QJsonValue &value : root.value(QStringLiteral("domains")).toArray()) {
        const QJsonObject o = value.toObject();
        Domain d{o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("publicity")).toString(),
                 strings(o.value(QStringLiteral("departments"))), strings(o.value(QStringLiteral("codes"))),
                 strings(o.value(QStringLiteral("words")))};
        if (d.name.isEmpty() || d.publicityClass.isEmpty())
            throw Refusal(tr("%1: every domain needs a name and a publicity class.").arg(source));
        result.m_domains.append(d);
    }
    return result;
}

PublicityDomains PublicityDomains::builtIn()
{
    static const PublicityDomains table = [] {
        QFile file(QStringLiteral(":/faircheck/credit/publicity-domains.json"));
        return file.open(QIODevice::ReadOnly) ? parse(file.readAll(), file.fileName()) : PublicityDomains();
    }();
    return table;
}

QString PublicityDomains::classify(const QString &department, const QString &itemCode, const QString &violation) const
{
    for (const Domain &d : m_domains) {
        const bool byDepartment = std::any_of(d.departments.cbegin(), d.departments.cend(),
                                              [&](const QString &w) { return department.contains(w); });
        const bool byCode = std::any_of(d.codes.cbegin(), d.codes.cend(), [&](const QString &c) { return itemCode.startsWith(c); });
        const bool byWords = std::any_of(d.words.cbegin(), d.words.cend(), [&](const QString &w) { return violation.contains(w); });
        if (byDepartment || byCode || byWords)
            return d.publicityClass;
    }
    return {};
}
