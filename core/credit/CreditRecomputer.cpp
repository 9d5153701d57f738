#include "CreditRecomputer.h"

#include "CreditEngine.h"
#include "db/AuditLog.h"
#include "db/DatabaseError.h"
#include "db/Sql.h"
#include "db/SqliteHandle.h"
#include "db/Transaction.h"

#include <QHash>
#include <QSqlQuery>

#include <sqlite3.h>

#include <cstring>
#include <vector>

namespace {

// The bulk path reads with SQLite's C API: a million enterprises and ten million
// events through QSqlQuery would spend most of the time boxing QVariants.
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
            throw DatabaseError(DatabaseError::Kind::Query, CreditRecomputer::tr("The credit recompute could not start."),
                                QString::fromUtf8(sqlite3_errmsg(db)));
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool step()
    {
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            throw DatabaseError(DatabaseError::Kind::Query, CreditRecomputer::tr("The credit recompute failed."),
                                QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_stmt))));
        return false;
    }
    void reset() { sqlite3_reset(m_stmt); }
    void bind(int i, qint64 v) { sqlite3_bind_int64(m_stmt, i, v); }
    void bind(int i, const QByteArray &v)
    {
        if (v.isNull())
            sqlite3_bind_null(m_stmt, i);
        else
            sqlite3_bind_text(m_stmt, i, v.constData(), int(v.size()), SQLITE_TRANSIENT);
    }
    qint64 integer(int c) const { return sqlite3_column_int64(m_stmt, c); }
    bool isNull(int c) const { return sqlite3_column_type(m_stmt, c) == SQLITE_NULL; }
    const char *text(int c, int *size) const
    {
        const char *t = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, c));
        *size = sqlite3_column_bytes(m_stmt, c);
        return t;
    }
    QDate date(int c) const
    {
        int n = 0;
        const char *t = text(c, &n);
        if (!t || n < 10)
            return {};
        auto digits = [t](int from, int count) {
            int v = 0;
            for (int i = from; i < from + count; ++i)
                v = v * 10 + (t[i] - '0');
            return v;
        };
        return QDate(digits(0, 4), digits(5, 2), digits(8, 2));
    }

private:
    sqlite3_stmt *m_stmt = nullptr;
};

// Kinds repeat endlessly; share one QString per kind instead of allocating per row.
class KindTable
{
public:
    QString intern(const char *text, int size)
    {
        for (const auto &[bytes, string] : m_kinds) {
            if (bytes.size() == size && std::memcmp(bytes.constData(), text, size_t(size)) == 0)
                return string;
        }
        const QByteArray bytes(text, size);
        m_kinds.emplace_back(bytes, QString::fromUtf8(bytes));
        return m_kinds.back().second;
    }

private:
    std::vector<std::pair<QByteArray, QString>> m_kinds;
};

struct Update
{
    qint64 id;
    int score;
    QByteArray tier;
    QByteArray nextChange;
};

QByteArray isoBytes(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate).toLatin1() : QByteArray();
}

} // namespace

