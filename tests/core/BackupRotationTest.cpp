#include "TestSupport.h"

#include "db/BackupRotation.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "db/Sql.h"

#include <QDir>

namespace {

int townships(const QString &path)
{
    Database db = Database::open(path, Database::OpenMode::ExistingOnly);
    return Sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM township")).toInt();
}

void addTownship(const Database &db, const QString &code)
{
    Sql::exec(db.connection(), QStringLiteral("INSERT INTO township (code, name) VALUES (?, ?)"), {code, QStringLiteral("镇") + code});
}

} // namespace

TEST_CASE("Backups: daily and on demand, rotated, checked, restored without losing the replaced file", "[db][backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("county.db"));
    const QDateTime morning(QDate(2026, 11, 2), QTime(8, 0));
    QString first;
    {
        Database db = Database::open(path);
        addTownship(db, QStringLiteral("001"));
        first = BackupRotation::backUpIfDue(db, morning);
        REQUIRE_FALSE(first.isEmpty());
        CHECK(BackupRotation::backUpIfDue(db, morning.addSecs(3600)).isEmpty()); // one a day
        addTownship(db, QStringLiteral("002"));
        // Sixteen more days of backups: only the newest fourteen are kept.
        for (int day = 1; day <= 16; ++day)
            CHECK_FALSE(BackupRotation::backUpIfDue(db, morning.addDays(day)).isEmpty());
    }
    const auto backups = BackupRotation::list(path);
    REQUIRE(backups.size() == BackupRotation::Kept);
    CHECK(backups.first().taken == morning.addDays(16));
    CHECK_FALSE(QFileInfo::exists(first));
    CHECK(BackupRotation::problem(backups.first().path).isEmpty());
    CHECK(BackupRotation::latestGood(path) == backups.first().path);

    // A damaged newest backup is passed over for the latest good one.
    QFile damaged(backups.first().path);
    REQUIRE(damaged.open(QIODevice::ReadWrite));
    damaged.seek(100);
    damaged.write(QByteArray(4000, '\xff'));
    damaged.close();
    CHECK_FALSE(BackupRotation::problem(backups.first().path).isEmpty());
    CHECK(BackupRotation::latestGood(path) == backups.at(1).path);
    const QByteArray before = TestSupport::fileDigest(path);
    CHECK_THROWS_AS(BackupRotation::restore(backups.first().path, path), DatabaseError);
    CHECK(TestSupport::fileDigest(path) == before);
    TestSupport::writeFile(dir.filePath(QStringLiteral("letter.db")), "Dear supervisor");
    CHECK_FALSE(BackupRotation::problem(dir.filePath(QStringLiteral("letter.db"))).isEmpty());

    // Restoring an older backup: its content comes back, the replaced file is kept.
    {
        Database db = Database::open(path, Database::OpenMode::ExistingOnly);
        addTownship(db, QStringLiteral("003"));
    }
    CHECK(townships(path) == 3);
    BackupRotation::restore(backups.at(1).path, path);
    CHECK(townships(path) == 2);
    CHECK(townships(path + QStringLiteral(".before-restore")) == 3);
}
