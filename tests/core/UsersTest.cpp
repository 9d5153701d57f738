#include "TestSupport.h"

#include "db/AccessPolicy.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "db/Sql.h"
#include "demo/DemoCountyGenerator.h"
#include "io/DataExport.h"
#include "registry/EnterpriseExport.h"
#include "registry/EnterpriseQuery.h"
#include "users/PersonalData.h"
#include "services/RequestStore.h"
#include "supervision/ReviewStore.h"
#include "users/Session.h"
#include "users/UserStore.h"
#include "util/Refusal.h"

namespace {

struct SignedOut
{
    ~SignedOut() { Session::signOut(); } // the session is the process's: leave none behind
};

} // namespace

TEST_CASE("Passwords are Argon2id strings", "[users]")
{
    const QString hash = UserStore::hashPassword(QStringLiteral("正确的密码 2026"));
    CHECK(hash.startsWith(QStringLiteral("$argon2id$")));
    CHECK(UserStore::verifyPassword(hash, QStringLiteral("正确的密码 2026")));
    CHECK_FALSE(UserStore::verifyPassword(hash, QStringLiteral("正确的密码 2025")));
    CHECK(UserStore::hashPassword(QStringLiteral("正确的密码 2026")) != hash); // salted
}

TEST_CASE("Users: the first is an administrator — wrong passwords lock the account", "[users]")
{
    SignedOut guard;
    QTemporaryDir dir;
    Database db = Database::open(dir.filePath(QStringLiteral("users.db")));
    CHECK_THROWS_AS(UserStore::add(db.connection(), QStringLiteral("li"), {}, QStringLiteral("clerk"), QStringLiteral("secret-pass")), Refusal);
    CHECK_THROWS_AS(UserStore::add(db.connection(), QStringLiteral("admin"), {}, QStringLiteral("admin"), QStringLiteral("short")), Refusal);
    UserStore::add(db.connection(), QStringLiteral("admin"), QStringLiteral("王管理"), QStringLiteral("admin"), QStringLiteral("admin-pass-1"));
    CHECK(Session::role() == u"admin");
    UserStore::add(db.connection(), QStringLiteral("li"), QStringLiteral("李文书"), QStringLiteral("clerk"), QStringLiteral("clerk-pass-1"));
    CHECK_THROWS_AS(UserStore::add(db.connection(), QStringLiteral("li"), {}, QStringLiteral("clerk"), QStringLiteral("another-pass")), Refusal);
    Session::signOut();

    const QDateTime now(QDate(2026, 11, 29), QTime(9, 0));
    for (int i = 1; i < UserStore::MaxFailures; ++i)
        CHECK_THROWS_AS(UserStore::signIn(db.connection(), QStringLiteral("li"), QStringLiteral("guess"), now), Refusal);
    try {
        UserStore::signIn(db.connection(), QStringLiteral("li"), QStringLiteral("guess"), now);
        FAIL("the fifth wrong password was accepted");
    } catch (const Error &e) {
        CHECK(e.message().contains(QString::number(UserStore::LockMinutes)));
    }
    // Locked: even the right password waits.
    CHECK_THROWS_AS(UserStore::signIn(db.connection(), QStringLiteral("li"), QStringLiteral("clerk-pass-1"), now.addSecs(60)), Refusal);
    CHECK(Session::username().isEmpty());
    const auto user = UserStore::signIn(db.connection(), QStringLiteral("li"), QStringLiteral("clerk-pass-1"),
                                        now.addSecs(60 * (UserStore::LockMinutes + 1)));
    CHECK(user.role == u"clerk");
    CHECK(Session::username() == u"li");
}

