#include "TestSupport.h"

#include "db/AuditLog.h"
#include "db/BackupRotation.h"
#include "db/Database.h"
#include "db/DatabaseLock.h"
#include "db/DatabaseRestore.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "users/Session.h"
#include "users/UserStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

namespace {

struct SignedOut
{
    ~SignedOut() { Session::signOut(); }
};

void addTownship(const QString &path, const QString &code)
{
    Database db = Database::open(path, Database::OpenMode::ExistingOnly);
    Transaction transaction(db.connection()); // sealed into the audit trail on commit
    Sql::exec(db.connection(), QStringLiteral("INSERT INTO township (code, name) VALUES (?, ?)"), {code, QStringLiteral("镇") + code});
    transaction.commit();
}

int townships(const QString &path)
{
    Database db = Database::open(path, Database::OpenMode::ExistingOnly);
    return Sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM township")).toInt();
}

QJsonObject lastRestoreEntry(const QString &path)
{
    Database db = Database::open(path, Database::OpenMode::ExistingOnly);
    const QString json = Sql::scalar(db.connection(), QStringLiteral("SELECT new_values FROM audit_log WHERE table_name = 'restore' "
                                                                     "ORDER BY id DESC LIMIT 1"))
                             .toString();
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QString backupOf(const QString &path, const QDateTime &when)
{
    Database db = Database::open(path, Database::OpenMode::ExistingOnly);
    return BackupRotation::backUp(db, when);
}

} // namespace

TEST_CASE("Restore: only an administrator of the file replaced, recorded in both files, every replaced file kept", "[db][restore]")
{
    SignedOut guard;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("county.db"));
    {
        Database db = Database::open(path);
        UserStore::add(db.connection(), QStringLiteral("wang"), {}, QStringLiteral("admin"), QStringLiteral("admin-pass-1"));
        UserStore::add(db.connection(), QStringLiteral("kan"), {}, QStringLiteral("viewer"), QStringLiteral("viewer-pass-1"));
    }
    addTownship(path, QStringLiteral("001"));
    const QString backup = backupOf(path, QDateTime(QDate(2026, 11, 2), QTime(8, 0)));
    addTownship(path, QStringLiteral("002"));
    const QByteArray before = TestSupport::fileDigest(path);

    Session::signOut();
    CHECK(TestSupport::refusal([&] { DatabaseRestore::restore(backup, path, {}); }).contains(QStringLiteral("administrator")));
    {
        Database db = Database::open(path, Database::OpenMode::ExistingOnly);
        UserStore::signIn(db.connection(), QStringLiteral("kan"), QStringLiteral("viewer-pass-1"));
    }
    CHECK_FALSE(TestSupport::refusal([&] { DatabaseRestore::restore(backup, path, {}); }).isEmpty());
    CHECK(townships(path) == 2);
    CHECK(TestSupport::fileDigest(path) == before);
    // The database itself is no backup of itself.
    CHECK(TestSupport::refusal([&] { DatabaseRestore::restore(path, path, {}); }).contains(QStringLiteral("database itself")));

    {
        Database db = Database::open(path, Database::OpenMode::ExistingOnly);
        UserStore::signIn(db.connection(), QStringLiteral("wang"), QStringLiteral("admin-pass-1"));
    }
    AuditLog::setActor(QStringLiteral("wang"));
    const DatabaseRestore::Result first = DatabaseRestore::restore(backup, path, {});
    CHECK(townships(path) == 1);
    CHECK(first.keptAs == path + QStringLiteral(".before-restore"));
    CHECK(townships(first.keptAs) == 2);
    // The replaced file's digest, as it was set aside, is in the restored file's record.
    const QJsonObject arrived = lastRestoreEntry(path);
    CHECK(arrived.value(QStringLiteral("step")).toString() == u"restored");
    CHECK(arrived.value(QStringLiteral("replaced_sha256")).toString() == QString::fromLatin1(TestSupport::fileDigest(first.keptAs)));
    CHECK(arrived.value(QStringLiteral("backup")).toString() == QFileInfo(backup).fileName());
    CHECK(lastRestoreEntry(first.keptAs).value(QStringLiteral("step")).toString() == u"replaced");
    {
        Database db = Database::open(path, Database::OpenMode::ExistingOnly);
        CHECK(AuditLog::verify(db.connection()).ok);
        CHECK(Sql::scalar(db.connection(), QStringLiteral("SELECT user_name FROM audit_log ORDER BY id DESC LIMIT 1")).toString() == u"wang");
    }

