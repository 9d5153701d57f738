#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <QVariantList>

// Small helpers that turn every SQL failure into a DatabaseError, so callers never
// forget to look at QSqlQuery::lastError().
namespace Sql {

// Prepares and runs one statement with positional bindings; throws on failure.
QSqlQuery exec(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {});

// Prepares a statement for repeated use; throws on failure.
QSqlQuery prepare(const QSqlDatabase &db, const QString &sql);

// Runs a prepared statement with the given bindings; throws on failure.
void run(QSqlQuery &query, const QVariantList &binds);

// First column of the first row, or an invalid QVariant when there is no row.
QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {});

// The id the connection's last INSERT gave its row.
qint64 lastInsertId(const QSqlDatabase &db);

// Whether the database has a table of that name.
bool tableExists(const QSqlDatabase &db, const QString &table);

// Foreign keys checked at the commit instead of each statement, for this transaction
// (an import writes rows before the rows they name).
void deferForeignKeys(const QSqlDatabase &db);

// Makes user text literal inside a LIKE pattern used with ESCAPE '\\'.
QString escapeLike(QString text);

// Throws the DatabaseError that matches a failed query (corruption, busy, full, read-only, other).
[[noreturn]] void fail(const QSqlQuery &query, const QString &sql);
// The same from a SQLite result code, for statements run through the C API.
[[noreturn]] void failWithCode(int resultCode, const QString &details);

} // namespace Sql
