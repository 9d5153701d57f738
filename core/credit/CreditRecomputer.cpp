#include "CreditRecomputer.h"

#include <QJsonObject>

#include "CreditEngine.h"
#include "SandboxStore.h"
#include "db/AuditLog.h"
#include "db/DatabaseError.h"
#include "db/DeferredIndexes.h"
#include "db/ScopedPragma.h"
#include "db/Sql.h"
#include "db/SqliteHandle.h"
#include "db/SqliteReadConnection.h"
#include "db/SqliteStatement.h"
#include "db/Transaction.h"

#include <QHash>
#include <QScopeGuard>
#include <QSqlQuery>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <exception>
#include <limits>
#include <optional>
#include <thread>
#include <vector>

namespace {


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
        std::optional<SqliteReadConnection> own;
        if (!path.isEmpty()) {
            own.emplace(path, 128 * 1024);
            handle = own->handle();
        }
        SqliteStatement enterprises(handle, QStringLiteral("SELECT id, industry_code, status, credit_score, credit_tier, credit_next_change "
                                      "FROM enterprise WHERE id BETWEEN ? AND ? ORDER BY id"));
        SqliteStatement events(handle, QStringLiteral("SELECT enterprise_id, event_date, id, kind, points, red_line, publicity_end, publicity_class "
                                 "FROM credit_event WHERE enterprise_id BETWEEN ? AND ? ORDER BY enterprise_id, event_date, id"));
        enterprises.bind(1, from);
        enterprises.bind(2, to);
        events.bind(1, from);
        events.bind(2, to);
        bool pending = false;
        while (enterprises.next()) {
            const qint64 id = enterprises.integer(0);
            m_list.clear();
            for (;;) {
                if (!pending && !events.next())
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
        SqliteStatement enterprises(handle, QStringLiteral("SELECT id, industry_code, status, credit_score, credit_tier, credit_next_change "
                                      "FROM enterprise WHERE id = ?"));
        SqliteStatement events(handle, QStringLiteral("SELECT enterprise_id, event_date, id, kind, points, red_line, publicity_end, publicity_class "
                                 "FROM credit_event WHERE enterprise_id = ? ORDER BY event_date, id"));
        for (const qint64 id : targets) {
            enterprises.reset();
            enterprises.bind(1, id);
            if (!enterprises.next())
                continue;
            events.reset();
            events.bind(1, id);
            m_list.clear();
            while (events.next())
                readEvent(events);
            evaluate(enterprises, id);
        }
    }

private:
    void readEvent(const SqliteStatement &events)
    {
        CreditEventInput e;
        e.date = events.isoDate(1);
        e.id = events.integer(2);
        const QByteArrayView kind = events.bytes(3);
        e.kindId = m_kinds.intern(kind.data(), int(kind.size()), m_shared.book);
        e.storedPoints = int(events.integer(4));
        e.redLine = events.integer(5) != 0;
        e.publicityEnd = events.isoDate(6);
        const QByteArrayView publicityClass = events.bytes(7);
        if (!publicityClass.isEmpty())
            e.publicityClass = m_codes.string(publicityClass.data(), int(publicityClass.size()));
        if (!m_shared.repaired.isEmpty())
            e.repairedOn = m_shared.repaired.value(e.id);
        m_list.append(e);
    }

    void evaluate(const SqliteStatement &enterprises, qint64 id)
    {
        CreditFacts facts;
        const QByteArrayView industry = enterprises.bytes(1);
        facts.industryCode = m_codes.string(industry.data(), int(industry.size()));
        const QByteArrayView status = enterprises.bytes(2);
        facts.status = m_codes.string(status.data(), int(status.size()));
        const CreditResult r = CreditEngine::evaluate(m_shared.book, facts, m_list, m_shared.asOf, false);
        ++evaluated;

        // Compared without building strings: a million rows mostly do not change.
        const QByteArrayView oldTier = enterprises.bytes(4);
        const bool sameTier = oldTier.size() == 1 && r.tier.size() == 1 && oldTier[0] == r.tier.at(0).toLatin1();
        const bool same = sameTier && !enterprises.isNull(3) && enterprises.integer(3) == r.score
            && enterprises.isoDate(5) == r.nextChange;
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
    const bool nested = SqliteHandle::inTransaction(db);
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
    SqliteStatement update(handle, QStringLiteral("UPDATE enterprise SET credit_score = ?, credit_tier = ?, credit_as_of = ?, "
                             "credit_next_change = ? WHERE id = ?"));
    const QByteArray asOfBytes = asOfText.toLatin1();
    for (const Update &u : updates) {
        update.reset();
        update.bind(1, u.score);
        update.bind(2, u.tier);
        update.bind(3, asOfBytes);
        update.bind(4, u.nextChange);
        update.bind(5, u.id);
        update.next();
    }
    outcome.changed = qint64(updates.size());
    if (deferred)
        deferred->rebuild();

    for (const auto &[enterprise, result] : std::as_const(exits)) {
        const QDate on = result.redLineInForce ? result.redLineDate : asOf;
        const QString reason = SandboxStore::exitReasonCode(result); // translated when shown
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
