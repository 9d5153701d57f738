#include "TestSupport.h"

#include "db/AuditLog.h"
#include "db/ChangeCapture.h"
#include "db/Transaction.h"
#include "io/ImportReport.h"
#include "io/Importer.h"
#include "users/Session.h"
#include "users/UserStore.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "db/Sql.h"
#include "demo/DemoCountyGenerator.h"
#include "util/Refusal.h"

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
        TestSupport::demo(db, 3, 40, QDate(2026, 11, 29));
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

TEST_CASE("Audit chain: intact after everyday work — the program cannot change or delete entries", "[audit]")
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

TEST_CASE("Change capture: every change through core is sealed with its old and new values", "[audit]")
{
    AuditedCounty c;
    Database db = Database::open(c.path, Database::OpenMode::ExistingOnly);
    const QSqlDatabase conn = db.connection();
    // Program writes of several kinds, each in its own transaction.
    const qint64 user = UserStore::add(conn, QStringLiteral("admin1"), QStringLiteral("管理员"), QStringLiteral("admin"), QStringLiteral("s3cret-Pass"));
    CHECK_THROWS_AS(UserStore::signIn(conn, QStringLiteral("admin1"), QStringLiteral("wrong")), Refusal);
    Session::signOut();
    AuditLog::setActor(QStringLiteral("system"));
    const auto v = AuditLog::verify(conn);
    INFO(v.reason);
    CHECK(v.ok);
    CHECK(v.outsideChanges == 0);
    CHECK(ChangeCapture::unsealedCount(conn) == 0);
    // The failed sign-in is one update of the user's row, old and new values kept.
    const QList<ChangeCapture::Change> history = ChangeCapture::history(conn, QStringLiteral("app_user"), user);
    REQUIRE(history.size() == 2);
    CHECK(history.first().op == u"update");
    CHECK(history.first().oldValues.contains(u"\"failed_attempts\":0"));
    CHECK(history.first().newValues.contains(u"\"failed_attempts\":1"));
    CHECK(history.last().op == u"insert");
    // Demo rows are captured too, each sealed by an audit entry.
    CHECK(Sql::scalar(conn, QStringLiteral("SELECT count(*) FROM change_log WHERE tbl = 'enterprise' AND op = 'insert'")).toInt() == 40);
    // The program cannot rewrite or remove captured changes.
    CHECK_THROWS_AS(Sql::exec(conn, QStringLiteral("UPDATE change_log SET new_values = '{}' WHERE id = 1")), DatabaseError);
    CHECK_THROWS_AS(Sql::exec(conn, QStringLiteral("DELETE FROM change_log WHERE id = 1")), DatabaseError);
}

TEST_CASE("Change capture: edits of the record outside the program are found and never swept into a seal", "[audit]")
{
    AuditedCounty c;
    const qint64 enterprise = [&] {
        Database db = Database::open(c.path, Database::OpenMode::ExistingOnly);
        return Sql::scalar(db.connection(), QStringLiteral("SELECT min(id) FROM enterprise")).toLongLong();
    }();
    SECTION("a changed score")
    {
        tamper(c.path, QByteArray("UPDATE enterprise SET credit_score = 120 WHERE id = ") + QByteArray::number(enterprise) + ';');
        Database db = Database::open(c.path, Database::OpenMode::ExistingOnly);
        // Later program work does not absorb the outside change.
        AuditLog::record(db.connection(), {AuditLog::Action::Update, QStringLiteral("setting"), 0, {}, QJsonObject{{QStringLiteral("x"), 1}}});
        {
            Transaction t(db.connection());
            Sql::exec(db.connection(), QStringLiteral("UPDATE officer SET phone = '13800000000' WHERE id = 1"));
            t.commit();
        }
        const auto v = AuditLog::verify(db.connection());
        CHECK_FALSE(v.ok);
        CHECK(v.outsideChanges == 1);
        CHECK(v.reason.contains(u"outside"));
        CHECK(v.reason.contains(u"enterprise"));
        const ChangeCapture::Change change = ChangeCapture::unsealed(db.connection()).constFirst();
        CHECK(change.rowId == enterprise);
        CHECK(change.newValues.contains(u"\"credit_score\":120"));
    }
    SECTION("a removed capture trigger")
    {
        tamper(c.path, "DROP TRIGGER capture_enterprise_update; UPDATE enterprise SET credit_score = 120;");
        const auto v = c.verify();
        CHECK_FALSE(v.ok);
        CHECK(v.reason.contains(u"triggers"));
    }
    SECTION("a sealed change rewritten")
    {
        tamper(c.path, "DROP TRIGGER change_log_fixed; UPDATE change_log SET new_values = new_values || ' ' "
                       "WHERE id = (SELECT min(id) FROM change_log WHERE tbl = 'enterprise');");
        const auto v = c.verify();
        CHECK_FALSE(v.ok);
        CHECK(v.firstBroken > 0);
    }
}

