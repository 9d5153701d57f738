#include "CreditRecomputer.h"

#include <QJsonObject>

#include "CreditEngine.h"
#include "SandboxService.h"
#include "db/AuditLog.h"
#include "db/DatabaseError.h"
#include "db/DeferredIndexes.h"
#include "db/ScopedPragma.h"
#include "db/Sql.h"
#include "db/SqliteHandle.h"
#include "db/Transaction.h"

#include <QFile>
#include <QHash>
#include <QScopeGuard>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <exception>
#include <limits>
#include <optional>
#include <thread>
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
        // Julian day by integer arithmetic (Fliegel & Van Flandern): QDate's calendar
        // conversion was a visible cost over ten million events.
        const qint64 y = digits(0, 4), m = digits(5, 2), d = digits(8, 2);
        if (m < 1 || m > 12 || d < 1 || d > 31)
            return {};
        const qint64 a = (m - 14) / 12;
        const qint64 jd = (1461 * (y + 4800 + a)) / 4 + (367 * (m - 2 - 12 * a)) / 12 - (3 * ((y + 4900 + a) / 100)) / 4 + d - 32075;
        return QDate::fromJulianDay(jd);
    }

private:
    sqlite3_stmt *m_stmt = nullptr;
};

// Kinds and other codes repeat endlessly: map the bytes to an id (or a shared QString)
// once per distinct value instead of allocating per row.
class CodeTable
{
public:
    int intern(const char *text, int size, const CreditRuleBook &book)
    {
        const int i = find(text, size);
        return m_ids.at(size_t(i)) == kUnresolved ? (m_ids[size_t(i)] = book.kindId(m_strings.at(size_t(i)))) : m_ids.at(size_t(i));
    }
    QString string(const char *text, int size) { return text ? m_strings.at(size_t(find(text, size))) : QString(); }

private:
    static constexpr int kUnresolved = -2;
    int find(const char *text, int size)
    {
        for (size_t i = 0; i < m_bytes.size(); ++i) {
            if (m_bytes[i].size() == size && std::memcmp(m_bytes[i].constData(), text, size_t(size)) == 0)
                return int(i);
        }
        m_bytes.emplace_back(text, size);
        m_strings.push_back(QString::fromUtf8(m_bytes.back()));
        m_ids.push_back(kUnresolved);
        return int(m_bytes.size() - 1);
    }
    std::vector<QByteArray> m_bytes;
    std::vector<QString> m_strings;
    std::vector<int> m_ids;
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


// Reads enterprises and their events (a range of ids, or a list of targets), runs the
// engine and collects what must be written. Runs on any thread with its own handle.
class Scan
{
public:
    struct Shared
    {
        const CreditRuleBook &book;
        QDate asOf;
        const QHash<qint64, QDate> &repaired;
        const QHash<qint64, qint64> &members;
    };

    Scan(const Shared &shared, std::atomic<qint64> *done, std::atomic_bool *cancelled)
        : m_shared(shared), m_done(done), m_cancelled(cancelled) {}

    std::vector<Update> updates;
    QList<QPair<qint64, CreditResult>> exits;
    qint64 evaluated = 0;

    // Opens a read-only connection of its own when path is given, else uses handle.
    void runRange(sqlite3 *handle, const QString &path, qint64 from, qint64 to, const std::function<void()> &tick = {})
    {
        sqlite3 *own = nullptr;
        const auto closeOwn = qScopeGuard([&own] { sqlite3_close(own); });
        if (!path.isEmpty()) {
            if (sqlite3_open_v2(QFile::encodeName(path).constData(), &own, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr)
                != SQLITE_OK)
                throw DatabaseError(DatabaseError::Kind::CannotOpen, CreditRecomputer::tr("The credit recompute could not start."),
                                    QString::fromUtf8(sqlite3_errmsg(own)));
            sqlite3_busy_timeout(own, 5000);
            sqlite3_exec(own, "PRAGMA cache_size = -131072", nullptr, nullptr, nullptr);
            handle = own;
        }
        Statement enterprises(handle, "SELECT id, industry_code, status, credit_score, credit_tier, credit_next_change "
                                      "FROM enterprise WHERE id BETWEEN ? AND ? ORDER BY id");
        Statement events(handle, "SELECT enterprise_id, event_date, id, kind, points, red_line, publicity_end, publicity_class "
                                 "FROM credit_event WHERE enterprise_id BETWEEN ? AND ? ORDER BY enterprise_id, event_date, id");
        enterprises.bind(1, from);
        enterprises.bind(2, to);
        events.bind(1, from);
        events.bind(2, to);
        bool pending = false;
        while (enterprises.step()) {
            const qint64 id = enterprises.integer(0);
            m_list.clear();
            for (;;) {
                if (!pending && !events.step())
                    break;
                pending = true;
                const qint64 owner = events.integer(0);
                if (owner > id)
                    break;
                if (owner == id)
                    readEvent(events);
                pending = false; // consumed (or an orphan of a deleted enterprise)
            }
            evaluate(enterprises, id);
            if ((evaluated & 0x3FFF) == 0) {
                if (m_done)
                    *m_done += 0x4000;
                if (m_cancelled && *m_cancelled)
                    return;
                if (tick)
                    tick();
            }
        }
    }

