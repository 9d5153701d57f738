#include "TestSupport.h"

#include "db/Database.h"
#include "db/DatabaseBackup.h"
#include "db/InputFile.h"
#include "db/NetworkDrive.h"
#include "db/OutputFile.h"
#include "db/Sql.h"
#include "io/TableExporter.h"
#include "io/CsvReader.h"
#include "users/Session.h"
#include "users/UserStore.h"
#include "util/Refusal.h"

#include <QDir>

namespace {

struct ProbeReset
{
    ~ProbeReset() { NetworkDrive::setProbe({}); }
};

struct SignedOut
{
    ~SignedOut() { Session::signOut(); }
};

} // namespace

TEST_CASE("Outputs: never the database, its working files or folders, never a wrong extension — whole or not at all", "[files]")
{
    SignedOut guard;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("county.db"));
    Database db = Database::open(path);
    const QStringList pdf = {QStringLiteral("pdf")};
    for (const QString &target : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm"), path + QStringLiteral("-journal"),
                                  dir.filePath(QStringLiteral("backups/notice.pdf")), dir.filePath(QStringLiteral("county-files/notice.pdf"))})
        CHECK(TestSupport::refusal([&] { OutputFile::check(target, {QStringLiteral("db"), QStringLiteral("pdf")}); }).contains(QStringLiteral("open database")));
    // A link to the database is the database.
    REQUIRE(QFile::link(path, dir.filePath(QStringLiteral("innocent.pdf"))));
    CHECK_FALSE(TestSupport::refusal([&] { OutputFile::check(dir.filePath(QStringLiteral("innocent.pdf")), pdf); }).isEmpty());
    CHECK(TestSupport::refusal([&] { OutputFile::check(dir.filePath(QStringLiteral("notice.png")), pdf); }).contains(QStringLiteral(".pdf")));
    CHECK_FALSE(TestSupport::refusal([&] { OutputFile::check(dir.path(), pdf); }).isEmpty());
    CHECK_FALSE(TestSupport::refusal([&] { OutputFile::check(dir.filePath(QStringLiteral("no/such/folder/a.pdf")), pdf); }).isEmpty());
    CHECK(TestSupport::refusal([&] { OutputFile::check(dir.filePath(QStringLiteral("notice.PDF")), pdf); }).isEmpty());

    // An existing file is replaced only when the new one is complete.
    const QString target = dir.filePath(QStringLiteral("notice.pdf"));
    TestSupport::writeFile(target, "old");
    {
        OutputFile out(target, pdf);
        TestSupport::writeFile(out.temporaryPath(), "half");
        // not committed: the old file stays, the temporary one goes
    }
    CHECK(TestSupport::fileDigest(target) == QCryptographicHash::hash("old", QCryptographicHash::Sha256).toHex());
    CHECK(QDir(dir.path()).entryList({QStringLiteral("*.part.*")}, QDir::Files | QDir::Hidden).isEmpty());
    OutputFile::write(target, pdf, "new");
    CHECK(TestSupport::fileDigest(target) == QCryptographicHash::hash("new", QCryptographicHash::Sha256).toHex());

    // A copy of the whole file holds the password hashes and keys: administrators only.
    UserStore::add(db.connection(), QStringLiteral("wang"), {}, QStringLiteral("admin"), QStringLiteral("admin-pass-1"));
    UserStore::add(db.connection(), QStringLiteral("li"), {}, QStringLiteral("supervisor"), QStringLiteral("super-pass-1"));
    UserStore::signIn(db.connection(), QStringLiteral("li"), QStringLiteral("super-pass-1"));
    CHECK(TestSupport::refusal([&] { DatabaseBackup::copyTo(db, dir.filePath(QStringLiteral("copy.db"))); }).contains(QStringLiteral("administrator")));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("copy.db"))));
    UserStore::signIn(db.connection(), QStringLiteral("wang"), QStringLiteral("admin-pass-1"));
    DatabaseBackup::copyTo(db, dir.filePath(QStringLiteral("copy.db")));
    CHECK(QFileInfo::exists(dir.filePath(QStringLiteral("copy.db"))));
    CHECK_FALSE(TestSupport::refusal([&] { DatabaseBackup::copyTo(db, dir.filePath(QStringLiteral("copy.pdf"))); }).isEmpty());
}

