#include "TestSupport.h"

#include "db/AuditLog.h"
#include "db/Sql.h"
#include "supervision/ClueStore.h"
#include "users/Session.h"
#include "users/UserStore.h"

namespace {

struct SignedOut
{
    ~SignedOut() { Session::signOut(); }
};

} // namespace

TEST_CASE("The author of a step is the signed-in user — a name typed for someone else is kept beside it", "[users][audit]")
{
    SignedOut guard;
    QTemporaryDir dir;
    Database db = Database::open(dir.filePath(QStringLiteral("county.db")));
    TestSupport::demo(db, 7, 600, QDate(2026, 11, 29));
    UserStore::add(db.connection(), QStringLiteral("wang"), {}, QStringLiteral("admin"), QStringLiteral("admin-pass-1"));
    UserStore::add(db.connection(), QStringLiteral("zhao"), {}, QStringLiteral("supervisor"), QStringLiteral("super-pass-1"));
    UserStore::signIn(db.connection(), QStringLiteral("zhao"), QStringLiteral("super-pass-1"));
    AuditLog::setActor(QStringLiteral("cli:someone")); // the process's name gives way to the signed-in user
    const QList<QVariant> verified = [&] {
        QList<QVariant> ids;
        QSqlQuery q = Sql::exec(db.connection(), QStringLiteral("SELECT id FROM clue WHERE state = 'verified' ORDER BY id LIMIT 2"));
        while (q.next())
            ids.append(q.value(0));
        return ids;
    }();
    REQUIRE(verified.size() == 2);
    ClueStore::Move close;
    close.to = QStringLiteral("closed");
    close.on = QDate(2026, 11, 30);
    close.by = QStringLiteral("李所长"); // typed for the head of office
    ClueStore::move(db.connection(), verified.at(0).toLongLong(), close);
    const ClueStore::Step step = ClueStore::steps(db.connection(), verified.at(0).toLongLong()).constLast();
    CHECK(step.by == u"李所长");
    CHECK(step.enteredBy == u"zhao");
    CHECK(step.byline() == ClueStore::tr("%1 (entered by %2)").arg(QStringLiteral("李所长"), QStringLiteral("zhao")));
    CHECK(Sql::scalar(db.connection(), QStringLiteral("SELECT user_name FROM audit_log WHERE table_name = 'clue' ORDER BY id DESC LIMIT 1"))
              .toString() == u"zhao");
    // Nobody typed: the signed-in user did it.
    close.by.clear();
    ClueStore::move(db.connection(), verified.at(1).toLongLong(), close);
    CHECK(ClueStore::steps(db.connection(), verified.at(1).toLongLong()).constLast().byline() == u"zhao");
    AuditLog::setActor(QStringLiteral("system"));
}
