#include "ValueResolver.h"

#include "ValueAliases.h"
#include "validation/TextNormalizer.h"

ValueResolver::ValueResolver(const QSqlDatabase &db, const Maps &oneRun)
{
    for (const QString &kind : ValueAliases::kinds()) {
        QHash<QString, QString> &map = m_maps[kind];
        const QHash<QString, QString> remembered = ValueAliases::load(db, kind);
        for (auto it = remembered.cbegin(); it != remembered.cend(); ++it)
            map.insert(key(it.key()), it.value());
        const QHash<QString, QString> given = oneRun.value(kind);
        for (auto it = given.cbegin(); it != given.cend(); ++it)
            map.insert(key(it.key()), it.value());
    }
}

QString ValueResolver::key(const QString &text)
{
    return TextNormalizer::toHalfWidth(text).simplified();
}

QString ValueResolver::resolve(const QString &kind, const QString &text) const
{
    const auto map = m_maps.constFind(kind);
    if (map == m_maps.cend() || map->isEmpty())
        return text;
    return map->value(key(text), text);
}