TEST_CASE("Inputs: devices, folders and the open database are refused before they are read — small files are bounded", "[files]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("county.db"));
    Database db = Database::open(path);
    // A template that is a link to /dev/zero would be read for ever.
    REQUIRE(QFile::link(QStringLiteral("/dev/zero"), dir.filePath(QStringLiteral("templates.json"))));
    CHECK(TestSupport::refusal([&] { InputFile::readAll(dir.filePath(QStringLiteral("templates.json")), 1024); }).contains(QStringLiteral("not an ordinary file")));
    CHECK_FALSE(TestSupport::refusal([&] { InputFile::check(dir.path()); }).isEmpty());
    CHECK(TestSupport::refusal([&] { InputFile::check(path); }).contains(QStringLiteral("open database")));
    TestSupport::writeFile(dir.filePath(QStringLiteral("big.json")), QByteArray(2048, ' '));
    CHECK(TestSupport::refusal([&] { InputFile::readAll(dir.filePath(QStringLiteral("big.json")), 1024); }).contains(QStringLiteral("more than")));
    CHECK(InputFile::readAll(dir.filePath(QStringLiteral("big.json")), 4096).size() == 2048);
}

TEST_CASE("A database on a network drive is only opened read-only, and a read-only file refuses every change", "[files][network]")
{
    ProbeReset reset;
    // Linux file system types by statfs magic; FUSE mounts by their type.
    CHECK(NetworkDrive::classify(0xFF534D42).network);       // cifs
    CHECK(NetworkDrive::classify(0xFE534D42).network);       // smb2
    CHECK(NetworkDrive::classify(0x6969).network);           // nfs
    CHECK_FALSE(NetworkDrive::classify(0xEF53).network);     // ext4
    CHECK_FALSE(NetworkDrive::classify(0x01021994).network); // tmpfs
    CHECK(NetworkDrive::classify(0x65735546, QStringLiteral("fuse.gvfsd-fuse")).network);
    CHECK_FALSE(NetworkDrive::classify(0x65735546, QStringLiteral("fuse.portal")).network);
    CHECK(NetworkDrive::isUncPath(QStringLiteral("\\\\fileserver\\司法所\\county.db")));
    CHECK(NetworkDrive::isUncPath(QStringLiteral("//fileserver/share/county.db")));
    CHECK_FALSE(NetworkDrive::isUncPath(QStringLiteral("C:\\Users\\county.db")));
    CHECK_FALSE(NetworkDrive::check(QDir::tempPath()).network);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("county.db"));
    {
        Database db = Database::open(path);
        Sql::exec(db.connection(), QStringLiteral("INSERT INTO township (code, name) VALUES ('001', '一镇')"));
    }
    const QByteArray before = TestSupport::fileDigest(path);
    NetworkDrive::setProbe([](const QString &) { return NetworkDrive::Verdict{true, QStringLiteral("cifs")}; });
    try {
        Database::open(path, Database::OpenMode::ExistingOnly);
        FAIL("a database on a network drive was opened for writing");
    } catch (const DatabaseError &error) {
        CHECK(error.kind() == DatabaseError::Kind::NetworkDrive);
        CHECK(error.message().contains(QStringLiteral("cifs")));
        CHECK(error.message().contains(QStringLiteral("read-only")));
    }
    CHECK_THROWS_AS(Database::open(dir.filePath(QStringLiteral("new.db"))), DatabaseError);
    Database viewer = Database::open(path, Database::OpenMode::ExistingOnly, Database::Access::ReadOnly);
    CHECK(viewer.isReadOnly());
    CHECK(Sql::scalar(viewer.connection(), QStringLiteral("SELECT name FROM township")).toString() == u"一镇");
    CHECK(TestSupport::refusal([&] { Session::requireWrite(viewer.connection(), QStringLiteral("township")); }).contains(QStringLiteral("read-only")));
    CHECK_THROWS_AS(Sql::exec(viewer.connection(), QStringLiteral("DELETE FROM township")), DatabaseError);
    CHECK(TestSupport::fileDigest(path) == before);
}

TEST_CASE("CSV exports open as text in Excel and WPS: formulas are neutralised, numbers stay numbers", "[files][export]")
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("out.csv"));
    const QStringList cells = {QStringLiteral("=HYPERLINK(\"http://x\")"), QStringLiteral("+86 cmd"), QStringLiteral("-2+3"),
                               QStringLiteral("@SUM(A1)"), QStringLiteral("\tx"), QStringLiteral("-2"), QStringLiteral("+3.5"),
                               QStringLiteral("清溪县")};
    int n = 0;
    TableExporter::write(csv, QStringList(cells.size(), QStringLiteral("h")), [&](QStringList &row) {
        if (n++ > 0)
            return false;
        row = cells;
        return true;
    });
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray line = file.readAll().split('\n').value(1).trimmed();
    CHECK(line == QByteArrayLiteral("\"'=HYPERLINK(\"\"http://x\"\")\",'+86 cmd,'-2+3,'@SUM(A1),'\tx,-2,+3.5,清溪县"));
    // Read back, the apostrophe is gone again.
    CsvReader reader(csv);
    TableRow header;
    TableRow row;
    REQUIRE(reader.next(header));
    REQUIRE(reader.next(row));
    CHECK(row.cells == cells);
}
