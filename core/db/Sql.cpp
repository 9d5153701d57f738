#include "Sql.h"

#include "DatabaseError.h"

#include <QCoreApplication>
#include <QSqlError>

namespace Sql {

void failWithCode(int resultCode, const QString &details)
{
    // SQLite's primary result codes: 5 busy, 6 locked, 8 read-only, 11 corrupt, 13 full,
    // 26 not a database. A failed statement rolls back with its transaction: what was
    // saved before stays saved.
    const int code = resultCode & 0xff;
    if (code == 11 || code == 26)
        throw DatabaseError(DatabaseError::Kind::Corrupted,
                            QCoreApplication::translate("Sql", "The database file is damaged."),
                            details);
    if (code == 5 || code == 6)
        throw DatabaseError(DatabaseError::Kind::Busy,
                            QCoreApplication::translate(
                                "Sql", "The database is busy in another window or program; try again."),
                            details);
    if (code == 13)
        throw DatabaseError(DatabaseError::Kind::Full,
                            QCoreApplication::translate("Sql", "The disk is full: this change was not saved. Everything saved "
                                                               "before it is safe; free some space and try again."),
                            details);
    if (code == 8)
        throw DatabaseError(DatabaseError::Kind::ReadOnly,
                            QCoreApplication::translate("Sql", "The database file or its folder cannot be written: this change was "
                                                               "not saved. Everything saved before it is safe."),
                            details);
    throw DatabaseError(DatabaseError::Kind::Query,
                        QCoreApplication::translate("Sql", "A database operation failed."), details);
}

void fail(const QSqlQuery &query, const QString &sql)
{
    const QSqlError error = query.lastError();
    failWithCode(error.nativeErrorCode().toInt(), error.text() + QStringLiteral(" [") + sql.simplified().left(200) + QLatin1Char(']'));
}

qint64 lastInsertId(const QSqlDatabase &db)
{
    return scalar(db, QStringLiteral("SELECT last_insert_rowid()")).toLongLong();
}

bool tableExists(const QSqlDatabase &db, const QString &table)
{
    return scalar(db, QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"), {table}).isValid();
}

void deferForeignKeys(const QSqlDatabase &db)
{
    exec(db, QStringLiteral("PRAGMA defer_foreign_keys = ON"));
}

QString escapeLike(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    text.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return text;
}

QSqlQuery prepare(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        fail(query, sql);
    return query;
}

void run(QSqlQuery &query, const QVariantList &binds)
{
    for (qsizetype i = 0; i < binds.size(); ++i)
        query.bindValue(int(i), binds.at(i));
    if (!query.exec())
        fail(query, query.lastQuery());
}

QSqlQuery exec(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery query = prepare(db, sql);
    run(query, binds);
    return query;
}

QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery query = exec(db, sql, binds);
    return query.next() ? query.value(0) : QVariant();
}

} // namespace Sql
