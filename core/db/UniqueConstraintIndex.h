#pragma once

#include <QSqlDatabase>
#include <QString>

// Schema 12: a column's UNIQUE constraint becomes a named unique index over the same
// b-tree. The rule is the same, but an index with a name can be dropped and built
// again from sorted data: a first import of a million enterprises then pays once for
// the USCC index instead of a random b-tree insert per row (about 3 of its seconds).
// Only the schema text changes — the constraint's index row gets a name and a CREATE
// statement, the column loses its UNIQUE word — through writable_schema, inside the
// caller's transaction; the index's pages are not touched (its keys, the column then
// the rowid, are the same for both).
class UniqueConstraintIndex final
{
public:
    // The CREATE TABLE text with UNIQUE taken off `column`'s definition; the same text
    // when the column has no such word.
    static QString withoutUnique(const QString &createTable, const QString &column);
    // Turns table.column's UNIQUE constraint into the unique index `indexName`. False
    // when there is no single-column UNIQUE constraint on it to turn (nothing changed).
    static bool promote(const QSqlDatabase &db, const QString &table, const QString &column, const QString &indexName);
};
