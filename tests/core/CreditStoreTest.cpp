#include "TestSupport.h"

#include "credit/CreditLedger.h"
#include "credit/PublicityDomains.h"
#include "db/AuditLog.h"
#include "credit/CreditRecomputer.h"
#include "credit/CreditRepairStore.h"
#include "credit/CreditStore.h"
#include "credit/CreditRuleStore.h"
#include "credit/SandboxStore.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "db/Migrator.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "demo/DemoCountyGenerator.h"
#include "util/Refusal.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <sqlite3.h>

namespace {

const QDate kAsOf(2026, 11, 29);

struct County
{
    QTemporaryDir dir;
    Database db = Database::open(dir.filePath(QStringLiteral("credit.db")));
    explicit County(int enterprises = 400)
    {
        TestSupport::demo(db, 11, enterprises, kAsOf);
    }
    QSqlDatabase sql() const { return db.connection(); }
    QVariant scalar(const QString &query, const QVariantList &binds = {}) const { return Sql::scalar(sql(), query, binds); }
};

qint64 plainEnterprise(const County &c)
{
    // An active enterprise in a non-excluded industry with no events at all.
    return c.scalar(QStringLiteral(
        "SELECT e.id FROM enterprise e JOIN industry i ON i.code = e.industry_code WHERE e.status = 'active' "
        "AND i.excluded_from_sandbox = 0 AND NOT EXISTS (SELECT 1 FROM credit_event x WHERE x.enterprise_id = e.id) "
        "AND NOT EXISTS (SELECT 1 FROM sandbox_membership s WHERE s.enterprise_id = e.id) ORDER BY e.id LIMIT 1")).toLongLong();
}

// A version-1 file exactly as the first release wrote it, with one enterprise.
void writeSchema1File(const QString &path)
{
    sqlite3 *raw = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &raw) == SQLITE_OK);
    QFile script(QStringLiteral(":/faircheck/schema/001_initial.sql"));
    REQUIRE(script.open(QIODevice::ReadOnly));
    for (const QString &statement : Migrator::statements(QString::fromUtf8(script.readAll())))
        REQUIRE(sqlite3_exec(raw, statement.toUtf8().constData(), nullptr, nullptr, nullptr) == SQLITE_OK);
    const QByteArray pragmas = "PRAGMA application_id = " + QByteArray::number(Database::ApplicationId)
        + "; PRAGMA user_version = 1; INSERT INTO enterprise (uscc, name) VALUES ('91330100799655058B', '老数据公司');";
    REQUIRE(sqlite3_exec(raw, pragmas.constData(), nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(raw);
}

} // namespace

