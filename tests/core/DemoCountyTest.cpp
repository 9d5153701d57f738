#include "TestSupport.h"

#include "db/Database.h"
#include "db/DatabaseError.h"
#include "util/Refusal.h"
#include "db/IntegrityChecker.h"
#include "db/Sql.h"
#include "demo/DemoCountyGenerator.h"
#include "validation/ResidentId.h"
#include "validation/Uscc.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {

const QDate kAsOf(2026, 11, 29);

// A digest of every row of every table except the audit trail (the log, its chain head
// and the captured changes) and the columns that record when a row was written.
QByteArray contentDigest(const Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery tables = Sql::exec(db.connection(), QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('audit_log', 'change_log') "
        "AND name NOT LIKE 'discretion_search%' ORDER BY name")); // the search index is derived
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    for (const QString &table : std::as_const(names)) {
        // The audit chain's head is part of the audit log, which records when it was written.
        const QString where = table == u"setting" ? QStringLiteral(" WHERE key <> 'audit.head'") : QString();
        QSqlQuery rows = Sql::exec(db.connection(), QStringLiteral("SELECT * FROM %1%2 ORDER BY rowid").arg(table, where));
        hash.addData(table.toUtf8());
        while (rows.next()) {
            const QSqlRecord record = rows.record();
            for (int i = 0; i < record.count(); ++i) {
                if (record.fieldName(i) != u"created_at")
                    hash.addData(rows.value(i).toString().toUtf8() + '\x1f');
            }
        }
    }
    return hash.result().toHex();
}

DemoOptions options(quint64 seed, int enterprises)
{
    DemoOptions o;
    o.seed = seed;
    o.enterprises = enterprises;
    o.asOf = kAsOf;
    return o;
}

int count(const Database &db, const QString &sql)
{
    return Sql::scalar(db.connection(), sql).toInt();
}

} // namespace

TEST_CASE("The demo county is a realistic county with history in every module", "[demo]")
{
    QTemporaryDir dir;
    Database db = Database::open(dir.filePath(QStringLiteral("demo.db")));
    const auto summary = DemoCountyGenerator::generate(db, options(1, 1800));
    CHECK(summary.enterprises == 1800);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM township")) == 17);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM justice_office")) == 17);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM department")) == 29);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM enterprise")) == 1800);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM department WHERE name = '清溪县市场监督管理局'")) == 1);

    // Every module has history spread over the 18 months.
    const QStringList modules = {
        QStringLiteral("SELECT count(DISTINCT substr(visit_date, 1, 7)) FROM visit"),
        QStringLiteral("SELECT count(DISTINCT substr(decided_on, 1, 7)) FROM penalty_case"),
        QStringLiteral("SELECT count(DISTINCT substr(received_at, 1, 7)) FROM hotline_order"),
        QStringLiteral("SELECT count(DISTINCT substr(held_on, 1, 7)) FROM training_session"),
        QStringLiteral("SELECT count(DISTINCT substr(event_date, 1, 7)) FROM credit_event"),
    };
    for (const QString &sql : modules) {
        INFO(sql.toStdString());
        CHECK(count(db, sql) >= 17);
    }
    for (const char *table : {"officer", "inspection_item", "finding", "satisfaction_rating", "sandbox_membership",
                              "credit_repair", "clue", "clue_step", "case_review", "officer_score_event", "forum",
                              "enterprise_request", "discretion_item", "discretion_band", "officer_conflict", "duty_list_item"}) {
        INFO(table);
        CHECK(count(db, QStringLiteral("SELECT count(*) FROM %1").arg(QString::fromLatin1(table))) > 0);
    }
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM visit WHERE visit_date > '2026-11-29'")) == 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM visit WHERE visit_date < '2025-06-01'")) == 0);
    // Joint visits exist, and the sandbox has seen an exit for a red line.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM (SELECT visit_id FROM inspection_task GROUP BY visit_id HAVING count(*) > 1)")) > 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM sandbox_membership WHERE exited_on IS NOT NULL")) >= 1);

    // The data passes the program's own checks, USCCs and ID numbers included.
    const IntegrityChecker::Report report = IntegrityChecker::run(db.connection());
    for (const auto &p : report.problems)
        UNSCOPED_INFO(p.check.toStdString() << ": " << p.message.toStdString());
    CHECK(report.ok());
    QSqlQuery people = Sql::exec(db.connection(), QStringLiteral("SELECT legal_representative_id FROM enterprise LIMIT 200"));
    while (people.next())
        REQUIRE(ResidentId::validate(people.value(0).toString(), kAsOf).valid);
}

