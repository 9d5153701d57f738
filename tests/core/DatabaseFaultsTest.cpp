#include "TestSupport.h"

#include "db/Database.h"
#include "db/DatabaseError.h"
#include "db/IntegrityChecker.h"
#include "db/Sql.h"
#include "demo/DemoCountyGenerator.h"
#include "registry/EnterpriseExport.h"
#include "io/Importer.h"
#include "registry/EnterpriseQuery.h"
#include "services/RequestStore.h"

namespace {

struct FaultCounty
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("faults.db"));
    QString roster = dir.filePath(QStringLiteral("roster.csv"));
    FaultCounty()
    {
        {
            Database source = Database::open(dir.filePath(QStringLiteral("source.db")));
            TestSupport::demo(source, 31, 2000, QDate(2026, 11, 29));
            EnterpriseExport::write(source.connection(), EnterpriseQuery(), roster);
        }
        Database db = Database::open(path);
        TestSupport::demo(db, 32, 50, QDate(2026, 11, 29));
    }
};

int enterprises(const Database &db)
{
    return Sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM enterprise")).toInt();
}

} // namespace

TEST_CASE("A full disk during an import: a clear message, nothing half saved", "[db][faults]")
{
    FaultCounty c;
    Database db = Database::open(c.path, Database::OpenMode::ExistingOnly);
    const int before = enterprises(db);
    // The file may not grow: as when the disk has no room left.
    const qint64 pages = Sql::scalar(db.connection(), QStringLiteral("PRAGMA page_count")).toLongLong();
    Sql::exec(db.connection(), QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 2));
    Importer::Options options;
    options.dryRun = false;
    try {
        Importer::run(db.connection(), QStringLiteral("enterprises"), c.roster, options);
        FAIL("the import fitted into two pages");
    } catch (const DatabaseError &e) {
        INFO(e.details().toStdString());
        CHECK(e.kind() == DatabaseError::Kind::Full);
        CHECK(e.message().contains(QStringLiteral("full")));
    }
    CHECK(enterprises(db) == before);
    CHECK(IntegrityChecker::run(db.connection()).ok());
}

TEST_CASE("A file that cannot be written: a clear message, nothing changed", "[db][faults]")
{
    FaultCounty c;
    Database db = Database::open(c.path, Database::OpenMode::ExistingOnly);
    const int requests = Sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM enterprise_request")).toInt();
    // As a read-only file or folder answers (root ignores file permissions, so ask SQLite).
    Sql::exec(db.connection(), QStringLiteral("PRAGMA query_only = 1"));
    const qint64 dept = Sql::scalar(db.connection(), QStringLiteral("SELECT id FROM department LIMIT 1")).toLongLong();
    try {
        RequestStore::raise(db.connection(), 0, QString(), dept, QStringLiteral("诉求"), QDate(2026, 11, 2), QDate(2026, 11, 20));
        FAIL("a read-only database took a write");
    } catch (const DatabaseError &e) {
        CHECK(e.kind() == DatabaseError::Kind::ReadOnly);
    }
    Sql::exec(db.connection(), QStringLiteral("PRAGMA query_only = 0"));
    CHECK(Sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM enterprise_request")).toInt() == requests);
}

TEST_CASE("Two writers on one file: the second is told the file is busy, not given an error", "[db][faults]")
{
    FaultCounty c;
    Database holder = Database::open(c.path, Database::OpenMode::ExistingOnly);
    Database other = Database::open(c.path, Database::OpenMode::ExistingOnly);
    Sql::exec(holder.connection(), QStringLiteral("BEGIN IMMEDIATE"));
    Sql::exec(other.connection(), QStringLiteral("PRAGMA busy_timeout = 200")); // the app waits five seconds
    const qint64 dept = Sql::scalar(other.connection(), QStringLiteral("SELECT id FROM department LIMIT 1")).toLongLong();
    try {
        RequestStore::raise(other.connection(), 0, QString(), dept, QStringLiteral("诉求"), QDate(2026, 11, 2), QDate(2026, 11, 20));
        FAIL("two writers at once");
    } catch (const DatabaseError &e) {
        CHECK(e.kind() == DatabaseError::Kind::Busy);
        CHECK(e.message().contains(QStringLiteral("busy")));
    }
    Sql::exec(holder.connection(), QStringLiteral("ROLLBACK"));
    CHECK(RequestStore::raise(other.connection(), 0, QString(), dept, QStringLiteral("诉求"), QDate(2026, 11, 2), QDate(2026, 11, 20)) > 0);
}
