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
    // The same for rows of text, without a QVariant or an allocation per value. A null
    // QString binds NULL.
    void runText(const QString *const *values, int count);

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_sql;
    QStringEncoder m_utf8{QStringEncoder::Utf8};
    QByteArray m_buffer;
};
