#include "TestSupport.h"

#include "credit/CreditRecomputer.h"
#include "credit/CreditRuleStore.h"
#include "db/BackupRotation.h"
#include "db/Database.h"
#include "db/DatabaseBackup.h"
#include "db/DatabaseRestore.h"
#include "db/InputFile.h"
#include "db/IntegrityChecker.h"
#include "db/OutputFile.h"
#include "db/Sql.h"
#include "db/SqliteFileReader.h"
#include "db/Transaction.h"
#include "io/DataExport.h"
#include "registry/EnterpriseExport.h"
#include "io/Importer.h"
#include "planning/InspectionCode.h"
#include "planning/PlanRequest.h"
#include "planning/PlanStore.h"
#include "registry/EnterpriseQuery.h"
#include "report/MonthlyReport.h"
#include "report/MonthlyReportWriter.h"
#include "supervision/AttachmentStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QStandardPaths>

#include <sys/stat.h>

// SQLite's "How To Corrupt" guide, 2.2: POSIX locks belong to the process, so closing
// any descriptor of the database file drops the locks of every connection in it, and
// another program closing the file then deletes the WAL this process still uses. These
// tests keep one connection open and run every operation that touches the file, each
// followed by another process opening and closing it.

namespace {

// Whether this process holds a POSIX lock on the file, as /proc/locks lists them
// ("1: POSIX  ADVISORY  READ 1234 fe:00:10952708 1073741826 1073742335").
bool holdsLock(const QString &path)
{
    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    QFile locks(QStringLiteral("/proc/locks"));
    REQUIRE(locks.open(QIODevice::ReadOnly));
    const QByteArray pid = QByteArray::number(QCoreApplication::applicationPid());
    const QByteArray inode = ':' + QByteArray::number(quint64(st.st_ino));
    for (const QByteArray &line : locks.readAll().split('\n')) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() >= 6 && f.at(1) == "POSIX" && f.at(4) == pid && f.at(5).endsWith(inode))
            return true;
    }
    return false;
}

// Another program opens the file, reads, writes a row to a queue table no audit
// captures, and closes it: were this process's lock gone, it would checkpoint and
// delete the WAL on closing.
void anotherProcessOpensAndCloses(const QString &path)
{
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    REQUIRE_FALSE(sqlite3.isEmpty());
    QProcess other;
    other.start(sqlite3, {path, QStringLiteral("SELECT count(*) FROM enterprise; "
                                              "INSERT OR IGNORE INTO credit_dirty (enterprise_id) SELECT min(id) FROM enterprise;")});
    REQUIRE(other.waitForFinished(20000));
    REQUIRE(other.exitCode() == 0);
}

void writeOnce(const Database &db)
{
    Transaction transaction(db.connection());
    Sql::exec(db.connection(), QStringLiteral("UPDATE enterprise SET address = address || '' WHERE id = (SELECT min(id) FROM enterprise)"));
    transaction.commit();
}

} // namespace