TEST_CASE("Schema 1 databases are migrated to the current version", "[db][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.db"));
    writeSchema1File(path);
    const QString backupPath = Database::preMigrationBackupPath(path, 1);
    REQUIRE_FALSE(QFile::exists(backupPath));
    Database db = Database::open(path, Database::OpenMode::ExistingOnly);
    CHECK(db.schemaVersion() == Migrator::currentVersion());
    CHECK(Sql::scalar(db.connection(), QStringLiteral("SELECT name FROM enterprise")).toString() == QStringLiteral("老数据公司"));
    // Schema 11 wrote the old file's IN-list checks out as comparisons.
    CHECK(Sql::scalar(db.connection(), QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'enterprise'")).toString()
              .contains(QStringLiteral("CHECK (credit_tier = 'A' OR credit_tier = 'B' OR credit_tier = 'C' OR credit_tier = 'D')")));
    // Schema 12 turned the USCC's UNIQUE constraint into the index enterprise_uscc, over
    // the same pages: the old row is found through it and a second one is refused.
    CHECK(Sql::scalar(db.connection(), QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'enterprise_uscc'")).toString()
          == u"CREATE UNIQUE INDEX enterprise_uscc ON enterprise(uscc)");
    CHECK(Sql::scalar(db.connection(), QStringLiteral("SELECT name FROM enterprise INDEXED BY enterprise_uscc WHERE uscc = '91330100799655058B'"))
              .toString() == QStringLiteral("老数据公司"));
    CHECK_THROWS_AS(Sql::exec(db.connection(), QStringLiteral("INSERT INTO enterprise (uscc, name) VALUES ('91330100799655058B', '又一家')")), DatabaseError);
    CHECK(Sql::scalar(db.connection(), QStringLiteral("PRAGMA integrity_check")).toString() == u"ok");
    // Audit entries written before the chain existed joined it at the upgrade.
    CHECK(AuditLog::verify(db.connection()).ok);
    // The copy taken before the upgrade is the old file, still at schema 1, with its data.
    sqlite3 *raw = nullptr;
    REQUIRE(sqlite3_open_v2(QFile::encodeName(backupPath).constData(), &raw, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt *statement = nullptr;
    REQUIRE(sqlite3_prepare_v2(raw, "SELECT (SELECT user_version FROM pragma_user_version), (SELECT name FROM enterprise)", -1, &statement, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(statement) == SQLITE_ROW);
    CHECK(sqlite3_column_int(statement, 0) == 1);
    CHECK(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 1))) == QStringLiteral("老数据公司"));
    sqlite3_finalize(statement);
    sqlite3_close(raw);
    CHECK(Sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM credit_dirty")).toInt() == 0);
    // The v2 triggers work on migrated data.
    Sql::exec(db.connection(), QStringLiteral("UPDATE enterprise SET status = 'revoked'"));
    CHECK(Sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM credit_dirty")).toInt() == 1);
}

TEST_CASE("An old file whose pre-upgrade backup cannot be written is refused unchanged", "[db][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.db"));
    writeSchema1File(path);
    const QByteArray before = TestSupport::fileDigest(path);
    // A non-empty folder where the backup must go: the rename over it fails even for root.
    const QString backupPath = Database::preMigrationBackupPath(path, 1);
    REQUIRE(QDir().mkpath(backupPath + QStringLiteral("/occupied")));
    CHECK_THROWS_AS(Database::open(path, Database::OpenMode::ExistingOnly), DatabaseError);
    CHECK(TestSupport::fileDigest(path) == before);
}

TEST_CASE("Nested transactions become savepoints", "[db]")
{
    QTemporaryDir dir;
    Database db = Database::open(dir.filePath(QStringLiteral("nested.db")));
    Transaction outer(db.connection());
    Sql::exec(db.connection(), QStringLiteral("INSERT INTO township (code, name) VALUES ('1', 'a')"));
    {
        Transaction inner(db.connection());
        Sql::exec(db.connection(), QStringLiteral("INSERT INTO township (code, name) VALUES ('2', 'b')"));
    } // rolled back
    {
        Transaction inner(db.connection());
        Sql::exec(db.connection(), QStringLiteral("INSERT INTO township (code, name) VALUES ('3', 'c')"));
        inner.commit();
    }
    outer.commit();
    CHECK(Sql::scalar(db.connection(), QStringLiteral("SELECT group_concat(code) FROM township")).toString() == u"1,3");
}

TEST_CASE("Rule versions: a bad file is refused and the old rules kept", "[credit][rules]")
{
    County c(50);
    const CreditRuleBook before = CreditRuleStore::load(c.sql());
    REQUIRE(before.versions().size() == 1);
    QJsonObject root = QJsonDocument::fromJson(CreditRuleSet::defaultJson()).object();
    root.insert(QStringLiteral("version"), 2);
    root.insert(QStringLiteral("effectiveFrom"), QStringLiteral("2027-01-01"));
    QJsonObject sandbox = root.value(u"sandbox").toObject();
    sandbox.insert(QStringLiteral("minScore"), QStringLiteral("high"));
    root.insert(QStringLiteral("sandbox"), sandbox);
    try {
        CreditRuleStore::addVersion(c.sql(), QJsonDocument(root).toJson(), QStringLiteral("v2.json"));
        FAIL("the bad rules were accepted");
    } catch (const Error &error) {
        CHECK(error.message().contains(u"sandbox.minScore"));
        CHECK(error.message().contains(u"v2.json"));
    }
    CHECK(CreditRuleStore::load(c.sql()).versions().size() == 1);

    sandbox.insert(QStringLiteral("minScore"), 110);
    root.insert(QStringLiteral("sandbox"), sandbox);
    root.insert(QStringLiteral("version"), 1);
    CHECK_THROWS_AS(CreditRuleStore::addVersion(c.sql(), QJsonDocument(root).toJson(), QStringLiteral("v1b")), Refusal);
    root.insert(QStringLiteral("version"), 2);
    const CreditRuleSet v2 = CreditRuleStore::addVersion(c.sql(), QJsonDocument(root).toJson(), QStringLiteral("v2.json"));
    CHECK(v2.sandboxMinScore == 110);
    const CreditRuleBook after = CreditRuleStore::load(c.sql());
    CHECK(after.versions().size() == 2);
    CHECK(after.forDate(QDate(2027, 1, 1)).version == 2);
    // Every cached score now knows it may change when v2 takes effect.
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM enterprise WHERE credit_next_change > '2027-01-01'")).toInt() == 0);
}

TEST_CASE("Full recompute caches exactly what the engine says", "[credit]")
{
    County c;
    const CreditRuleBook book = CreditRuleStore::load(c.sql());
    Sql::exec(c.sql(), QStringLiteral("UPDATE enterprise SET credit_score = NULL, credit_tier = NULL"));
    // Both ways of reading: one thread, and two threads splitting the id range.
    const qint64 parallelFrom = GENERATE(as<qint64>{}, 1, 1000000);
    const auto outcome = CreditRecomputer::run(c.sql(), book, kAsOf, CreditRecomputer::Mode::Full, {}, parallelFrom);
    CHECK(outcome.evaluated == 400);
    CHECK(outcome.changed == 400);
    const CreditStore repository(c.sql());
    QSqlQuery rows = Sql::exec(c.sql(), QStringLiteral("SELECT id, credit_score, credit_tier, credit_next_change FROM enterprise"));
    int checked = 0;
    while (rows.next()) {
        const CreditResult r = repository.evaluate(book, rows.value(0).toLongLong(), kAsOf);
        REQUIRE(rows.value(1).toInt() == r.score);
        REQUIRE(rows.value(2).toString() == r.tier);
        REQUIRE(QDate::fromString(rows.value(3).toString(), Qt::ISODate) == r.nextChange);
        ++checked;
    }
    CHECK(checked == 400);
    // Nothing changed since: a second run writes nothing.
    CHECK(CreditRecomputer::run(c.sql(), book, kAsOf, CreditRecomputer::Mode::Full).changed == 0);
}

TEST_CASE("Incremental recompute touches only what changed", "[credit]")
{
    County c;
    const CreditRuleBook book = CreditRuleStore::load(c.sql());
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM credit_dirty")).toInt() == 0);
    const qint64 id = plainEnterprise(c);
    REQUIRE(id > 0);
    CreditLedger::addEvent(c.sql(), book, id, kAsOf.addDays(-3), QStringLiteral("standard_penalty"), QStringLiteral("测试"));
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM credit_dirty")).toInt() == 1);
    const auto outcome = CreditRecomputer::run(c.sql(), book, kAsOf, CreditRecomputer::Mode::Incremental);
    CHECK(outcome.evaluated == 1);
    CHECK(outcome.changed == 1);
    CHECK(c.scalar(QStringLiteral("SELECT credit_score FROM enterprise WHERE id = ?"), {id}).toInt() == 90);
    CHECK(c.scalar(QStringLiteral("SELECT credit_tier FROM enterprise WHERE id = ?"), {id}).toString() == u"B");
    // The day after the penalty's last day of publicity, the enterprise is due again without a new event.
    const QDate end = kAsOf.addDays(-3).addMonths(12).addDays(1);
    const auto later = CreditRecomputer::run(c.sql(), book, end, CreditRecomputer::Mode::Incremental);
    CHECK(later.evaluated >= 1);
    CHECK(c.scalar(QStringLiteral("SELECT credit_score FROM enterprise WHERE id = ?"), {id}).toInt() == 100);
}

TEST_CASE("Sandbox: admission by decision, exit at once on a red line", "[credit][sandbox]")
{
    County c;
    const CreditRuleBook book = CreditRuleStore::load(c.sql());
    const qint64 id = plainEnterprise(c);
    CHECK_THROWS_AS(SandboxStore::admit(c.sql(), book, id, kAsOf, QStringLiteral("D-1")), Refusal); // 100 < 105
    CreditLedger::addEvent(c.sql(), book, id, kAsOf.addMonths(-2), QStringLiteral("honour"), QStringLiteral("表彰"));
    CreditRecomputer::run(c.sql(), book, kAsOf, CreditRecomputer::Mode::Incremental);
    const auto proposals = SandboxStore::propose(c.sql(), book, kAsOf);
    CHECK(std::any_of(proposals.cbegin(), proposals.cend(), [id](const auto &p) { return p.enterpriseId == id && p.score == 105; }));
    CHECK_THROWS_AS(SandboxStore::admit(c.sql(), book, id, kAsOf, QString()), Refusal); // no decision number
    SandboxStore::admit(c.sql(), book, id, kAsOf.addDays(-30), QStringLiteral("清信沙盒〔2026〕9号"));
    CHECK_THROWS_AS(SandboxStore::admit(c.sql(), book, id, kAsOf, QStringLiteral("again")), Refusal);
    const auto members = SandboxStore::members(c.sql(), kAsOf);
    CHECK(std::any_of(members.cbegin(), members.cend(), [id](const auto &m) { return m.enterpriseId == id; }));

    CreditLedger::addEvent(c.sql(), book, id, kAsOf.addDays(-1), QStringLiteral("red_line_violation"), QStringLiteral("红线"));
    const auto outcome = CreditRecomputer::run(c.sql(), book, kAsOf, CreditRecomputer::Mode::Incremental);
    CHECK(outcome.sandboxExits == 1);
    const auto exits = SandboxStore::exits(c.sql(), kAsOf.addDays(-1), kAsOf);
    REQUIRE(std::any_of(exits.cbegin(), exits.cend(), [id](const auto &m) { return m.enterpriseId == id; }));
    // Stored as a code with its date, shown in the reader's language.
    const QString stored = c.scalar(QStringLiteral("SELECT exit_reason FROM sandbox_membership WHERE enterprise_id = ?"), {id}).toString();
    CHECK(stored.contains(u"red_line"));
    CHECK(SandboxStore::exitReasonText(stored)
          == SandboxStore::tr("Red-line violation on %1: removed from the sandbox at once.").arg(kAsOf.addDays(-1).toString(Qt::ISODate)));
    // A sentence stored by an older version is shown as it is.
    CHECK(SandboxStore::exitReasonText(QStringLiteral("旧的退出原因")) == u"旧的退出原因");
    CHECK(c.scalar(QStringLiteral("SELECT credit_tier FROM enterprise WHERE id = ?"), {id}).toString() == u"D");
}

TEST_CASE("Credit repair: not before the minimum period — a grant lifts the penalty", "[credit][repair]")
{
    County c;
    const CreditRuleBook book = CreditRuleStore::load(c.sql());
    const qint64 id = plainEnterprise(c);
    const QDate decided(2026, 5, 31);
    const qint64 event = CreditLedger::addEvent(c.sql(), book, id, decided, QStringLiteral("standard_penalty"), QStringLiteral("处罚"));
    // 2026-05-31 + 3 months ends 2026-08-31, a day that still counts: applications from 2026-09-01.
    CHECK_THROWS_AS(CreditRepairStore::apply(c.sql(), book, event, QDate(2026, 8, 31)), Refusal);
    const qint64 repair = CreditRepairStore::apply(c.sql(), book, event, QDate(2026, 9, 1));
    CHECK_THROWS_AS(CreditRepairStore::apply(c.sql(), book, event, QDate(2026, 9, 2)), Refusal); // pending
    CreditRecomputer::run(c.sql(), book, kAsOf, CreditRecomputer::Mode::Incremental);
    CHECK(c.scalar(QStringLiteral("SELECT credit_score FROM enterprise WHERE id = ?"), {id}).toInt() == 90);
    CreditRepairStore::decide(c.sql(), repair, true, QDate(2026, 9, 10), QStringLiteral("修复〔2026〕1号"));
    CHECK_THROWS_AS(CreditRepairStore::decide(c.sql(), repair, false, QDate(2026, 9, 11), QStringLiteral("x")), Refusal);
    CreditRecomputer::run(c.sql(), book, kAsOf, CreditRecomputer::Mode::Incremental);
    CHECK(c.scalar(QStringLiteral("SELECT credit_score FROM enterprise WHERE id = ?"), {id}).toInt() == 100);
}

TEST_CASE("Ledger: manual events need a reason and are audited — sources are read once", "[credit]")
{
    County c(100);
    const CreditRuleBook book = CreditRuleStore::load(c.sql());
    const qint64 id = plainEnterprise(c);
    CHECK_THROWS_AS(CreditLedger::addEvent(c.sql(), book, id, kAsOf, QStringLiteral("manual"), QStringLiteral(" "), 3), Refusal);
    CHECK_THROWS_AS(CreditLedger::addEvent(c.sql(), book, id, kAsOf, QStringLiteral("bonus"), QStringLiteral("x")), Refusal);
    const qint64 event = CreditLedger::addEvent(c.sql(), book, id, kAsOf, QStringLiteral("manual"), QStringLiteral("纠正录入错误"), 3);
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'credit_event' AND row_id = ?"), {event}).toInt() == 1);
    const qint64 events = c.scalar(QStringLiteral("SELECT count(*) FROM credit_event")).toLongLong();
    CHECK(CreditLedger::syncFromSources(c.sql(), book) == 0);
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM credit_event")).toLongLong() == events);
}

TEST_CASE("Penalties in the safety domains get the one-year class from the data, and repair waits for it", "[credit][repair]")
{
    County c;
    const CreditRuleBook book = CreditRuleStore::load(c.sql());
    const PublicityDomains domains = PublicityDomains::builtIn();
    CHECK(domains.classify(QStringLiteral("清溪县应急管理局"), QStringLiteral("YJ-03"), QStringLiteral("未按规定开展安全培训")) == u"safety");
    CHECK(domains.classify(QStringLiteral("清溪县市场监督管理局"), QStringLiteral("SC-09"), QStringLiteral("使用未经检验的特种设备")) == u"safety");
    CHECK(domains.classify(QStringLiteral("清溪县市场监督管理局"), QStringLiteral("SC-01"), QStringLiteral("未按规定建立进货查验记录")).isEmpty());

    // A standard penalty by the county's emergency management bureau, decided 2026-01-10.
    const qint64 id = plainEnterprise(c);
    const qint64 department = c.scalar(QStringLiteral("SELECT id FROM department WHERE name LIKE '%应急管理%'")).toLongLong();
    REQUIRE(department > 0);
    Sql::exec(c.sql(), QStringLiteral("INSERT INTO penalty_case (case_no, department_id, enterprise_id, decided_on, outcome, fine_fen, status) "
                                      "VALUES ('应急罚〔2026〕1号', ?, ?, '2026-01-10', 'standard', 2000000, 'closed')"),
              {department, id});
    CreditLedger::syncFromSources(c.sql(), book);
    const qint64 event = c.scalar(QStringLiteral("SELECT c.id FROM credit_event c JOIN penalty_case p ON p.id = c.source_id "
                                                 "WHERE c.source_table = 'penalty_case' AND p.case_no = '应急罚〔2026〕1号'")).toLongLong();
    REQUIRE(event > 0);
    CHECK(c.scalar(QStringLiteral("SELECT publicity_class FROM credit_event WHERE id = ?"), {event}).toString() == u"safety");
    // Eight months on (the general class would allow it from 2026-04-11) it is refused;
    // the safety class's 12 months end 2027-01-10, so from 2027-01-11 it is accepted.
    CHECK_THROWS_AS(CreditRepairStore::apply(c.sql(), book, event, QDate(2026, 9, 10)), Refusal);
    CHECK_THROWS_AS(CreditRepairStore::apply(c.sql(), book, event, QDate(2027, 1, 10)), Refusal);
    CHECK(CreditRepairStore::apply(c.sql(), book, event, QDate(2027, 1, 11)) > 0);
}
