#include "SqliteStatement.h"

#include "DatabaseError.h"
#include "SqliteHandle.h"
#include "Sql.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace {

[[noreturn]] void fail(sqlite3 *db, const QString &sql)
{
    Sql::failWithCode(sqlite3_errcode(db), QString::fromUtf8(sqlite3_errmsg(db)) + QStringLiteral(" [") + sql.left(200) + u']');
}

} // namespace

SqliteStatement::SqliteStatement(const QSqlDatabase &db, const QString &sql)
    : m_db(SqliteHandle::of(db))
    , m_sql(sql)
{
    if (!m_db)
        throw DatabaseError(DatabaseError::Kind::Query, QCoreApplication::translate("Sql", "A database operation failed."),
                            QStringLiteral("not a SQLite connection"));
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, text.constData(), int(text.size()), &m_stmt, nullptr) != SQLITE_OK)
        fail(m_db, sql);
}

SqliteStatement::SqliteStatement(sqlite3 *handle, const QString &sql)
    : m_db(handle)
    , m_sql(sql)
{
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, text.constData(), int(text.size()), &m_stmt, nullptr) != SQLITE_OK)
        fail(m_db, sql);
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

void SqliteStatement::run(const QVariantList &binds)
{
    sqlite3_reset(m_stmt);
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant &v = binds.at(i);
        if (!v.isValid() || v.isNull()) {
            sqlite3_bind_null(m_stmt, i + 1);
        } else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int) {
            sqlite3_bind_int64(m_stmt, i + 1, v.toLongLong());
        } else {
            const QByteArray utf8 = v.toString().toUtf8();
            sqlite3_bind_text(m_stmt, i + 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        }
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        fail(m_db, m_sql);
    sqlite3_reset(m_stmt);
}

void SqliteStatement::runValues(const Value *values, int count)
{
    sqlite3_reset(m_stmt);
    // All text into one reused UTF-8 buffer: SQLite stores UTF-8, and binding UTF-16
    // made it allocate a converted copy of every value.
    qsizetype space = 0;
    for (int i = 0; i < count; ++i)
        space += values[i].text ? m_utf8.requiredSpace(values[i].text->size()) : 0;
    if (m_buffer.size() < space)
        m_buffer.resize(space);
    char *out = m_buffer.data();
    for (int i = 0; i < count; ++i) {
        if (!values[i].text) {
            sqlite3_bind_int64(m_stmt, i + 1, values[i].integer);
            continue;
        }
        const QString &v = *values[i].text;
        if (v.isNull()) {
            sqlite3_bind_null(m_stmt, i + 1);
            continue;
        }
        char *start = out;
        out = m_utf8.appendToBuffer(out, v);
        // SQLITE_STATIC: the buffer is left alone until the step below is done.
        sqlite3_bind_text(m_stmt, i + 1, start, int(out - start), SQLITE_STATIC);
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        fail(m_db, m_sql);
    sqlite3_reset(m_stmt);
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqliteStatement::bind(int index, const QByteArray &utf8)
{
    if (utf8.isNull())
        sqlite3_bind_null(m_stmt, index);
    else
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

bool SqliteStatement::next()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        fail(m_db, m_sql);
    return false;
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QByteArrayView SqliteStatement::bytes(int column) const
{
    const char *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return text ? QByteArrayView(text, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
}

QDate SqliteStatement::isoDate(int column) const
{
    const QByteArrayView t = bytes(column);
    if (t.size() < 10)
        return {};
    auto digits = [t](int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; ++i)
            v = v * 10 + (t[i] - '0');
        return v;
    };
    // Julian day (Fliegel & Van Flandern).
    const qint64 y = digits(0, 4), m = digits(5, 2), d = digits(8, 2);
    if (m < 1 || m > 12 || d < 1 || d > 31)
        return {};
    const qint64 a = (m - 14) / 12;
    const qint64 jd = (1461 * (y + 4800 + a)) / 4 + (367 * (m - 2 - 12 * a)) / 12 - (3 * ((y + 4900 + a) / 100)) / 4 + d - 32075;
    return QDate::fromJulianDay(jd);
}