TEST_CASE("An open connection keeps its lock and its WAL whatever the program does with the file", "[db][locks]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("county.db"));
    {
        Database db = Database::open(path);
        TestSupport::demo(db, 3, 200, QDate(2026, 11, 29));
    }
    auto held = std::make_unique<Database>(Database::open(path, Database::OpenMode::ExistingOnly));
    const QSqlDatabase conn = held->connection();
    writeOnce(*held);
    REQUIRE(holdsLock(path));
    REQUIRE(QFileInfo::exists(path + QStringLiteral("-wal")));

    auto afterEach = [&](const char *operation) {
        INFO(operation);
        CHECK(holdsLock(path));
        anotherProcessOpensAndCloses(path);
        CHECK(QFileInfo::exists(path + QStringLiteral("-wal")));
        CHECK(holdsLock(path));
        writeOnce(*held);
    };

    { const Database second = Database::open(path, Database::OpenMode::ExistingOnly); } // a second window, the daily backup
    afterEach("open");
    { const Database viewer = Database::open(path, Database::OpenMode::ExistingOnly, Database::Access::ReadOnly); }
    afterEach("open read-only");
    CHECK(IntegrityChecker::run(conn).ok());
    afterEach("check");
    DatabaseBackup::write(*held, dir.filePath(QStringLiteral("copy.db")));
    DatabaseBackup::copyTo(*held, dir.filePath(QStringLiteral("copy2.bak")));
    afterEach("backup");
    BackupRotation::backUpNow(*held);
    CHECK(BackupRotation::problem(BackupRotation::latestGood(path)).isEmpty());
    CHECK(BackupRotation::problem(path).isEmpty()); // the live file itself, read through SQLite
    afterEach("backups now");
    CHECK(SqliteFileReader::sha256(path).size() == 32);
    afterEach("digest");
    EnterpriseExport::write(conn, EnterpriseQuery(), dir.filePath(QStringLiteral("register.csv")));
    DataExport::table(conn, QStringLiteral("enterprise"), dir.filePath(QStringLiteral("enterprise.xlsx")));
    afterEach("export");
    const MonthlyReport report = MonthlyReport::build(conn, QDate(2026, 10, 1), 0, QStringLiteral("县"));
    for (const char *suffix : {"xlsx", "docx"}) // PDFs need a GUI application for fonts: the CLI test writes them
        MonthlyReportWriter::write(report, dir.filePath(QStringLiteral("report.") + QLatin1String(suffix)));
    afterEach("report");
    Importer::Options options;
    Importer::run(conn, QStringLiteral("enterprises"), dir.filePath(QStringLiteral("register.csv")), options);
    afterEach("import");
    CreditRecomputer::run(conn, CreditRuleStore::load(conn), QDate(2026, 11, 29), CreditRecomputer::Mode::Full);
    afterEach("recompute");
    PlanRequest request;
    request.from = QDate(2027, 1, 4);
    request.to = QDate(2027, 1, 29);
    request.seed = QStringLiteral("locks");
    request.provisionalCalendar = true; // 2027's holiday notice is not in the calendar yet
    const qint64 plan = PlanStore::create(conn, request);
    CHECK(plan > 0);
    const qint64 visit = Sql::scalar(conn, QStringLiteral("SELECT min(id) FROM visit WHERE plan_id = ?"), {plan}).toLongLong();
    InspectionCode::save(conn, visit, dir.filePath(QStringLiteral("code.png")));
    afterEach("plan create");
    const qint64 clue = Sql::scalar(conn, QStringLiteral("SELECT min(id) FROM clue")).toLongLong();
    TestSupport::writeFile(dir.filePath(QStringLiteral("evidence.pdf")), "%PDF-1.4 evidence");
    AttachmentStore::attach(conn, path, QStringLiteral("clue"), clue, dir.filePath(QStringLiteral("evidence.pdf")), QDate(2026, 11, 29));
    afterEach("attachment");

    // Named by a careless user as an input or an output, the file and its working files
    // are refused before anything opens them.
    for (const QString &own : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
        CHECK_FALSE(TestSupport::refusal([&] { InputFile::check(own); }).isEmpty());
        CHECK_FALSE(TestSupport::refusal([&] { Importer::run(conn, QStringLiteral("enterprises"), own, options); }).isEmpty());
        CHECK_FALSE(TestSupport::refusal([&] {
                        AttachmentStore::attach(conn, path, QStringLiteral("clue"), clue, own, QDate(2026, 11, 29));
                    }).isEmpty());
        CHECK_FALSE(TestSupport::refusal([&] { OutputFile::check(own, {QStringLiteral("db"), QStringLiteral("db-wal"), QStringLiteral("db-shm")}); })
                        .isEmpty());
    }
    CHECK_FALSE(TestSupport::refusal([&] { DatabaseRestore::restore(BackupRotation::latestGood(path), path, {}); }).isEmpty());
    afterEach("refusals");

    // Both have written; the file is sound.
    held.reset();
    const Database reopened = Database::open(path, Database::OpenMode::ExistingOnly);
    CHECK(IntegrityChecker::run(reopened.connection()).ok());
}