    void runTargets(sqlite3 *handle, const QList<qint64> &targets)
    {
        Statement enterprises(handle, "SELECT id, industry_code, status, credit_score, credit_tier, credit_next_change "
                                      "FROM enterprise WHERE id = ?");
        Statement events(handle, "SELECT enterprise_id, event_date, id, kind, points, red_line, publicity_end, publicity_class "
                                 "FROM credit_event WHERE enterprise_id = ? ORDER BY event_date, id");
        for (const qint64 id : targets) {
            enterprises.reset();
            enterprises.bind(1, id);
            if (!enterprises.step())
                continue;
            events.reset();
            events.bind(1, id);
            m_list.clear();
            while (events.step())
                readEvent(events);
            evaluate(enterprises, id);
        }
    }

private:
    void readEvent(const Statement &events)
    {
        CreditEventInput e;
        e.date = events.date(1);
        e.id = events.integer(2);
        int n = 0;
        const char *kind = events.text(3, &n);
        e.kindId = m_kinds.intern(kind, n, m_shared.book);
        e.storedPoints = int(events.integer(4));
        e.redLine = events.integer(5) != 0;
        e.publicityEnd = events.date(6);
        const char *publicityClass = events.text(7, &n);
        if (n > 0)
            e.publicityClass = m_codes.string(publicityClass, n);
        if (!m_shared.repaired.isEmpty())
            e.repairedOn = m_shared.repaired.value(e.id);
        m_list.append(e);
    }

    void evaluate(const Statement &enterprises, qint64 id)
    {
        int n = 0;
        CreditFacts facts;
        const char *industry = enterprises.text(1, &n);
        facts.industryCode = m_codes.string(industry, n);
        const char *status = enterprises.text(2, &n);
        facts.status = m_codes.string(status, n);
        const CreditResult r = CreditEngine::evaluate(m_shared.book, facts, m_list, m_shared.asOf, false);
        ++evaluated;

        // Compared without building strings: a million rows mostly do not change.
        int tierSize = 0;
        const char *oldTier = enterprises.text(4, &tierSize);
        const bool sameTier = oldTier && tierSize == 1 && r.tier.size() == 1 && oldTier[0] == r.tier.at(0).toLatin1();
        const bool same = sameTier && !enterprises.isNull(3) && enterprises.integer(3) == r.score
            && enterprises.date(5) == r.nextChange;
        if (!same)
            updates.push_back({id, r.score, r.tier.toLatin1(), isoBytes(r.nextChange)});
        if (m_shared.members.contains(id) && (r.redLineInForce || !r.eligible))
            exits.append({id, CreditEngine::evaluate(m_shared.book, facts, m_list, m_shared.asOf, true)});
    }

    const Shared &m_shared;
    std::atomic<qint64> *m_done;
    std::atomic_bool *m_cancelled;
    CodeTable m_kinds;
    CodeTable m_codes;
    QList<CreditEventInput> m_list;
};
} // namespace

