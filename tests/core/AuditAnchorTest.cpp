#include "TestSupport.h"

#include "db/AuditLog.h"
#include "db/BackupRotation.h"
#include "db/CaptureGuard.h"
#include "db/ChangeCapture.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "users/Session.h"
#include "users/UserStore.h"

#include <sqlite3.h>

namespace {

struct SignedOut
{
    ~SignedOut() { Session::signOut(); }
};

// What someone with the sqlite3 shell could do to the file, the append-only triggers
// dropped first.
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

// The same, by a careful forger who puts the dropped triggers back as they were, so the
// file's triggers match the recorded digest again.
void forge(const QString &path, const QByteArray &sql)
{
    sqlite3 *raw = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &raw) == SQLITE_OK);
    QByteArray restore;
    sqlite3_stmt *statement = nullptr;
    REQUIRE(sqlite3_prepare_v2(raw, "SELECT sql FROM sqlite_master WHERE name IN ('audit_log_sealed', 'audit_log_kept')", -1, &statement, nullptr)
            == SQLITE_OK);
    while (sqlite3_step(statement) == SQLITE_ROW)
        restore += QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0))) + ";\n";
    sqlite3_finalize(statement);
    sqlite3_close(raw);
    tamper(path, sql + restore);
}

void everydayWrite(const Database &db, const QString &phone)
{
    Transaction t(db.connection());
    Sql::exec(db.connection(), QStringLiteral("UPDATE officer SET phone = ? WHERE id = 1"), {phone});
    t.commit();
}

struct County
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("county.db"));
    County()
    {
        Database db = Database::open(path);
        TestSupport::demo(db, 3, 40, QDate(2026, 11, 29));
        everydayWrite(db, QStringLiteral("13800000001"));
    }
};

} // namespace

TEST_CASE("A dropped capture trigger is found even when ordinary work follows, reinstalled on opening, and acknowledged by an administrator", "[audit][anchor]")
{
    SignedOut guard;
    County c;
    {
        // The window was open while another tool dropped the trigger; it goes on working.
        Database window = Database::open(c.path, Database::OpenMode::ExistingOnly);
        tamper(c.path, "DROP TRIGGER capture_enterprise_update;");
        everydayWrite(window, QStringLiteral("13800000002"));
        const auto v = AuditLog::verify(window.connection());
        CHECK_FALSE(v.ok);
        CHECK(v.reason.contains(QStringLiteral("triggers")));
    }
    // Opened again: the triggers come back at once, and the repair is in the trail.
    Database db = Database::open(c.path, Database::OpenMode::ExistingOnly);
    CHECK(db.notice().contains(QStringLiteral("reinstalled")));
    CHECK(Sql::scalar(db.connection(), QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = 'capture_enterprise_update'")).isValid());
    const qint64 repair = Sql::scalar(db.connection(), QStringLiteral("SELECT max(id) FROM audit_log WHERE table_name = 'capture_repair'")).toLongLong();
    REQUIRE(repair > 0);
    // Opening again does not repair again.
    CHECK(Database::open(c.path, Database::OpenMode::ExistingOnly).notice().isEmpty());

    // A fresh drop, then a reopen: the seal made under the altered triggers is still
    // reported until an administrator acknowledges the repair.
    UserStore::add(db.connection(), QStringLiteral("wang"), {}, QStringLiteral("admin"), QStringLiteral("admin-pass-1"));
    UserStore::add(db.connection(), QStringLiteral("li"), {}, QStringLiteral("clerk"), QStringLiteral("clerk-pass-1"));
    Session::signOut();
    auto verified = [&] { return AuditLog::verify(db.connection()); };
    CHECK_FALSE(verified().ok); // the first repair is not acknowledged yet
    UserStore::signIn(db.connection(), QStringLiteral("li"), QStringLiteral("clerk-pass-1"));
    CHECK(TestSupport::refusal([&] { CaptureGuard::acknowledge(db.connection(), repair, QStringLiteral("checked")); }).contains(QStringLiteral("administrator")));
    UserStore::signIn(db.connection(), QStringLiteral("wang"), QStringLiteral("admin-pass-1"));
    CHECK_FALSE(TestSupport::refusal([&] { CaptureGuard::acknowledge(db.connection(), 1, QStringLiteral("checked")); }).isEmpty());
    // The seal written under the dropped trigger still says the record has a hole.
    CaptureGuard::acknowledge(db.connection(), repair, QStringLiteral("compared with the backup of 2026-11-29"));
    const auto v = verified();
    CHECK_FALSE(v.ok);
    CHECK(v.reason.contains(QStringLiteral("altered after entry")));
}

TEST_CASE("A removed tail is never healed by the next entry", "[audit][anchor]")
{
    County c;
    tamper(c.path, "DELETE FROM audit_log WHERE id > (SELECT max(id) - 2 FROM audit_log);");
    Database db = Database::open(c.path, Database::OpenMode::ExistingOnly);
    everydayWrite(db, QStringLiteral("13800000003"));
    const auto v = AuditLog::verify(db.connection());
    CHECK_FALSE(v.ok);
    CHECK(v.reason.contains(QStringLiteral("removed")));
}

TEST_CASE("Anchors outside the file: a removed tail with its head reset, or a rehashed chain, no longer holds the anchor", "[audit][anchor]")
{
    County c;
    QString anchorText;
    QString backup;
    {
        Database db = Database::open(c.path, Database::OpenMode::ExistingOnly);
        anchorText = AuditLog::head(db.connection());
        backup = BackupRotation::backUp(db, QDateTime(QDate(2026, 11, 30), QTime(18, 0)));
        everydayWrite(db, QStringLiteral("13800000004"));
        everydayWrite(db, QStringLiteral("13800000005"));
        QString reason;
        CHECK(AuditLog::holds(db.connection(), AuditLog::Anchor::parse(anchorText), &reason));
    }
    // The backup carries the head it was made from: the same anchor.
    CHECK(BackupRotation::auditHead(backup) == anchorText);
    const AuditLog::Anchor anchor = AuditLog::Anchor::parse(anchorText);
    REQUIRE(anchor.entry > 0);
    CHECK(AuditLog::Anchor::parse(QStringLiteral("12:xyz")).entry == 0);

    SECTION("the newest entries deleted and the head reset to match")
    {
        forge(c.path, QByteArray("DELETE FROM audit_log WHERE id >= ") + QByteArray::number(anchor.entry) + "; "
                       "UPDATE setting SET value = (SELECT id || ':' || hash FROM audit_log ORDER BY id DESC LIMIT 1) WHERE key = 'audit.head';");
        Database db = Database::open(c.path, Database::OpenMode::ExistingOnly);
        // The chain fits, but the changes the deleted entries sealed now stand unsealed.
        CHECK(AuditLog::verify(db.connection()).outsideChanges > 0);
        QString reason;
        CHECK_FALSE(AuditLog::holds(db.connection(), anchor, &reason));
        CHECK(reason.contains(QStringLiteral("removed")));
    }
    SECTION("who did what edited, the whole chain hashed again")
    {
        forge(c.path, "UPDATE audit_log SET user_name = 'nobody' WHERE id = 2; UPDATE audit_log SET hash = NULL;");
        Database db = Database::open(c.path, Database::OpenMode::ExistingOnly);
        AuditLog::sealUnhashed(db.connection()); // what a careful forger would do
        CHECK(AuditLog::verify(db.connection()).ok);
        QString reason;
        CHECK_FALSE(AuditLog::holds(db.connection(), anchor, &reason));
        CHECK(reason.contains(QStringLiteral("rewritten")));
    }
}