TEST_CASE("Change capture: a first import is one captured change, and each row's history still has its insert values", "[audit]")
{
    QTemporaryDir dir;
    Database db = Database::open(dir.filePath(QStringLiteral("import.db")));
    const QSqlDatabase conn = db.connection();
    const QString triggers = ChangeCapture::triggerDigest(conn);
    Importer::Options apply;
    apply.dryRun = false;
    const ImportReport report =
        Importer::run(conn, QStringLiteral("enterprises"), QStringLiteral(FAIRCHECK_TEST_DATA "/import/titled-roster.xlsx"), apply);
    REQUIRE(report.inserted > 0);
    // The insert trigger was set aside for the load and is back, byte for byte.
    CHECK(ChangeCapture::triggerDigest(conn) == triggers);
    // The load is one captured change naming its rows and file, not a change per row.
    CHECK(Sql::scalar(conn, QStringLiteral("SELECT count(*) FROM change_log WHERE tbl = 'enterprise' AND op = 'insert'")).toInt() == 1);
    CHECK(Sql::scalar(conn, QStringLiteral("SELECT json_extract(new_values, '$.bulk.rows') = ? AND json_extract(new_values, '$.bulk.sha256') = ? "
                                           "AND json_extract(new_values, '$.bulk.first') = (SELECT min(id) FROM enterprise) "
                                           "AND json_extract(new_values, '$.bulk.last') = (SELECT max(id) FROM enterprise) "
                                           "FROM change_log WHERE tbl = 'enterprise' AND row_id IS NULL"),
                      {report.inserted, report.sha256})
              .toBool());
    // Every row's history still gives its insert with the values it was inserted with.
    const QString values = ChangeCapture::rowValues(conn, QStringLiteral("enterprise"), QStringLiteral("e"));
    const qint64 last = Sql::scalar(conn, QStringLiteral("SELECT max(id) FROM enterprise")).toLongLong();
    const QList<ChangeCapture::Change> untouched = ChangeCapture::history(conn, QStringLiteral("enterprise"), last);
    REQUIRE(untouched.size() == 1);
    CHECK(untouched.first().op == u"insert");
    CHECK(untouched.first().bulkRows == report.inserted);
    CHECK(untouched.first().sealedBy > 0);
    CHECK(untouched.first().newValues
          == Sql::scalar(conn, QStringLiteral("SELECT %1 FROM enterprise e WHERE id = ?").arg(values), {last}).toString());
    const QString firstValues =
        Sql::scalar(conn, QStringLiteral("SELECT %1 FROM enterprise e WHERE id = (SELECT min(id) FROM enterprise)").arg(values)).toString();
    const auto v = AuditLog::verify(conn);
    INFO(v.reason);
    CHECK(v.ok);
    // A second import goes through the triggers; an update keeps the old and new values.
    {
        Transaction t(conn);
        Sql::exec(conn, QStringLiteral("UPDATE enterprise SET phone = '0571-00000000' WHERE id = (SELECT min(id) FROM enterprise)"));
        t.commit();
    }
    const QList<ChangeCapture::Change> history = ChangeCapture::history(
        conn, QStringLiteral("enterprise"), Sql::scalar(conn, QStringLiteral("SELECT min(id) FROM enterprise")).toLongLong());
    REQUIRE(history.size() == 2);
    CHECK(history.first().newValues.contains(u"0571-00000000"));
    CHECK(history.first().sealedBy > 0);
    // The insert keeps the values from before the update.
    CHECK(history.last().op == u"insert");
    CHECK(history.last().newValues == firstValues);
    CHECK(history.last().newValues == history.first().oldValues);
    CHECK(AuditLog::verify(conn).ok);
}
