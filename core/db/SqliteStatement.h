#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QStringEncoder>
#include <QVariantList>

struct sqlite3;
struct sqlite3_stmt;

// A prepared statement run through SQLite's C API on a QSQLITE connection, for hot
// write paths where QSqlQuery's per-row QVariant binding dominates. Same connection,
// same transaction; failures throw DatabaseError like Sql::exec.
class SqliteStatement final
{
public:
    SqliteStatement(const QSqlDatabase &db, const QString &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // Binds (integers as integers, everything else as UTF-8 text, invalid as NULL) and
    // steps once.
    void run(const QVariantList &binds);
    // One value of a hot row: text (a null QString binds NULL) or, without text, an integer.
    struct Value
    {
        const QString *text = nullptr;
        qint64 integer = 0;
    };
    // Binds and steps once, without a QVariant or an allocation per value.
    void runValues(const Value *values, int count);

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_sql;
    QStringEncoder m_utf8{QStringEncoder::Utf8};
    QByteArray m_buffer;
};
