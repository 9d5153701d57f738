#pragma once

#include <QString>
#include <QStringList>

// The full-text engine, SQLite's FTS5 here: the SQL a search over a full-text table
// splices in and the query text it binds. Another backend provides these and nothing
// else in a search changes.
class FullTextSearch final
{
public:
    // "table MATCH ?": rows of the full-text table that match the bound query.
    static QString matches(const QString &table);
    // The column's text with each match wrapped in open … close.
    static QString highlighted(const QString &table, int column, const QString &open, const QString &close);
    // The column that orders matches best first (smaller is better); FTS5 answers an
    // ORDER BY on it without sorting every match.
    static QString relevance();
    // The query restricted to some columns, optionally excluding matches in another.
    static QString inColumns(const QStringList &columns, const QString &query, const QString &notInColumn = {});
};