CreditRecomputer::Outcome CreditRecomputer::run(const QSqlDatabase &db, const CreditRuleBook &book, const QDate &asOf,
                                                Mode mode, const std::function<bool(int)> &progress)
{
    sqlite3 *handle = SqliteHandle::of(db);
    if (!handle)
        throw DatabaseError(DatabaseError::Kind::Query, tr("The credit recompute needs a SQLite database."));
    Transaction transaction(db);
    const QString asOfText = asOf.toString(Qt::ISODate);

    QHash<qint64, QDate> repaired;
    QSqlQuery repairs = Sql::exec(db, QStringLiteral(
        "SELECT credit_event_id, min(granted_on) FROM credit_repair WHERE status = 'granted' "
        "AND credit_event_id IS NOT NULL GROUP BY credit_event_id"));
    while (repairs.next())
        repaired.insert(repairs.value(0).toLongLong(), QDate::fromString(repairs.value(1).toString(), Qt::ISODate));
    QHash<qint64, qint64> members; // enterprise → open membership
    QSqlQuery open = Sql::exec(db, QStringLiteral("SELECT enterprise_id, id FROM sandbox_membership WHERE exited_on IS NULL"));
    while (open.next())
        members.insert(open.value(0).toLongLong(), open.value(1).toLongLong());

    std::vector<qint64> targets;
    qint64 total = 0;
    if (mode == Mode::Incremental) {
        QSqlQuery q = Sql::exec(db, QStringLiteral(
            "SELECT enterprise_id FROM credit_dirty UNION SELECT id FROM enterprise WHERE credit_next_change <= ? "
            "UNION SELECT id FROM enterprise WHERE credit_score IS NULL ORDER BY 1"), {asOfText});
        while (q.next())
            targets.push_back(q.value(0).toLongLong());
        total = qint64(targets.size());
    } else {
        total = Sql::scalar(db, QStringLiteral("SELECT count(*) FROM enterprise")).toLongLong();
    }

    const bool full = mode == Mode::Full;
    Statement enterprises(handle, full ? "SELECT id, industry_code, status, credit_score, credit_tier, credit_next_change "
                                         "FROM enterprise ORDER BY id"
                                       : "SELECT id, industry_code, status, credit_score, credit_tier, credit_next_change "
                                         "FROM enterprise WHERE id = ?");
    Statement events(handle, full ? "SELECT enterprise_id, event_date, id, kind, points, red_line, publicity_end "
                                    "FROM credit_event ORDER BY enterprise_id, event_date, id"
                                  : "SELECT enterprise_id, event_date, id, kind, points, red_line, publicity_end "
                                    "FROM credit_event WHERE enterprise_id = ? ORDER BY event_date, id");
    KindTable kinds;
    std::vector<Update> updates;
    QList<QPair<qint64, CreditResult>> exits;
    QList<CreditEventInput> list;
    Outcome outcome;
    bool eventPending = false;
    size_t nextTarget = 0;

    auto nextEnterprise = [&]() -> bool {
        if (full)
            return enterprises.step();
        while (nextTarget < targets.size()) {
            enterprises.reset();
            enterprises.bind(1, targets[nextTarget++]);
            if (enterprises.step())
                return true;
        }
        return false;
    };

    while (nextEnterprise()) {
        const qint64 id = enterprises.integer(0);
        if (!full) {
            events.reset();
            events.bind(1, id);
            eventPending = false;
        }
        list.clear();
        for (;;) {
            if (!eventPending && !events.step())
                break;
            eventPending = true;
            const qint64 owner = events.integer(0);
            if (owner < id)
                { eventPending = false; continue; } // an event of a deleted enterprise
            if (owner > id)
                break;
            CreditEventInput e;
            e.date = events.date(1);
            e.id = events.integer(2);
            int n = 0;
            const char *kind = events.text(3, &n);
            e.kind = kinds.intern(kind, n);
            e.storedPoints = int(events.integer(4));
            e.redLine = events.integer(5) != 0;
            e.publicityEnd = events.date(6);
            e.repairedOn = repaired.value(e.id);
            list.append(e);
            eventPending = false;
        }
        int n = 0;
        CreditFacts facts;
        const char *industry = enterprises.text(1, &n);
        facts.industryCode = industry ? QString::fromUtf8(industry, n) : QString();
        const char *status = enterprises.text(2, &n);
        facts.status = status ? QString::fromUtf8(status, n) : QString();
        const CreditResult r = CreditEngine::evaluate(book, facts, list, asOf, false);
        ++outcome.evaluated;

        const char *oldTier = enterprises.text(4, &n);
        const QByteArray tier = r.tier.toLatin1();
        const QByteArray next = isoBytes(r.nextChange);
        int oldNextSize = 0;
        const char *oldNext = enterprises.text(5, &oldNextSize);
        const bool same = !enterprises.isNull(3) && enterprises.integer(3) == r.score && oldTier && tier == QByteArray(oldTier)
            && (oldNext ? next == QByteArray(oldNext, oldNextSize) : next.isNull());
        if (!same)
            updates.push_back({id, r.score, tier, next});
        if (members.contains(id) && (r.redLineInForce || !r.eligible))
            exits.append({id, CreditEngine::evaluate(book, facts, list, asOf, true)});

        if (progress && (outcome.evaluated & 0xFFFF) == 0
            && !progress(int(80 * outcome.evaluated / qMax<qint64>(1, total))))
            throw DatabaseError(DatabaseError::Kind::Cancelled, tr("The credit recompute was cancelled; nothing was changed."));
    }

    Statement update(handle, "UPDATE enterprise SET credit_score = ?, credit_tier = ?, credit_as_of = ?, "
                             "credit_next_change = ? WHERE id = ?");
    const QByteArray asOfBytes = asOfText.toLatin1();
    for (const Update &u : updates) {
        update.reset();
        update.bind(1, u.score);
        update.bind(2, u.tier);
        update.bind(3, asOfBytes);
        update.bind(4, u.nextChange);
        update.bind(5, u.id);
        update.step();
    }
    outcome.changed = qint64(updates.size());

    for (const auto &[enterprise, result] : std::as_const(exits)) {
        const QDate on = result.redLineInForce ? result.redLineDate : asOf;
        const QString reason = result.redLineInForce
            ? tr("Red-line violation on %1: removed from the sandbox at once.").arg(result.redLineDate.toString(Qt::ISODate))
            : tr("No longer eligible: %1.").arg(result.ineligibleReasons.join(QStringLiteral("; ")));
        const qint64 membership = members.value(enterprise);
        Sql::exec(db, QStringLiteral("UPDATE sandbox_membership SET exited_on = max(entered_on, ?), exit_reason = ? WHERE id = ?"),
                  {on.toString(Qt::ISODate), reason, membership});
        AuditLog::record(db, {AuditLog::Action::Update, QStringLiteral("sandbox_membership"), membership, {},
                              QJsonObject{{QStringLiteral("exited_on"), on.toString(Qt::ISODate)},
                                          {QStringLiteral("exit_reason"), reason}}});
        ++outcome.sandboxExits;
    }
    Sql::exec(db, QStringLiteral("DELETE FROM credit_dirty"));
    AuditLog::recordBulk(db, QStringLiteral("enterprise"), outcome.changed,
                         QStringLiteral("credit recompute (%1) as of %2: %3 evaluated")
                             .arg(full ? QStringLiteral("full") : QStringLiteral("incremental"), asOfText)
                             .arg(outcome.evaluated));
    if (progress && !progress(95))
        throw DatabaseError(DatabaseError::Kind::Cancelled, tr("The credit recompute was cancelled; nothing was changed."));
    transaction.commit();
    return outcome;
}