    // A second restore keeps the first replaced file and numbers the next.
    const DatabaseRestore::Result second = DatabaseRestore::restore(backup, path, {});
    CHECK(second.keptAs == path + QStringLiteral(".before-restore.2"));
    CHECK(townships(first.keptAs) == 2);
    CHECK(QFileInfo::exists(second.keptAs));
    AuditLog::setActor(QStringLiteral("system"));
}

TEST_CASE("Restore: a backup without passwords over a file with them needs the administrator's explicit word", "[db][restore]")
{
    SignedOut guard;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("county.db"));
    { Database db = Database::open(path); }
    const QString open = backupOf(path, QDateTime(QDate(2026, 11, 2), QTime(8, 0)));
    {
        Database db = Database::open(path, Database::OpenMode::ExistingOnly);
        UserStore::add(db.connection(), QStringLiteral("wang"), {}, QStringLiteral("admin"), QStringLiteral("admin-pass-1"));
    }
    CHECK(DatabaseRestore::weakensProtection(open, path));
    const QByteArray before = TestSupport::fileDigest(path);
    CHECK(TestSupport::refusal([&] { DatabaseRestore::restore(open, path, {}); }).contains(QStringLiteral("no passwords")));
    CHECK(TestSupport::fileDigest(path) == before);
    DatabaseRestore::Options accept;
    accept.acceptWeakerProtection = true;
    DatabaseRestore::restore(open, path, accept);
    Database db = Database::open(path, Database::OpenMode::ExistingOnly);
    CHECK_FALSE(UserStore::hasUsers(db.connection()));
}

TEST_CASE("Restore: a damaged file needs no roles — a file in use is never replaced", "[db][restore]")
{
    SignedOut guard;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("county.db"));
    {
        Database db = Database::open(path);
        Sql::exec(db.connection(), QStringLiteral("INSERT INTO township (code, name) VALUES ('001', '一镇')"));
    }
    const QString backup = backupOf(path, QDateTime(QDate(2026, 11, 2), QTime(8, 0)));

    // Open in a FairCheck window: its lock file says so.
    {
        DatabaseLock window(path);
        REQUIRE(window.tryLock());
        const QString refusal = TestSupport::refusal([&] { DatabaseRestore::restore(backup, path, {}); });
        CHECK(refusal.contains(QString::number(QCoreApplication::applicationPid())));
    }
    // Open in another program: SQLite's own lock on the file says so.
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    REQUIRE_FALSE(sqlite3.isEmpty());
    {
        QProcess other;
        other.start(sqlite3, {path});
        REQUIRE(other.waitForStarted());
        other.write("SELECT 'ready', count(*) FROM township;\n");
        REQUIRE(other.waitForReadyRead(5000));
        CHECK(TestSupport::refusal([&] { DatabaseRestore::restore(backup, path, {}); }).contains(QStringLiteral("another program")));
        other.closeWriteChannel();
        other.waitForFinished();
    }
    // Damaged: restored without asking anyone, the damaged file kept.
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    file.seek(0);
    file.write(QByteArray(100, '\x5a'));
    file.close();
    const DatabaseRestore::Result result = DatabaseRestore::restore(backup, path, {});
    CHECK(result.replacedWasDamaged);
    CHECK(townships(path) == 1);
    CHECK(QFileInfo(result.keptAs).size() > 0);
}
