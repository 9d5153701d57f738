#include "SessionChangeset.h"

#include "DatabaseError.h"
#include "util/Refusal.h"

#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#include <sqlite3.h>

#include <QSet>

#include <memory>

namespace {

struct Closer
{
    void operator()(sqlite3 *db) const { sqlite3_close(db); }
    void operator()(sqlite3_session *s) const { sqlite3session_delete(s); }
    void operator()(sqlite3_stmt *s) const { sqlite3_finalize(s); }
};

[[noreturn]] void fail(sqlite3 *db, const char *what)
{
    throw DatabaseError(DatabaseError::Kind::Query, SessionChangeset::tr("The package's changes could not be written."),
                        QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromUtf8(sqlite3_errmsg(db))));
}

QString quoted(const QString &table)
{
    return QLatin1Char('"') + QString(table).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

void exec(sqlite3 *db, const QString &sql)
{
    if (sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
        fail(db, "exec");
}

void step(sqlite3 *db, const QString &sql, const QString &uid, const QByteArray *values)
{
    sqlite3_stmt *raw = nullptr;
    if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &raw, nullptr) != SQLITE_OK)
        fail(db, "prepare");
    std::unique_ptr<sqlite3_stmt, Closer> statement(raw);
    const QByteArray key = uid.toUtf8();
    sqlite3_bind_text(raw, 1, key.constData(), int(key.size()), SQLITE_TRANSIENT);
    if (values)
        sqlite3_bind_text(raw, 2, values->constData(), int(values->size()), SQLITE_TRANSIENT);
    if (sqlite3_step(raw) != SQLITE_DONE)
        fail(db, "step");
}

QString text(sqlite3_value *value)
{
    const unsigned char *data = value ? sqlite3_value_text(value) : nullptr;
    return data ? QString::fromUtf8(reinterpret_cast<const char *>(data), sqlite3_value_bytes(value)) : QString();
}

// SQLite's changeset reader loops without end on some damaged inputs (3.40: a table
// name running into the records). Before SQLite sees the bytes, they are walked here in
// the one shape this format uses: tables of two columns (uid, values) whose records are
// inserts and deletes of text or NULL values, every length inside the buffer.
bool wellFormed(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    // SQLite's varint: seven bits a byte, high bit set for more; the ninth byte whole.
    const auto varint = [&](quint64 *value) {
        quint64 v = 0;
        for (int k = 0; k < 9; ++k) {
            if (i >= n)
                return false;
            const unsigned char b = p[i++];
            if (k == 8) {
                v = (v << 8) | b;
                break;
            }
            v = (v << 7) | (b & 0x7f);
            if (!(b & 0x80))
                break;
        }
        *value = v;
        return true;
    };
    const auto value = [&] {
        if (i >= n)
            return false;
        const unsigned char type = p[i++];
        if (type == 5) // NULL
            return true;
        if (type != 3) // text only
            return false;
        quint64 length = 0;
        if (!varint(&length) || length > quint64(n - i))
            return false;
        i += qsizetype(length);
        return true;
    };
    bool inTable = false;
    while (i < n) {
        const unsigned char op = p[i];
        if (op == 'T') {
            ++i;
            quint64 columns = 0;
            if (!varint(&columns) || columns != 2 || n - i < 2 || p[i] != 1 || p[i + 1] != 0)
                return false;
            i += 2;
            const qsizetype start = i;
            while (i < n && p[i] != 0) {
                if (!((p[i] >= 'a' && p[i] <= 'z') || p[i] == '_') || i - start > 64)
                    return false;
                ++i;
            }
            if (i >= n || i == start)
                return false;
            ++i; // the name's terminating NUL
            inTable = true;
        } else if (inTable && (op == SQLITE_INSERT || op == SQLITE_DELETE)) {
            if (n - i < 2 || p[i + 1] > 1) // the indirect flag
                return false;
            i += 2;
            if (!value() || !value())
                return false;
        } else {
            return false;
        }
    }
    return true;
}

} // namespace

