#include "HeaderMatcher.h"

#include "validation/TextNormalizer.h"

#include <QRegularExpression>

QString HeaderMatcher::normalize(const QString &header)
{
    QString text = TextNormalizer::toHalfWidth(header).toLower();
    static const QRegularExpression noise(QStringLiteral("[\\s*：:]|\\(必填\\)|\\(选填\\)"));
    text.remove(noise);
    return text;
}

HeaderMatcher::Mapping HeaderMatcher::match(const QList<TableRow> &rows, const ImportKind &kind, const QHash<QString, QString> &saved)
{
    QHash<QString, QString> synonyms; // normalized header → field
    for (const ImportKind::Field &field : kind.fields) {
        for (const QString &s : field.synonyms)
            synonyms.insert(normalize(s), field.name);
    }
    Mapping best;
    int bestScore = 0;
    for (const TableRow &row : rows) {
        Mapping candidate;
        candidate.headerRow = row.row;
        candidate.headers = row.cells;
        for (int c = 0; c < row.cells.size(); ++c) {
            const QString key = normalize(row.cells.at(c));
            if (key.isEmpty())
                continue;
            // A saved or chosen "" means: the user said this column is not imported.
            const auto chosen = saved.constFind(key);
            const QString field = chosen != saved.constEnd() ? chosen.value() : synonyms.value(key);
            if (!field.isEmpty() && !candidate.columns.contains(field))
                candidate.columns.insert(field, c);
        }
        if (candidate.columns.size() > bestScore) {
            bestScore = int(candidate.columns.size());
            best = candidate;
        }
    }
    for (const ImportKind::Field &field : kind.fields) {
        if (field.required && !best.columns.contains(field.name))
            best.missingRequired.append(field.label);
    }
    return best;
}