TEST_CASE("Permissions are enforced in core on every write path", "[users]")
{
    SignedOut guard;
    QTemporaryDir dir;
    Database db = Database::open(dir.filePath(QStringLiteral("county.db")));
    TestSupport::demo(db, 8, 30, QDate(2026, 11, 29)); // demo accounts have no password: still open
    const qint64 dept = Sql::scalar(db.connection(), QStringLiteral("SELECT id FROM department LIMIT 1")).toLongLong();
    auto raise = [&] {
        return RequestStore::raise(db.connection(), 0, QString(), dept, QStringLiteral("诉求"), QDate(2026, 11, 2), QDate(2026, 11, 20));
    };
    CHECK(raise() > 0);
    UserStore::add(db.connection(), QStringLiteral("wang"), {}, QStringLiteral("admin"), QStringLiteral("admin-pass-1"));
    UserStore::add(db.connection(), QStringLiteral("kan2"), {}, QStringLiteral("viewer"), QStringLiteral("viewer-pass-1"));
    UserStore::add(db.connection(), QStringLiteral("li2"), {}, QStringLiteral("clerk"), QStringLiteral("clerk-pass-1"));
    const int requests = Sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM enterprise_request")).toInt();

    Session::signOut();
    CHECK_THROWS_AS(raise(), Refusal); // nobody signed in
    UserStore::signIn(db.connection(), QStringLiteral("kan2"), QStringLiteral("viewer-pass-1"));
    CHECK_THROWS_AS(raise(), Refusal); // a viewer changes nothing
    CHECK(Sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM enterprise_request")).toInt() == requests);

    UserStore::signIn(db.connection(), QStringLiteral("li2"), QStringLiteral("clerk-pass-1"));
    CHECK(raise() > 0); // a clerk records requests …
    const QString caseNo = Sql::scalar(db.connection(), QStringLiteral("SELECT case_no FROM penalty_case LIMIT 1")).toString();
    ReviewStore::Input review{caseNo, QStringLiteral("李"), QDate(2026, 11, 29), {}, {}, {}, {}};
    CHECK_THROWS_AS(ReviewStore::record(db.connection(), review), Refusal); // … but does not review case files
    CHECK_THROWS_AS(UserStore::add(db.connection(), QStringLiteral("x"), {}, QStringLiteral("clerk"), QStringLiteral("x-pass-123")), Refusal);
    UserStore::signIn(db.connection(), QStringLiteral("wang"), QStringLiteral("admin-pass-1"));
    CHECK(ReviewStore::record(db.connection(), review).id > 0);
}

TEST_CASE("Without an access policy installed every write and copy is refused", "[users]")
{
    QTemporaryDir dir;
    Database db = Database::open(dir.filePath(QStringLiteral("closed.db")));
    const auto write = [&] {
        RequestStore::raise(db.connection(), 0, QString(), 0, QStringLiteral("诉求"), QDate(2026, 11, 2), QDate(2026, 11, 20));
    };
    struct Reinstall
    {
        ~Reinstall() { AccessPolicy::install(&Session::policy()); }
    } reinstall;
    AccessPolicy::install(nullptr);
    CHECK_THROWS_AS(write(), Refusal);
    CHECK_THROWS_AS(AccessPolicy::current().require(db.connection(), AccessPolicy::Permission::BackUpNow), Refusal);
    CHECK(Sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM enterprise_request")).toInt() == 0);
    AccessPolicy::install(&Session::policy());
    // An empty file is open to everyone once the session answers: the request is then
    // refused for its data (no department 0), not for the role.
    try {
        write();
        FAIL("a request without a department was recorded");
    } catch (const Refusal &refusal) {
        CHECK_FALSE(refusal.message().contains(QStringLiteral("access rules")));
    }
}

TEST_CASE("Personal data: masked in exports for roles that do not need it — unmasking is audited", "[users][pipl]")
{
    SignedOut guard;
    QTemporaryDir dir;
    Database db = Database::open(dir.filePath(QStringLiteral("pipl.db")));
    TestSupport::demo(db, 10, 20, QDate(2026, 11, 29));
    const QString id = Sql::scalar(db.connection(), QStringLiteral(
        "SELECT legal_representative_id FROM enterprise WHERE legal_representative_id IS NOT NULL LIMIT 1")).toString();
    REQUIRE(id.size() == 18);
    auto exported = [&](const QString &name) {
        const QString path = dir.filePath(name);
        EnterpriseExport::write(db.connection(), EnterpriseQuery(), path);
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        return QString::fromUtf8(file.readAll());
    };
    CHECK(exported(QStringLiteral("open.csv")).contains(id)); // no users yet: nothing to hide from
    UserStore::add(db.connection(), QStringLiteral("wang"), {}, QStringLiteral("admin"), QStringLiteral("admin-pass-1"));
    UserStore::add(db.connection(), QStringLiteral("li2"), {}, QStringLiteral("clerk"), QStringLiteral("clerk-pass-1"));
    UserStore::signIn(db.connection(), QStringLiteral("li2"), QStringLiteral("clerk-pass-1"));
    const QString masked = exported(QStringLiteral("clerk.csv"));
    CHECK_FALSE(masked.contains(id));
    CHECK(masked.contains(id.left(6)));
    CHECK_FALSE(PersonalData::mayReveal(db.connection()));
    CHECK_THROWS_AS(PersonalData::recordReveal(db.connection(), QStringLiteral("enterprise"), 1, QStringLiteral("phone")), Refusal);
    // Every export is recorded: who, what, how many rows, and whether it was unmasked.
    auto exports = [&](bool unmasked) {
        return Sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'export' "
                                                           "AND json_extract(new_values, '$.unmasked') = ?"),
                           {unmasked ? 1 : 0})
            .toInt();
    };
    CHECK(exports(false) == 1); // the clerk's; the first, from the file without users, was unmasked
    CHECK(Sql::scalar(db.connection(), QStringLiteral("SELECT json_extract(new_values, '$.rows') FROM audit_log WHERE table_name = 'export' "
                                                      "AND user_name = 'li2'"))
              .toInt() == 20);
    UserStore::signIn(db.connection(), QStringLiteral("wang"), QStringLiteral("admin-pass-1"));
    CHECK(exported(QStringLiteral("admin.csv")).contains(id));
    CHECK(Sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'export' AND user_name = 'wang' "
                                                      "AND json_extract(new_values, '$.unmasked') = 1"))
              .toInt() == 1);
}