QByteArray SessionChangeset::build(const QList<Change> &changes)
{
    sqlite3 *raw = nullptr;
    if (sqlite3_open_v2(":memory:", &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        sqlite3_close(raw);
        throw DatabaseError(DatabaseError::Kind::Query, tr("The package's changes could not be written."), QStringLiteral("open"));
    }
    std::unique_ptr<sqlite3, Closer> db(raw);
    QSet<QString> tables;
    for (const Change &c : changes) {
        if (!tables.contains(c.table)) {
            exec(raw, QStringLiteral("CREATE TABLE %1 (uid TEXT PRIMARY KEY, v TEXT)").arg(quoted(c.table)));
            tables.insert(c.table);
        }
        // A deletion is recorded as such only for a row the scratch database holds.
        if (c.removed)
            step(raw, QStringLiteral("INSERT INTO %1 (uid) VALUES (?)").arg(quoted(c.table)), c.uid, nullptr);
    }
    sqlite3_session *rawSession = nullptr;
    if (sqlite3session_create(raw, "main", &rawSession) != SQLITE_OK)
        fail(raw, "session");
    std::unique_ptr<sqlite3_session, Closer> session(rawSession);
    if (sqlite3session_attach(rawSession, nullptr) != SQLITE_OK)
        fail(raw, "attach");
    for (const Change &c : changes) {
        if (c.removed)
            step(raw, QStringLiteral("DELETE FROM %1 WHERE uid = ?").arg(quoted(c.table)), c.uid, nullptr);
        else
            step(raw, QStringLiteral("INSERT INTO %1 (uid, v) VALUES (?, ?)").arg(quoted(c.table)), c.uid, &c.values);
    }
    int size = 0;
    void *data = nullptr;
    if (sqlite3session_changeset(rawSession, &size, &data) != SQLITE_OK)
        fail(raw, "changeset");
    const QByteArray bytes(static_cast<const char *>(data), size);
    sqlite3_free(data);
    return bytes;
}

QList<SessionChangeset::Change> SessionChangeset::read(const QByteArray &changeset)
{
    QList<Change> changes;
    if (changeset.isEmpty())
        return changes;
    if (!wellFormed(changeset))
        throw Refusal(tr("The package's changes are damaged."));
    sqlite3_changeset_iter *iter = nullptr;
    // sqlite3changeset_start takes a non-const buffer but does not write to it.
    QByteArray copy = changeset;
    if (sqlite3changeset_start(&iter, int(copy.size()), copy.data()) != SQLITE_OK)
        throw Refusal(tr("The package's changes are damaged."));
    int rc = SQLITE_OK;
    while ((rc = sqlite3changeset_next(iter)) == SQLITE_ROW) {
        const char *table = nullptr;
        int columns = 0, op = 0, indirect = 0;
        if (sqlite3changeset_op(iter, &table, &columns, &op, &indirect) != SQLITE_OK || columns != 2) {
            sqlite3changeset_finalize(iter);
            throw Refusal(tr("The package's changes are damaged."));
        }
        Change c;
        c.table = QString::fromUtf8(table);
        sqlite3_value *uid = nullptr, *values = nullptr;
        if (op == SQLITE_INSERT) {
            sqlite3changeset_new(iter, 0, &uid);
            sqlite3changeset_new(iter, 1, &values);
            c.values = text(values).toUtf8();
        } else if (op == SQLITE_DELETE) {
            sqlite3changeset_old(iter, 0, &uid);
            c.removed = true;
        } else {
            sqlite3changeset_finalize(iter);
            throw Refusal(tr("The package's changes are damaged."));
        }
        c.uid = text(uid);
        if (c.uid.isEmpty()) {
            sqlite3changeset_finalize(iter);
            throw Refusal(tr("The package's changes are damaged."));
        }
        changes.append(c);
    }
    const int finalized = sqlite3changeset_finalize(iter);
    if (rc != SQLITE_DONE || finalized != SQLITE_OK)
        throw Refusal(tr("The package's changes are damaged."));
    return changes;
}
