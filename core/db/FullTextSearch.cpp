#include "FullTextSearch.h"

QString FullTextSearch::matches(const QString &table)
{
    return table + QStringLiteral(" MATCH ?");
}

QString FullTextSearch::highlighted(const QString &table, int column, const QString &open, const QString &close)
{
    return QStringLiteral("highlight(%1, %2, '%3', '%4')").arg(table).arg(column).arg(open, close);
}

QString FullTextSearch::relevance()
{
    return QStringLiteral("rank");
}

QString FullTextSearch::inColumns(const QStringList &columns, const QString &query, const QString &notInColumn)
{
    const QString scope = columns.size() == 1 ? columns.first() : QLatin1Char('{') + columns.join(u' ') + QLatin1Char('}');
    QString text = scope + QStringLiteral(" : ") + query;
    if (!notInColumn.isEmpty())
        text += QStringLiteral(" NOT ") + notInColumn + QStringLiteral(" : ") + query;
    return text;
}