TEST_CASE("Exports: secrets never, other tables by role, never from a file that cannot record them", "[users][export]")
{
    SignedOut guard;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("county.db"));
    Database db = Database::open(path);
    TestSupport::demo(db, 10, 20, QDate(2026, 11, 29));
    UserStore::add(db.connection(), QStringLiteral("wang"), {}, QStringLiteral("admin"), QStringLiteral("admin-pass-1"));
    UserStore::add(db.connection(), QStringLiteral("kan"), {}, QStringLiteral("viewer"), QStringLiteral("viewer-pass-1"));
    UserStore::add(db.connection(), QStringLiteral("zhao"), {}, QStringLiteral("supervisor"), QStringLiteral("super-pass-1"));
    auto exporting = [&](const QString &table) {
        return TestSupport::refusal([&] { DataExport::table(db.connection(), table, dir.filePath(table + QStringLiteral(".csv"))); });
    };
    // Password hashes, the inspection-code key and the raw change log: not even for an administrator.
    for (const QString &secret : {QStringLiteral("app_user"), QStringLiteral("setting"), QStringLiteral("change_log")}) {
        CHECK(exporting(secret).contains(QStringLiteral("not exported")));
        CHECK_FALSE(QFileInfo::exists(dir.filePath(secret + QStringLiteral(".csv"))));
    }
    CHECK(exporting(QStringLiteral("audit_log")).isEmpty());
    Session::signOut();
    CHECK(exporting(QStringLiteral("enterprise")).contains(QStringLiteral("sign in")));
    UserStore::signIn(db.connection(), QStringLiteral("kan"), QStringLiteral("viewer-pass-1"));
    CHECK(exporting(QStringLiteral("enterprise")).isEmpty());
    CHECK_FALSE(exporting(QStringLiteral("officer")).isEmpty());
    UserStore::signIn(db.connection(), QStringLiteral("zhao"), QStringLiteral("super-pass-1"));
    CHECK(exporting(QStringLiteral("officer_conflict")).isEmpty());
    CHECK_FALSE(exporting(QStringLiteral("audit_log")).isEmpty());
    // A read-only window cannot record an export, so it makes none.
    const Database viewer = Database::open(path, Database::OpenMode::ExistingOnly, Database::Access::ReadOnly);
    CHECK(TestSupport::refusal([&] { DataExport::table(viewer.connection(), QStringLiteral("township"), dir.filePath(QStringLiteral("t.csv"))); })
              .contains(QStringLiteral("read-only")));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("t.csv"))));
}

TEST_CASE("User names are one whatever their case", "[users]")
{
    SignedOut guard;
    QTemporaryDir dir;
    Database db = Database::open(dir.filePath(QStringLiteral("names.db")));
    UserStore::add(db.connection(), QStringLiteral("wang"), {}, QStringLiteral("admin"), QStringLiteral("admin-pass-1"));
    CHECK(TestSupport::refusal([&] {
              UserStore::add(db.connection(), QStringLiteral("Wang"), {}, QStringLiteral("clerk"), QStringLiteral("clerk-pass-1"));
          }).contains(QStringLiteral("taken")));
    // The database refuses the second spelling too, whichever path writes it.
    CHECK_THROWS_AS(Sql::exec(db.connection(), QStringLiteral("INSERT INTO app_user (username, display_name, role) VALUES ('WANG', '', 'viewer')")), DatabaseError);
    Session::signOut();
    const UserStore::User user = UserStore::signIn(db.connection(), QStringLiteral("WANG"), QStringLiteral("admin-pass-1"));
    CHECK(user.username == u"wang");
    CHECK(Session::username() == u"wang");
}