TEST_CASE("The demo county's benchmark is a county's size, and a one-enterprise demo still builds", "[demo]")
{
    QTemporaryDir dir;
    Database db = Database::open(dir.filePath(QStringLiteral("tiny.db")));
    // A forum's requests are raised by different attendees: one enterprise cannot raise two.
    const auto summary = DemoCountyGenerator::generate(db, options(4, 1));
    CHECK(summary.enterprises == 1);
    // Hundreds of items in every strand: each of the 29 departments has some, red lines
    // and the lenient list among them, with bands.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM discretion_item")) >= 600);
    CHECK(count(db, QStringLiteral("SELECT count(DISTINCT department_id) FROM discretion_item")) == 29);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM discretion_item WHERE red_line = 1")) >= 150);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM discretion_item i JOIN discretion_list l ON l.id = i.list_id "
                                   "WHERE l.kind = 'lenient'")) >= 150);
    // Only the lenient list's items offer no penalty; no red-line item offers a lenient band.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM discretion_band b JOIN discretion_item i ON i.id = b.item_id "
                                   "JOIN discretion_list l ON l.id = i.list_id WHERE b.band = 'no_penalty' AND l.kind <> 'lenient'")) == 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM discretion_band b JOIN discretion_item i ON i.id = b.item_id "
                                   "WHERE i.red_line = 1 AND b.band IN ('no_penalty', 'reduced')")) == 0);
    CHECK(IntegrityChecker::run(db.connection()).ok());
}

TEST_CASE("The demo county is deterministic for a seed", "[demo]")
{
    QTemporaryDir dir;
    QByteArray digests[3];
    const quint64 seeds[3] = {42, 42, 43};
    for (int i = 0; i < 3; ++i) {
        Database db = Database::open(dir.filePath(QStringLiteral("d%1.db").arg(i)));
        DemoCountyGenerator::generate(db, options(seeds[i], 300));
        digests[i] = contentDigest(db);
    }
    CHECK(digests[0] == digests[1]);
    CHECK(digests[0] != digests[2]);
}

TEST_CASE("The demo is refused on a database that holds data, and changes nothing", "[demo]")
{
    QTemporaryDir dir;
    Database db = Database::open(dir.filePath(QStringLiteral("full.db")));
    DemoCountyGenerator::generate(db, options(1, 50));
    const QByteArray before = contentDigest(db);
    try {
        DemoCountyGenerator::generate(db, options(2, 50));
        FAIL("a second demo was accepted");
    } catch (const Refusal &error) {
    }
    CHECK(contentDigest(db) == before);
}

TEST_CASE("Cancelling the demo leaves the database empty", "[demo]")
{
    QTemporaryDir dir;
    Database db = Database::open(dir.filePath(QStringLiteral("cancel.db")));
    DemoOptions o = options(1, 500);
    o.progress = [](int percent, const QString &) { return percent < 70; };
    CHECK_THROWS_AS(DemoCountyGenerator::generate(db, o), DatabaseError);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM enterprise")) == 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM township")) == 0);
}

TEST_CASE("Demo options out of range are refused", "[demo]")
{
    QTemporaryDir dir;
    Database db = Database::open(dir.filePath(QStringLiteral("range.db")));
    CHECK_THROWS_AS(DemoCountyGenerator::generate(db, options(1, 0)), Refusal);
    CHECK_THROWS_AS(DemoCountyGenerator::generate(db, options(1, DemoCountyGenerator::MaxEnterprises + 1)), Refusal);
}
