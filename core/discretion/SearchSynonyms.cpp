#include "SearchSynonyms.h"

#include "util/Refusal.h"
#include "db/InputFile.h"
#include "db/Sql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
const QChar kGap = u'…';
}

SearchSynonyms SearchSynonyms::parse(const QByteArray &json, const QString &source)
{
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError)
        throw Refusal(tr("%1: not valid JSON at character %2 (%3).").arg(source).arg(error.offset).arg(error.errorString()));
    const QJsonObject table = root.value(QStringLiteral("synonyms")).toObject();
    if (table.isEmpty())
        throw Refusal(tr("%1: there is no \"synonyms\" table.").arg(source));
    SearchSynonyms s;
    for (auto it = table.begin(); it != table.end(); ++it) {
        if (it.key().trimmed().isEmpty() || !it.value().isArray())
            throw Refusal(tr("%1: the word \"%2\" needs a list of patterns.").arg(source, it.key()));
        QStringList patterns;
        for (const QJsonValue &p : it.value().toArray()) {
            const QString pattern = p.toString().trimmed();
            if (pattern.isEmpty() || parts(pattern).isEmpty())
                throw Refusal(tr("%1: a pattern of \"%2\" is empty.").arg(source, it.key()));
            patterns.append(pattern);
        }
        s.m_synonyms.insert(it.key().trimmed(), patterns);
    }
    return s;
}

SearchSynonyms SearchSynonyms::builtIn()
{
    static const SearchSynonyms table = [] {
        QFile file(QStringLiteral(":/faircheck/discretion/synonyms.json"));
        return file.open(QIODevice::ReadOnly) ? parse(file.readAll(), file.fileName()) : SearchSynonyms();
    }();
    return table;
}

SearchSynonyms SearchSynonyms::forDatabase(const QString &databasePath)
{
    const QString custom = QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("discretion/synonyms.json"));
    if (databasePath.isEmpty() || !QFileInfo::exists(custom))
        return builtIn();
    return parse(InputFile::readAll(custom, InputFile::SmallFileLimit), custom);
}

QStringList SearchSynonyms::expansions(const QString &text) const
{
    QStringList result;
    // Longer words first: 无证经营 before 无证.
    QStringList words = m_synonyms.keys();
    std::sort(words.begin(), words.end(), [](const QString &a, const QString &b) { return a.size() > b.size() || (a.size() == b.size() && a < b); });
    QString rest = text;
    for (const QString &word : std::as_const(words)) {
        const qsizetype at = rest.indexOf(word);
        if (at < 0)
            continue;
        for (const QString &pattern : m_synonyms.value(word)) {
            const QString expanded = QString(text).replace(word, pattern);
            if (!result.contains(expanded))
                result.append(expanded);
        }
        rest.replace(word, QString(word.size(), u' ')); // a shorter word inside it is not expanded again
    }
    return result;
}

QString SearchSynonyms::likePattern(const QString &pattern)
{
    QStringList escaped;
    for (const QString &part : pattern.split(kGap))
        escaped.append(Sql::escapeLike(part));
    return QLatin1Char('%') + escaped.join(QLatin1Char('%')) + QLatin1Char('%');
}

QStringList SearchSynonyms::parts(const QString &pattern)
{
    QStringList list;
    for (const QString &part : pattern.split(kGap, Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            list.append(part.trimmed());
    }
    return list;
}
