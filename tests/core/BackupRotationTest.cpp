#include "TestSupport.h"

#include "db/BackupRotation.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "db/Sql.h"
#include "users/Session.h"
#include "users/UserStore.h"

#include <QDir>

namespace {

struct SignedOut
{
    ~SignedOut() { Session::signOut(); }
};

void addTownship(const Database &db, const QString &code)
{
    Sql::exec(db.connection(), QStringLiteral("INSERT INTO township (code, name) VALUES (?, ?)"), {code, QStringLiteral("镇") + code});
}

QList<BackupRotation::Backup> backupsAt(const QList<QDateTime> &times)
{
    QList<BackupRotation::Backup> list;
    for (const QDateTime &t : times)
        list.append({t.toString(Qt::ISODate), t, 0});
    return list;
}

} // namespace

TEST_CASE("Backups: one a day, checked, the latest good one found", "[db][backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("county.db"));
    const QDateTime morning(QDate(2026, 11, 2), QTime(8, 0));
    {
        Database db = Database::open(path);
        addTownship(db, QStringLiteral("001"));
        REQUIRE_FALSE(BackupRotation::backUpIfDue(db, morning).isEmpty());
        CHECK(BackupRotation::backUpIfDue(db, morning.addSecs(3600)).isEmpty()); // one a day
        CHECK_FALSE(BackupRotation::backUpIfDue(db, morning.addDays(1)).isEmpty());
    }
    const auto backups = BackupRotation::list(path);
    REQUIRE(backups.size() == 2);
    CHECK(backups.first().taken == morning.addDays(1));
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
    TestSupport::writeFile(dir.filePath(QStringLiteral("letter.db")), "Dear supervisor");
    CHECK(BackupRotation::problem(dir.filePath(QStringLiteral("letter.db"))) == BackupRotation::tr("is not a database"));
}

TEST_CASE("Backups are kept by generation: newest four, 14 days, 8 weeks, 12 months", "[db][backup]")
{
    // Worked by hand. Ten hourly backups on Monday 2026-11-30 (18:00 back to 09:00), then
    // one each evening back to 2025-06-01. Kept: the newest 4 (30th 18–15 h); 14 days:
    // the 30th and the 29th … 17th (13 more); 8 ISO weeks, each week's newest: W49 (30th),
    // W48 (29th) and W47 (22nd) already kept, then W46–W42 add the Sundays 15th, 8th, 1st,
    // Oct 25th and Oct 18th (5); 12 months: November (30th) kept, October 2026 back to
    // December 2025 add their last days (11). 4 + 13 + 5 + 11 = 33.
    QList<QDateTime> times;
    for (int h = 18; h >= 9; --h)
        times.append(QDateTime(QDate(2026, 11, 30), QTime(h, 0)));
    for (int d = 29; d >= 1; --d)
        times.append(QDateTime(QDate(2026, 11, d), QTime(18, 0)));
    for (QDate d(2026, 10, 31); d >= QDate(2025, 6, 1); d = d.addDays(-1))
        times.append(QDateTime(d, QTime(18, 0)));
    const auto kept = BackupRotation::retained(backupsAt(times));
    QStringList names;
    for (const auto &b : kept)
        names.append(b.taken.toString(QStringLiteral("yyyy-MM-dd HH")));
    // Newest four of the last day.
    CHECK(names.mid(0, 4) == QStringList{QStringLiteral("2026-11-30 18"), QStringLiteral("2026-11-30 17"),
                                          QStringLiteral("2026-11-30 16"), QStringLiteral("2026-11-30 15")});
    // 14 days: the 30th (already kept) and the 29th … 17th, one each.
    for (int d = 17; d <= 29; ++d)
        CHECK(names.contains(QStringLiteral("2026-11-%1 18").arg(d)));
    CHECK_FALSE(names.contains(QStringLiteral("2026-11-16 18"))); // a fifteenth day, and not its week's newest
    for (const QString &sunday : {QStringLiteral("2026-11-15 18"), QStringLiteral("2026-11-08 18"), QStringLiteral("2026-11-01 18"),
                                  QStringLiteral("2026-10-25 18"), QStringLiteral("2026-10-18 18")})
        CHECK(names.contains(sunday));
    CHECK_FALSE(names.contains(QStringLiteral("2026-10-11 18"))); // a ninth week
    // Months: the newest of each of 12 months, November 2026 back to December 2025.
    for (const QString &monthEnd : {QStringLiteral("2026-10-31 18"), QStringLiteral("2026-06-30 18"), QStringLiteral("2025-12-31 18")})
        CHECK(names.contains(monthEnd));
    CHECK_FALSE(names.contains(QStringLiteral("2025-11-30 18"))); // a thirteenth month
    CHECK_FALSE(names.contains(QStringLiteral("2026-11-30 14"))); // a fifth backup of the newest day
    CHECK(kept.size() == 4 + 13 + 5 + 11);
}

TEST_CASE("Backups taken in a row never rotate older days away, leave no working files, and need a signed-in user", "[db][backup]")
{
    SignedOut guard;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("county.db"));
    const QDateTime day(QDate(2026, 11, 2), QTime(8, 0));
    Database db = Database::open(path);
    addTownship(db, QStringLiteral("001"));
    for (int d = 0; d < 5; ++d)
        BackupRotation::backUp(db, day.addDays(d));
    const QString oldest = BackupRotation::list(path).constLast().path;
    // Fifteen on one afternoon, as a careless or hostile user might: the five days stay.
    const QDateTime afternoon = day.addDays(5).addSecs(6 * 3600);
    for (int i = 0; i < 15; ++i)
        BackupRotation::backUpNow(db, afternoon.addSecs(i));
    const auto backups = BackupRotation::list(path);
    CHECK(backups.size() == 5 + BackupRotation::KeptNewest);
    CHECK(backups.constLast().path == oldest);
    // A backup opened by another tool while rotated away leaves no -wal or -shm behind.
    const QStringList left = QDir(BackupRotation::folder(path)).entryList(QDir::Files);
    for (const QString &name : left)
        CHECK(name.endsWith(QStringLiteral(".db")));
    TestSupport::writeFile(QDir(BackupRotation::folder(path)).filePath(QStringLiteral("county-20200101-000000.db-wal")), "x");
    BackupRotation::backUpNow(db, afternoon.addSecs(60));
    CHECK_FALSE(QFileInfo::exists(QDir(BackupRotation::folder(path)).filePath(QStringLiteral("county-20200101-000000.db-wal"))));

    // Once the file has users with passwords, only a signed-in user may ask for one.
    UserStore::add(db.connection(), QStringLiteral("wang"), {}, QStringLiteral("admin"), QStringLiteral("admin-pass-1"));
    UserStore::add(db.connection(), QStringLiteral("kan"), {}, QStringLiteral("viewer"), QStringLiteral("viewer-pass-1"));
    Session::signOut();
    CHECK(TestSupport::refusal([&] { BackupRotation::backUpNow(db, afternoon.addSecs(120)); }).contains(Session::tr("sign in first").left(4)));
    UserStore::signIn(db.connection(), QStringLiteral("kan"), QStringLiteral("viewer-pass-1"));
    CHECK_FALSE(BackupRotation::backUpNow(db, afternoon.addSecs(180)).isEmpty());
    // The program's own backup on closing needs no one.
    Session::signOut();
    CHECK_FALSE(BackupRotation::backUp(db, afternoon.addSecs(240)).isEmpty());
}
