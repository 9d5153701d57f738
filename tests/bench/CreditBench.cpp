// Credit recompute at stress scale:
//   faircheck_credit_bench [--enterprises N] [--events N] [--db FILE] [--reps N]
// Builds (once) a database with N enterprises and M credit events spread over three
// years, then times a full recompute that rewrites every score, a full recompute with
// nothing to change, and an incremental recompute after one new event. Prints medians.

#include "credit/CreditLedger.h"
#include "credit/CreditRecomputer.h"
#include "credit/CreditRuleStore.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "db/SqliteHandle.h"
#include "util/SeededRandom.h"
#include "validation/Uscc.h"

#include "BenchSupport.h"
#include "modules/CoreModules.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTextStream>

#include <sqlite3.h>

#include <algorithm>
#include <functional>
#include <vector>

using BenchSupport::report;
using BenchSupport::timeMs;

namespace {

QTextStream &out = BenchSupport::out();

void build(const Database &db, qint64 enterprises, qint64 events)
{
    sqlite3 *h = SqliteHandle::of(db.connection());
    sqlite3_exec(h, "PRAGMA cache_size = -262144; BEGIN", nullptr, nullptr, nullptr);
    sqlite3_exec(h, "INSERT INTO industry (code, name) VALUES ('C33', '金属制品业'), ('C14', '食品制造业')", nullptr, nullptr, nullptr);
    sqlite3_stmt *e = nullptr;
    sqlite3_prepare_v2(h, "INSERT INTO enterprise (id, uscc, name, industry_code, status) VALUES (?, ?, ?, ?, 'active')", -1, &e, nullptr);
    for (qint64 i = 1; i <= enterprises; ++i) {
        QString body = QStringLiteral("MA");
        qint64 v = i;
        for (int k = 0; k < 6; ++k, v /= 31)
            body += Uscc::alphabet().at(int(v % 31));
        const QByteArray uscc = Uscc::compose(u'9', u'1', QStringLiteral("320987"), body).toLatin1();
        const QByteArray name = QStringLiteral("压测企业%1").arg(i).toUtf8();
        sqlite3_bind_int64(e, 1, i);
        sqlite3_bind_text(e, 2, uscc.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(e, 3, name.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(e, 4, i % 10 == 0 ? "C14" : "C33", -1, SQLITE_STATIC);
        sqlite3_step(e);
        sqlite3_reset(e);
    }
    sqlite3_finalize(e);
    const char *const kinds[] = {"clean_inspection", "clean_inspection", "clean_inspection", "rectified_finding",
                                 "invited_inspection", "honour", "minor_not_punished", "lenient_penalty",
                                 "standard_penalty", "verified_complaint", "heavier_penalty"};
    sqlite3_stmt *ev = nullptr;
    sqlite3_prepare_v2(h, "INSERT INTO credit_event (enterprise_id, event_date, kind, points, red_line) VALUES (?, ?, ?, 0, ?)",
                       -1, &ev, nullptr);
    SeededRandom rng(20261129);
    const QDate start(2023, 12, 1);
    for (qint64 i = 0; i < events; ++i) {
        const QByteArray date = start.addDays(rng.bounded(3 * 365)).toString(Qt::ISODate).toLatin1();
        sqlite3_bind_int64(ev, 1, 1 + qint64(rng.next() % quint64(enterprises)));
        sqlite3_bind_text(ev, 2, date.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(ev, 3, kinds[rng.bounded(11)], -1, SQLITE_STATIC);
        sqlite3_bind_int(ev, 4, rng.bounded(100000) == 0 ? 1 : 0);
        sqlite3_step(ev);
        sqlite3_reset(ev);
    }
    sqlite3_finalize(ev);
    sqlite3_exec(h, "DELETE FROM credit_dirty; COMMIT; PRAGMA cache_size = -2000", nullptr, nullptr, nullptr);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    CoreModules::install();
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("enterprises"), QStringLiteral("enterprises"), QStringLiteral("n"), QStringLiteral("1000000")},
                       {QStringLiteral("events"), QStringLiteral("credit events"), QStringLiteral("n"), QStringLiteral("10000000")},
                       {QStringLiteral("db"), QStringLiteral("database file"), QStringLiteral("file"), QStringLiteral("credit-bench.db")},
                       {QStringLiteral("reps"), QStringLiteral("repetitions"), QStringLiteral("n"), QStringLiteral("5")}});
    parser.process(app);
    const QString path = parser.value(QStringLiteral("db"));
    const int reps = qMax(1, parser.value(QStringLiteral("reps")).toInt());
    if (!QFileInfo::exists(path)) {
        const Database db = Database::open(path);
        const double ms = timeMs([&] {
            build(db, parser.value(QStringLiteral("enterprises")).toLongLong(), parser.value(QStringLiteral("events")).toLongLong());
        });
        out << QStringLiteral("built %1 in %2 s").arg(path).arg(ms / 1000, 0, 'f', 1) << Qt::endl;
    }
    const Database db = Database::open(path, Database::OpenMode::ExistingOnly);
    const QSqlDatabase sql = db.connection();
    const CreditRuleBook book = CreditRuleStore::load(sql);
    out << QStringLiteral("enterprises %1, credit events %2")
               .arg(Sql::scalar(sql, QStringLiteral("SELECT count(*) FROM enterprise")).toLongLong())
               .arg(Sql::scalar(sql, QStringLiteral("SELECT count(*) FROM credit_event")).toLongLong())
        << Qt::endl;
    const QDate asOf(2026, 11, 29);

    std::vector<double> first, rewrite, steady, incremental;
    for (int i = 0; i < reps; ++i) {
        // A county never scored: every row grows by its credit columns.
        Sql::exec(sql, QStringLiteral("UPDATE enterprise SET credit_score = NULL, credit_tier = NULL, credit_as_of = NULL, "
                                      "credit_next_change = NULL"));
        first.push_back(timeMs([&] { CreditRecomputer::run(sql, book, asOf, CreditRecomputer::Mode::Full); }));
        // Every score different from the cached one (as after a rule change).
        Sql::exec(sql, QStringLiteral("UPDATE enterprise SET credit_score = credit_score + 1"));
        rewrite.push_back(timeMs([&] { CreditRecomputer::run(sql, book, asOf, CreditRecomputer::Mode::Full); }));
        steady.push_back(timeMs([&] { CreditRecomputer::run(sql, book, asOf, CreditRecomputer::Mode::Full); }));
    }
    report(QStringLiteral("full, first scoring of an unscored county"), first);
    report(QStringLiteral("full, every score changed"), rewrite);
    report(QStringLiteral("full, nothing changed"), steady);
    for (int i = 0; i < std::max(reps, 7); ++i) {
        CreditLedger::addEvent(sql, book, 1 + i, asOf, QStringLiteral("honour"), QStringLiteral("bench"));
        incremental.push_back(timeMs([&] { CreditRecomputer::run(sql, book, asOf, CreditRecomputer::Mode::Incremental); }));
    }
    report(QStringLiteral("incremental, one enterprise changed"), incremental);
    out << QStringLiteral("tiers:");
    QSqlQuery tiers = Sql::exec(sql, QStringLiteral("SELECT credit_tier, count(*) FROM enterprise GROUP BY 1"));
    while (tiers.next())
        out << ' ' << tiers.value(0).toString() << '=' << tiers.value(1).toLongLong();
    out << Qt::endl;
    return 0;
}
