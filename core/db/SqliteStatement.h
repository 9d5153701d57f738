#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QSqlDatabase>
#include <QStringEncoder>
#include <QVariantList>

struct sqlite3;
struct sqlite3_stmt;

// A prepared statement run through SQLite's C API, for hot paths where QSqlQuery's
// per-value QVariant boxing dominates: writing a million imported rows, reading ten
// million credit events, hashing the change log. On a QSQLITE connection it shares the
// connection and its transaction; failures throw DatabaseError like Sql::exec. The one
// way besides Sql to run a statement.
class SqliteStatement final
{
public:
    SqliteStatement(const QSqlDatabase &db, const QString &sql);
    // On a connection opened through the C API (a worker's own read-only connection).
    SqliteStatement(sqlite3 *handle, const QString &sql);
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

    // Reading, and writing row by row with explicit binds: bind, then next() until it
    // is false; reset() before binding again.
    void reset();
    void bind(int index, qint64 value);
    // UTF-8 text; a null array binds NULL.
    void bind(int index, const QByteArray &utf8);
    // True with a row to read, false when done.
    bool next();
    qint64 integer(int column) const;
    bool isNull(int column) const;
    // The column's UTF-8 bytes, valid until the next step; null for NULL.
    QByteArrayView bytes(int column) const;
    // A YYYY-MM-DD column as a date, by integer arithmetic (QDate's calendar conversion
    // was a visible cost over ten million events); invalid for anything else.
    QDate isoDate(int column) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_sql;
    QStringEncoder m_utf8{QStringEncoder::Utf8};
    QByteArray m_buffer;
};