CreditRecomputer::Outcome CreditRecomputer::run(const QSqlDatabase &db, const CreditRuleBook &book, const QDate &asOf,
                                                Mode mode, const std::function<bool(int)> &progress, qint64 parallelFrom)
{
    sqlite3 *handle = SqliteHandle::of(db);
    if (!handle)
        throw DatabaseError(DatabaseError::Kind::Query, tr("The credit recompute needs a SQLite database."));
    const bool nested = sqlite3_get_autocommit(handle) == 0;
    const ScopedPragma cache(db, "cache_size", -256 * 1024); // KiB
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

    const bool full = mode == Mode::Full;
    // Only a full run needs the county's size (progress, the split, the rebuild choice).
    const qint64 total = full ? Sql::scalar(db, QStringLiteral("SELECT count(*) FROM enterprise")).toLongLong() : 0;

    Scan::Shared shared{book, asOf, repaired, members};
    std::vector<Update> updates;
    QList<QPair<qint64, CreditResult>> exits;
    Outcome outcome;
    const QString path = Sql::scalar(db, QStringLiteral("SELECT file FROM pragma_database_list WHERE name = 'main'")).toString();
    if (full && (nested || path.isEmpty() || total < parallelFrom)) {
        // Inside a caller's transaction other connections cannot see its writes; a
        // small county is not worth a second thread.
        Scan scan(shared, nullptr, nullptr);
        scan.runRange(handle, QString(), std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max());
        updates = std::move(scan.updates);
        exits = scan.exits;
        outcome.evaluated = scan.evaluated;
    } else if (full) {
        // Two halves of the id range, each read through its own read-only connection
        // on its own thread (WAL lets readers run beside our write transaction, and
        // nothing has been written yet). The machines we target have at least 2 cores.
        const qint64 split = Sql::scalar(db, QStringLiteral("SELECT id FROM enterprise ORDER BY id LIMIT 1 OFFSET ?"),
                                         {total / 2}).toLongLong();
        std::atomic_bool cancelled{false};
        std::atomic<qint64> done{0};
        Scan first(shared, &done, &cancelled);
        Scan second(shared, &done, &cancelled);
        std::exception_ptr failure;
        std::thread worker([&] {
            try {
                second.runRange(nullptr, path, split, std::numeric_limits<qint64>::max());
            } catch (...) {
                failure = std::current_exception();
                cancelled = true;
            }
        });
        try {
            first.runRange(nullptr, path, std::numeric_limits<qint64>::min(), split - 1, [&] {
                if (progress && !progress(int(80 * done.load() / qMax<qint64>(1, total))))
                    cancelled = true;
            });
        } catch (...) {
            cancelled = true;
            worker.join();
            throw;
        }
        worker.join();
        if (failure)
            std::rethrow_exception(failure);
        if (cancelled)
            throw DatabaseError(DatabaseError::Kind::Cancelled, tr("The credit recompute was cancelled; nothing was changed."));
        for (Scan *scan : {&first, &second}) {
            updates.insert(updates.end(), scan->updates.begin(), scan->updates.end());
            exits += scan->exits;
            outcome.evaluated += scan->evaluated;
        }
    } else {
        // Three small index lookups, merged here: as one UNION … ORDER BY, SQLite
        // chose to scan the whole enterprise table instead.
        QList<qint64> targets;
        for (const QString &sql : {QStringLiteral("SELECT enterprise_id FROM credit_dirty"),
                                   QStringLiteral("SELECT id FROM enterprise WHERE credit_next_change <= ?"),
                                   QStringLiteral("SELECT id FROM enterprise WHERE credit_score IS NULL")}) {
            QSqlQuery q = Sql::exec(db, sql, sql.contains(QLatin1Char('?')) ? QVariantList{asOfText} : QVariantList{});
            while (q.next())
                targets.append(q.value(0).toLongLong());
        }
        std::sort(targets.begin(), targets.end());
        targets.erase(std::unique(targets.begin(), targets.end()), targets.end());
        Scan scan(shared, nullptr, nullptr);
        scan.runTargets(handle, targets);
        updates = std::move(scan.updates);
        exits = scan.exits;
        outcome.evaluated = scan.evaluated;
    }

    // Rewriting most of the county: dropping the three indexes on the cached columns
    // and building them again is several times faster than updating them row by row.
    std::optional<DeferredIndexes> deferred;
    if (full && updates.size() > 20000 && qint64(updates.size()) * 4 > total)
        deferred.emplace(db, QStringLiteral("enterprise"),
                         QStringList{QStringLiteral("enterprise_tier"), QStringLiteral("enterprise_score"),
                                     QStringLiteral("enterprise_credit_next_change")});
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
    if (deferred)
        deferred->rebuild();

    for (const auto &[enterprise, result] : std::as_const(exits)) {
        const QDate on = result.redLineInForce ? result.redLineDate : asOf;
        const QString reason = SandboxService::exitReasonCode(result); // translated when shown
        const qint64 membership = members.value(enterprise);
        Sql::exec(db, QStringLiteral("UPDATE sandbox_membership SET exited_on = max(entered_on, ?), exit_reason = ? WHERE id = ?"),
                  {on.toString(Qt::ISODate), reason, membership});
        AuditLog::record(db, {AuditLog::Action::Update, QStringLiteral("sandbox_membership"), membership, {},
                              QJsonObject{{QStringLiteral("exited_on"), on.toString(Qt::ISODate)},
                                          {QStringLiteral("exit_reason"), reason}}});
        ++outcome.sandboxExits;
    }
    Sql::exec(db, QStringLiteral("DELETE FROM credit_dirty"));
    // An incremental run with nothing to do (every opening of the file) leaves no entry.
    if (full || outcome.evaluated > 0 || outcome.sandboxExits > 0)
        AuditLog::recordBulk(db, QStringLiteral("enterprise"), outcome.changed, QStringLiteral("credit.recompute"),
                             QJsonObject{{QStringLiteral("mode"), full ? QStringLiteral("full") : QStringLiteral("incremental")},
                                         {QStringLiteral("as_of"), asOfText}, {QStringLiteral("evaluated"), outcome.evaluated}});
    if (progress && !progress(95))
        throw DatabaseError(DatabaseError::Kind::Cancelled, tr("The credit recompute was cancelled; nothing was changed."));
    transaction.commit();
    return outcome;
}
