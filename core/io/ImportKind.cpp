#include "ImportKind.h"

#include "util/Refusal.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

const ImportKind::Field *ImportKind::field(const QString &name) const
{
    for (const Field &f : fields) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

QList<ImportKind> ImportKind::all()
{
    static const QList<ImportKind> kinds = [] {
        QList<ImportKind> list;
        QFile file(QStringLiteral(":/faircheck/import/kinds.json"));
        if (!file.open(QIODevice::ReadOnly))
            return list;
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        for (auto it = root.begin(); it != root.end(); ++it) {
            const QJsonObject o = it.value().toObject();
            ImportKind kind{it.key(), o.value(u"title").toString(), o.value(u"table").toString(), {}};
            const QJsonArray fields = o.value(u"fields").toArray();
            for (const QJsonValue &v : fields) {
                const QJsonObject f = v.toObject();
                Field field{f.value(u"name").toString(), f.value(u"label").toString(), f.value(u"type").toString(),
                            f.value(u"required").toBool(), {}};
                const QJsonArray synonyms = f.value(u"synonyms").toArray();
                for (const QJsonValue &s : synonyms)
                    field.synonyms.append(s.toString());
                kind.fields.append(field);
            }
            list.append(kind);
        }
        return list;
    }();
    return kinds;
}

ImportKind ImportKind::find(const QString &id)
{
    QStringList known;
    for (const ImportKind &kind : all()) {
        if (kind.id == id)
            return kind;
        known.append(kind.id);
    }
    throw Refusal(QCoreApplication::translate("ImportKind", "Unknown kind of import “%1”; known kinds: %2.")
                            .arg(id, known.join(QStringLiteral(", "))));
}
