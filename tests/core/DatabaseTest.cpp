#include "TestSupport.h"

#include "db/AuditLog.h"
#include "db/BulkLoadJournal.h"
#include "db/ChangeCapture.h"
#include "db/Database.h"
#include "db/DatabaseBackup.h"
#include "db/DatabaseError.h"
#include "db/InListChecks.h"
#include "db/DeferredIndexes.h"
#include "db/IntegrityChecker.h"
#include "db/Migrator.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "db/UniqueConstraintIndex.h"
#include "util/Refusal.h"

#include <QDir>
#include <QSqlQuery>

#include <sqlite3.h>

namespace {

DatabaseError::Kind openFailure(const QString &path)
{
    try {
        Database::open(path);
    } catch (const DatabaseError &error) {
        INFO(error.what());
        CHECK_FALSE(error.message().isEmpty());
        return error.kind();
    }
    FAIL("the file was accepted");
    return DatabaseError::Kind::Query;
}

int tableCount(const Database &db)
{
    return Sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'")).toInt();
}

void addTownship(const Database &db, const QString &code)
{
    Sql::exec(db.connection(), QStringLiteral("INSERT INTO township (code, name) VALUES (?, ?)"),
              {code, QString(QStringLiteral("镇") + code)});
}

} // namespace

TEST_CASE("A new file is created and migrated to the current schema", "[db]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/folder/new.db"));
    Database db = Database::open(path);
    CHECK(db.schemaVersion() == Migrator::currentVersion());
    CHECK(Sql::scalar(db.connection(), QStringLiteral("PRAGMA application_id")).toInt() == Database::ApplicationId);
    CHECK(Sql::scalar(db.connection(), QStringLiteral("PRAGMA journal_mode")).toString() == u"wal");
    CHECK(Sql::scalar(db.connection(), QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(Sql::scalar(db.connection(), QStringLiteral("PRAGMA page_size")).toInt() == Database::NewFilePageSize);
    CHECK(tableCount(db) >= 35);
    CHECK(Sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'schema'")).toInt() == 1);
}

TEST_CASE("CHECK constraints with IN lists are written as comparisons, and still refuse what they refused", "[db]")
{
    CHECK(InListChecks::expand(QStringLiteral("CREATE TABLE t (a TEXT CHECK (a IN ('x', 'y')), b INTEGER NOT NULL CHECK (b IN (0, 1)))"))
          == QStringLiteral("CREATE TABLE t (a TEXT CHECK (a = 'x' OR a = 'y'), b INTEGER NOT NULL CHECK (b = 0 OR b = 1))"));
    // Anything but plain literals is left as it is.
    const QString other = QStringLiteral("CREATE TABLE t (a TEXT CHECK (a IN (SELECT x FROM y)), b CHECK (b IN ('p,q', 'r')))");
    CHECK(InListChecks::expand(other) == other);

    QTemporaryDir dir;
    Database db = Database::open(dir.filePath(QStringLiteral("checks.db")));
    const QSqlDatabase conn = db.connection();
    QSqlQuery tables = Sql::exec(conn, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE TABLE%'"));
    int expanded = 0;
    while (tables.next()) {
        INFO(tables.value(0).toString().toStdString());
        CHECK(InListChecks::expand(tables.value(1).toString()) == tables.value(1).toString());
        expanded += tables.value(1).toString().contains(QStringLiteral(" OR ")) ? 1 : 0;
    }
    CHECK(expanded >= 20);
    addTownship(db, QStringLiteral("001"));
    Sql::exec(conn, QStringLiteral("INSERT INTO enterprise (uscc, name, status, credit_tier) VALUES ('91330100799655058B', 'A', 'active', NULL)"));
    CHECK_THROWS_AS(Sql::exec(conn, QStringLiteral("INSERT INTO enterprise (uscc, name, status) VALUES ('91330100799655058C', 'B', 'closed')")), DatabaseError);
    CHECK_THROWS_AS(Sql::exec(conn, QStringLiteral("UPDATE enterprise SET credit_tier = 'E'")), DatabaseError);
    CHECK_THROWS_AS(Sql::exec(conn, QStringLiteral("INSERT INTO change_log (tbl, op) VALUES ('x', 'upsert')")), DatabaseError);
    CHECK(Sql::scalar(conn, QStringLiteral("PRAGMA integrity_check")).toString() == u"ok");
}

TEST_CASE("The USCC's uniqueness is a named index that can be dropped and built again", "[db]")
{
    const QString table = QStringLiteral("CREATE TABLE enterprise (\n    id INTEGER PRIMARY KEY,\n    uscc TEXT NOT NULL UNIQUE,\n    name TEXT UNIQUE)");
    CHECK(UniqueConstraintIndex::withoutUnique(table, QStringLiteral("uscc"))
          == QStringLiteral("CREATE TABLE enterprise (\n    id INTEGER PRIMARY KEY,\n    uscc TEXT NOT NULL,\n    name TEXT UNIQUE)"));
    CHECK(UniqueConstraintIndex::withoutUnique(table, QStringLiteral("id")) == table);

    QTemporaryDir dir;
    Database db = Database::open(dir.filePath(QStringLiteral("unique.db")));
    const QSqlDatabase conn = db.connection();
    CHECK_FALSE(Sql::scalar(conn, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'enterprise'")).toString().contains(QStringLiteral("UNIQUE")));
    CHECK_FALSE(Sql::scalar(conn, QStringLiteral("SELECT 1 FROM sqlite_master WHERE name LIKE 'sqlite_autoindex_enterprise%'")).isValid());
    // Nothing left to turn the second time.
    CHECK_FALSE(UniqueConstraintIndex::promote(conn, QStringLiteral("enterprise"), QStringLiteral("uscc"), QStringLiteral("x")));
    Sql::exec(conn, QStringLiteral("INSERT INTO enterprise (uscc, name) VALUES ('91330100799655058B', 'A')"));
    CHECK_THROWS_AS(Sql::exec(conn, QStringLiteral("INSERT INTO enterprise (uscc, name) VALUES ('91330100799655058B', 'B')")), DatabaseError);
    // Dropped for a bulk load and built again, it refuses a repeat that came in meanwhile.
    {
        Transaction transaction(conn);
        DeferredIndexes indexes(conn, QStringLiteral("enterprise"));
        Sql::exec(conn, QStringLiteral("INSERT INTO enterprise (uscc, name) VALUES ('91330100799655058B', 'B')"));
        CHECK_THROWS_AS(indexes.rebuild(), DatabaseError);
    }
    CHECK(Sql::scalar(conn, QStringLiteral("SELECT count(*) FROM enterprise")).toInt() == 1);
    // The rebuild sorts with a small cache and helper threads, and gives the connection its own back,
    // also when it fails as above.
    auto pragma = [&](const char *name) { return Sql::scalar(conn, QStringLiteral("PRAGMA ") + QLatin1String(name)).toInt(); };
    CHECK(pragma("threads") == 0);
    Sql::exec(conn, QStringLiteral("PRAGMA cache_size = -65536"));
    {
        Transaction transaction(conn);
        DeferredIndexes indexes(conn, QStringLiteral("enterprise"));
        CHECK(Sql::scalar(conn, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE tbl_name = 'enterprise' AND type = 'index' AND sql IS NOT NULL")).toInt() == 0);
        indexes.rebuild();
        transaction.commit();
    }
    CHECK(pragma("cache_size") == -65536);
    CHECK(pragma("threads") == 0);
    CHECK(Sql::scalar(conn, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE tbl_name = 'enterprise' AND type = 'index' AND sql IS NOT NULL")).toInt() == 9);
    CHECK(Sql::scalar(conn, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'enterprise_uscc'")).toInt() == 1);
    // The tier-change dates are indexed only where there is one, and the recompute's query uses it.
    QSqlQuery explain = Sql::exec(conn, QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM enterprise WHERE credit_next_change <= '2026-12-01'"));
    QString detail;
    while (explain.next())
        detail += explain.value(3).toString();
    CHECK(detail.contains(QStringLiteral("enterprise_credit_next_change")));
    CHECK(Sql::scalar(conn, QStringLiteral("PRAGMA integrity_check")).toString() == u"ok");

    // The indexes a load of some columns has to build again: those with a key column among
    // them; one on an expression counts as touched, whatever it reads.
    const QStringList written = {QStringLiteral("uscc"), QStringLiteral("name"), QStringLiteral("township_id")};
    CHECK(DeferredIndexes::keyedOnAny(conn, QStringLiteral("enterprise"), written)
          == QStringList{QStringLiteral("enterprise_uscc"), QStringLiteral("enterprise_name"), QStringLiteral("enterprise_township"),
                         QStringLiteral("enterprise_industry"), QStringLiteral("enterprise_tier"), QStringLiteral("enterprise_status")});
    CHECK(DeferredIndexes::keyedOnAny(conn, QStringLiteral("enterprise"), {QStringLiteral("registration_date")})
          == QStringList{QStringLiteral("enterprise_registration")});
    Sql::exec(conn, QStringLiteral("CREATE INDEX enterprise_phone_digits ON enterprise(substr(phone, 1, 3))"));
    CHECK(DeferredIndexes::keyedOnAny(conn, QStringLiteral("enterprise"), {QStringLiteral("credit_as_of")})
          == QStringList{QStringLiteral("enterprise_phone_digits")});
    CHECK(DeferredIndexes::keyedOnAny(conn, QStringLiteral("no_such_table"), written).isEmpty());
    // Asked to drop none of them (a load touching no indexed column), it drops none.
    {
        Transaction transaction(conn);
        DeferredIndexes none(conn, QStringLiteral("enterprise"), QStringList());
        CHECK(Sql::scalar(conn, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE tbl_name = 'enterprise' AND type = 'index' AND sql IS NOT NULL")).toInt() == 10);
        none.rebuild();
    }
}

TEST_CASE("An empty zero-byte file is initialised like a new one", "[db]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.db"));
    TestSupport::writeFile(path, {});
    Database db = Database::open(path);
    CHECK(db.schemaVersion() == Migrator::currentVersion());
}

TEST_CASE("A file with SQLite's default pages keeps them", "[db]")
{
    // As a file made by a FairCheck before the larger pages was: its page size is part of
    // the file and cannot change in WAL mode, so opening must not try.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("small-pages.db"));
    {
        sqlite3 *raw = nullptr;
        REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &raw) == SQLITE_OK);
        const QByteArray sql = QByteArrayLiteral("PRAGMA page_size = 4096; PRAGMA application_id = ")
            + QByteArray::number(Database::ApplicationId) + QByteArrayLiteral("; PRAGMA journal_mode = WAL;");
        CHECK(sqlite3_exec(raw, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(raw);
    }
    Database db = Database::open(path);
    CHECK(db.schemaVersion() == Migrator::currentVersion());
    CHECK(Sql::scalar(db.connection(), QStringLiteral("PRAGMA page_size")).toInt() == 4096);
    addTownship(db, QStringLiteral("001"));
    CHECK(IntegrityChecker::run(db.connection()).ok());
}

TEST_CASE("Reopening keeps data and does not migrate again", "[db]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("reopen.db"));
    {
        Database db = Database::open(path);
        addTownship(db, QStringLiteral("001"));
    }
    Database db = Database::open(path, Database::OpenMode::ExistingOnly);
    CHECK(Sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM township")).toInt() == 1);
    CHECK(Sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'schema'")).toInt() == 1);
    CHECK(Sql::scalar(db.connection(), QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
}

TEST_CASE("A file of schema 19 gains the exchange's tables and keeps its records", "[db]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v19.db"));
    {
        Database db = Database::open(path);
        addTownship(db, QStringLiteral("001"));
        // As schema 19 left it: no exchange tables.
        for (const char *table : {"exchange_key", "exchange_row", "exchange_package"})
            Sql::exec(db.connection(), QStringLiteral("DROP TABLE %1").arg(QLatin1String(table)));
        Sql::exec(db.connection(), QStringLiteral("PRAGMA user_version = 19"));
    }
    Database db = Database::open(path, Database::OpenMode::ExistingOnly);
    CHECK(Sql::scalar(db.connection(), QStringLiteral("PRAGMA user_version")).toInt() == Migrator::currentVersion());
    for (const char *table : {"exchange_key", "exchange_row", "exchange_package"})
        CHECK(Sql::tableExists(db.connection(), QLatin1String(table)));
    CHECK(Sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM township")).toInt() == 1);
    // The agreed hashes are bookkeeping, not the record: the change log leaves them out.
    CHECK_FALSE(ChangeCapture::capturedTables(db.connection()).contains(QStringLiteral("exchange_row")));
    CHECK(ChangeCapture::capturedTables(db.connection()).contains(QStringLiteral("exchange_key")));
}

TEST_CASE("Foreign keys are enforced on every connection", "[db]")
{
    QTemporaryDir dir;
    Database db = Database::open(dir.filePath(QStringLiteral("fk.db")));
    CHECK_THROWS_AS(Sql::exec(db.connection(),
                              QStringLiteral("INSERT INTO justice_office (township_id, name) VALUES (999, 'x')")), DatabaseError);
}

TEST_CASE("A missing file is refused in ExistingOnly mode", "[db]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.db"));
    CHECK_THROWS_AS(Database::open(path, Database::OpenMode::ExistingOnly), DatabaseError);
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("A random file is refused and left byte-identical", "[db]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.db"));
    QByteArray bytes;
    for (int i = 0; i < 10000; ++i)
        bytes.append(char((i * 7919) % 251));
    TestSupport::writeFile(path, bytes);
    const QByteArray before = TestSupport::fileDigest(path);
    CHECK(openFailure(path) == DatabaseError::Kind::NotFairCheck);
    CHECK(TestSupport::fileDigest(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("Another program's SQLite database is refused and left unchanged", "[db]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    sqlite3 *raw = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &raw) == SQLITE_OK);
    REQUIRE(sqlite3_exec(raw, "CREATE TABLE t(x); INSERT INTO t VALUES (1);", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(raw);
    const QByteArray before = TestSupport::fileDigest(path);
    CHECK(openFailure(path) == DatabaseError::Kind::NotFairCheck);
    CHECK(TestSupport::fileDigest(path) == before);
}

TEST_CASE("A database from a newer FairCheck is refused and left unchanged", "[db]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.db"));
    {
        Database db = Database::open(path);
        Sql::exec(db.connection(), QStringLiteral("PRAGMA user_version = %1").arg(Migrator::currentVersion() + 1));
        Sql::exec(db.connection(), QStringLiteral("PRAGMA journal_mode = DELETE"));
    }
    const QByteArray before = TestSupport::fileDigest(path);
    CHECK(openFailure(path) == DatabaseError::Kind::TooNew);
    CHECK(TestSupport::fileDigest(path) == before);
}

TEST_CASE("A damaged database is refused on open or reported by check", "[db]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.db"));
    int pageSize = 0;
    {
        Database db = Database::open(path);
        for (int i = 0; i < 2000; ++i)
            addTownship(db, QStringLiteral("%1").arg(i, 4, 10, QLatin1Char('0')));
        Sql::exec(db.connection(), QStringLiteral("PRAGMA journal_mode = DELETE"));
        pageSize = Sql::scalar(db.connection(), QStringLiteral("PRAGMA page_size")).toInt();
    }
    SECTION("damaged schema page: refused, file unchanged")
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        file.seek(100); // page 1 b-tree header, right after the 100-byte file header
        file.write(QByteArray(200, '\xff'));
        file.close();
        const QByteArray before = TestSupport::fileDigest(path);
        CHECK(openFailure(path) == DatabaseError::Kind::Corrupted);
        CHECK(TestSupport::fileDigest(path) == before);
    }
    SECTION("damaged data page: check reports it")
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        file.seek(size - pageSize + 8); // the last page's header
        file.write(QByteArray(64, '\x5a'));
        file.close();
        bool reported = false;
        try {
            Database db = Database::open(path);
            reported = !IntegrityChecker::run(db.connection()).ok();
        } catch (const DatabaseError &error) {
            reported = error.kind() == DatabaseError::Kind::Corrupted;
        }
        CHECK(reported);
    }
}

TEST_CASE("A transaction rolls back unless committed", "[db]")
{
    QTemporaryDir dir;
    Database db = Database::open(dir.filePath(QStringLiteral("tx.db")));
    try {
        Transaction transaction(db.connection());
        addTownship(db, QStringLiteral("001"));
        addTownship(db, QStringLiteral("001")); // UNIQUE violation throws
        transaction.commit();
        FAIL("the duplicate insert should have thrown");
    } catch (const Error &) {
    }
    CHECK(Sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM township")).toInt() == 0);
    {
        Transaction transaction(db.connection());
        addTownship(db, QStringLiteral("002"));
        transaction.commit();
    }
    CHECK(Sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM township")).toInt() == 1);
}

TEST_CASE("Migration scripts split into statements", "[db]")
{
    const QStringList list = Migrator::statements(
        QStringLiteral("-- comment\nCREATE TABLE a (\n  x INT\n);\n\nCREATE INDEX i ON a(x);\n"));
    REQUIRE(list.size() == 2);
    CHECK(list.at(0).startsWith(u"CREATE TABLE a"));
    CHECK(list.at(1) == u"CREATE INDEX i ON a(x);");
}

TEST_CASE("Backup writes a consistent, openable copy", "[db]")
{
    QTemporaryDir dir;
    Database db = Database::open(dir.filePath(QStringLiteral("live.db")));
    addTownship(db, QStringLiteral("001"));
    const QString target = dir.filePath(QStringLiteral("copy.db"));
    DatabaseBackup::write(db, target);
    CHECK_FALSE(QFile::exists(target + QStringLiteral(".partial")));
    Database copy = Database::open(target, Database::OpenMode::ExistingOnly);
    CHECK(Sql::scalar(copy.connection(), QStringLiteral("SELECT name FROM township")).toString() == QStringLiteral("镇001"));
    CHECK(IntegrityChecker::run(copy.connection()).ok());
}

TEST_CASE("Integrity check finds broken invariants", "[db]")
{
    QTemporaryDir dir;
    Database db = Database::open(dir.filePath(QStringLiteral("inv.db")));
    CHECK(IntegrityChecker::run(db.connection()).ok());
    Sql::exec(db.connection(), QStringLiteral("INSERT INTO enterprise (uscc, name) VALUES ('914403001922038217', '坏代码公司')"));
    const IntegrityChecker::Report report = IntegrityChecker::run(db.connection());
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems.first().check == u"enterprise.uscc");
    CHECK(report.problems.first().message.contains(u"914403001922038217"));
}

TEST_CASE("Audit entries carry the actor", "[db]")
{
    QTemporaryDir dir;
    Database db = Database::open(dir.filePath(QStringLiteral("audit.db")));
    AuditLog::setActor(QStringLiteral("tester"));
    AuditLog::recordBulk(db.connection(), QStringLiteral("enterprise"), 5, QStringLiteral("test"));
    AuditLog::setActor(QStringLiteral("system"));
    CHECK(Sql::scalar(db.connection(), QStringLiteral("SELECT user_name FROM audit_log WHERE action = 'bulk'")).toString()
          == u"tester");
}

TEST_CASE("A bulk load takes a rollback journal only when it has the file to itself, and gives the log back", "[db]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bulk.db"));
    Database db = Database::open(path);
    auto mode = [](const Database &d) { return Sql::scalar(d.connection(), QStringLiteral("PRAGMA journal_mode")).toString(); };
    auto synchronous = [&] { return Sql::scalar(db.connection(), QStringLiteral("PRAGMA synchronous")).toInt(); };
    REQUIRE(mode(db) == u"wal");
    const int normal = synchronous();

    {
        const BulkLoadJournal journal(db.connection());
        CHECK(journal.active());
        CHECK(mode(db) == u"delete");
        CHECK(synchronous() == 2); // FULL while the log is off
        Transaction transaction(db.connection());
        Sql::exec(db.connection(), QStringLiteral("INSERT INTO township (code, name) VALUES ('T900', '回滚镇')"));
        CHECK(QFile::exists(path + QStringLiteral("-journal")));
        // Not committed: the rollback journal puts the file back.
    }
    CHECK(mode(db) == u"wal");
    CHECK(synchronous() == normal);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-journal")));
    CHECK(Sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM township WHERE code = 'T900'")).toInt() == 0);

    {
        const BulkLoadJournal journal(db.connection());
        REQUIRE(journal.active());
        Transaction transaction(db.connection());
        Sql::exec(db.connection(), QStringLiteral("INSERT INTO township (code, name) VALUES ('T901', '提交镇')"));
        transaction.commit();
    }
    CHECK(mode(db) == u"wal");
    CHECK(Sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM township WHERE code = 'T901'")).toInt() == 1);

    // Another connection to the file (the desktop window's): refused at once, the log stays.
    {
        const Database other = Database::open(path, Database::OpenMode::ExistingOnly);
        CHECK(Sql::scalar(other.connection(), QStringLiteral("SELECT count(*) FROM township WHERE code = 'T901'")).toInt() == 1);
        const BulkLoadJournal journal(db.connection());
        CHECK_FALSE(journal.active());
        CHECK(mode(db) == u"wal");
        CHECK(synchronous() == normal);
        // The usual busy wait is back for everything else.
        CHECK(Sql::scalar(db.connection(), QStringLiteral("PRAGMA busy_timeout")).toInt() == 5000);
    }
    CHECK(IntegrityChecker::run(db.connection()).ok());
}
