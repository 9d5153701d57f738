#include "TestSupport.h"

#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "db/Sql.h"
#include "demo/DemoCountyGenerator.h"

#include <sqlite3.h>

namespace {

// Changes the file as someone with the sqlite3 shell could: outside the program, with
// the append-only triggers dropped first.
void tamper(const QString &path, const QByteArray &sql)
{
    sqlite3 *raw = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &raw) == SQLITE_OK);
    const QByteArray script = "DROP TRIGGER IF EXISTS audit_log_sealed; DROP TRIGGER IF EXISTS audit_log_kept; " + sql;
    char *error = nullptr;
    const int rc = sqlite3_exec(raw, script.constData(), nullptr, nullptr, &error);
    INFO((error ? error : ""));
    sqlite3_free(error);
    sqlite3_close(raw);
    REQUIRE(rc == SQLITE_OK);
}

struct AuditedCounty
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("audit.db"));
    AuditedCounty()
    {
        Database db = Database::open(path);
        DemoOptions options;
        options.seed = 3;
        options.enterprises = 40;
        options.asOf = QDate(2026, 11, 29);
        DemoCountyGenerator::generate(db, options);
        // A few more entries, as everyday work writes them.
        for (int i = 0; i < 5; ++i)
            AuditLog::record(db.connection(), {AuditLog::Action::Update, QStringLiteral("enterprise"), i + 1,
                                               QJsonObject{{QStringLiteral("phone"), QStringLiteral("old")}},
                                               QJsonObject{{QStringLiteral("phone"), QString::number(i)}}});
    }
    AuditLog::Verification verify() const
    {
        Database db = Database::open(path, Database::OpenMode::ExistingOnly);
        return AuditLog::verify(db.connection());
    }
};

} // namespace

TEST_CASE("Audit chain: intact after everyday work; the program cannot change or delete entries", "[audit]")
{
    AuditedCounty c;
    const auto v = c.verify();
    CHECK(v.ok);
    CHECK(v.entries >= 7);
    Database db = Database::open(c.path, Database::OpenMode::ExistingOnly);
    CHECK_THROWS_AS(Sql::exec(db.connection(), QStringLiteral("UPDATE audit_log SET user_name = 'x' WHERE id = 2")), DatabaseError);
    CHECK_THROWS_AS(Sql::exec(db.connection(), QStringLiteral("DELETE FROM audit_log WHERE id = 2")), DatabaseError);
}

TEST_CASE("Audit chain: edits, deletions, reordering and a removed tail are found, naming the first broken entry", "[audit]")
{
    SECTION("an entry edited with the sqlite3 shell")
    {
        AuditedCounty c;
        tamper(c.path, "UPDATE audit_log SET new_values = '{\"phone\":\"13800000000\"}' WHERE id = 4;");
        const auto v = c.verify();
        CHECK_FALSE(v.ok);
        CHECK(v.firstBroken == 4);
        CHECK(v.reason.contains(QStringLiteral("4")));
    }
    SECTION("an entry deleted from the middle")
    {
        AuditedCounty c;
        tamper(c.path, "DELETE FROM audit_log WHERE id = 3;");
        const auto v = c.verify();
        CHECK_FALSE(v.ok);
        CHECK(v.firstBroken == 4);
    }
    SECTION("two entries swapped")
    {
        AuditedCounty c;
        tamper(c.path, "UPDATE audit_log SET id = -1 WHERE id = 5; UPDATE audit_log SET id = 5 WHERE id = 6; "
                       "UPDATE audit_log SET id = 6 WHERE id = -1;");
        const auto v = c.verify();
        CHECK_FALSE(v.ok);
        CHECK(v.firstBroken == 5);
    }
    SECTION("the newest entries removed")
    {
        AuditedCounty c;
        tamper(c.path, "DELETE FROM audit_log WHERE id > (SELECT max(id) - 2 FROM audit_log);");
        const auto v = c.verify();
        CHECK_FALSE(v.ok);
        CHECK(v.reason.contains(QStringLiteral("removed")));
    }
}
