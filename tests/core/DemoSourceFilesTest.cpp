#include "TestSupport.h"

#include "db/Database.h"
#include "db/Sql.h"
#include "demo/DemoCountyGenerator.h"
#include "demo/DemoSourceData.h"
#include "demo/DemoSourceFiles.h"
#include "discretion/PenaltyCaseStore.h"
#include "io/Importer.h"
#include "io/ValueAliases.h"
#include "supervision/SupervisionFindings.h"
#include "users/Session.h"
#include "users/UserStore.h"
#include "util/Refusal.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST_CASE("The demo county's month as its source systems export it comes in and shows what to find", "[demo][import]")
{
    QTemporaryDir dir;
    const Database db = Database::open(dir.filePath(QStringLiteral("county.db")));
    TestSupport::demo(db, 7, 900, QDate(2026, 12, 7));
    const QSqlDatabase c = db.connection();
    const QString folder = dir.filePath(QStringLiteral("files"));
    const QList<DemoSourceFiles::File> files = DemoSourceFiles::write(c, folder, QDate(), 7);
    REQUIRE(files.size() == 3);
    // The last whole month before the county's latest record (2026-12-07).
    CHECK(files.at(0).path.endsWith(QStringLiteral("12345-2026-11.xlsx")));
    CHECK(files.at(1).path.endsWith(QStringLiteral("shuanggongshi-2026-11.csv")));
    CHECK(files.at(2).path.endsWith(QStringLiteral("platform-2026-11.xls")));
    // The same seed gives the same files (the text ones compared byte for byte).
    const QByteArray cases = contents(files.at(1).path);
    const QByteArray platform = contents(files.at(2).path);
    DemoSourceFiles::write(c, folder, QDate(2026, 11, 1), 7);
    CHECK(contents(files.at(1).path) == cases);
    CHECK(contents(files.at(2).path) == platform);
    CHECK(QDir(folder).entryList(QDir::Files).size() == 3); // no temporary file left behind

    for (const DemoSourceFiles::File &file : files) {
        INFO(file.path.toStdString());
        // A dry run lists each name the register writes otherwise once, with a suggestion
        // that is the register's: 城关 → 城关镇, 县应急管理局 → 清溪县应急管理局.
        const ImportReport dry = Importer::run(c, file.kind, file.path, {});
        Importer::Options apply;
        apply.dryRun = false;
        for (const ImportReport::Unresolved &u : dry.unresolved) {
            INFO(u.value.toStdString());
            REQUIRE_FALSE(u.suggestion.isEmpty());
            CHECK(ValueAliases::targets(c, u.kind).contains(u.suggestion));
            if (u.kind == u"township")
                CHECK(u.suggestion.startsWith(u.value));
            apply.valueMap[u.kind].insert(u.value, u.suggestion);
        }
        CHECK(dry.unresolved.size() >= 1); // every file writes some names its own way
        const ImportReport done = Importer::run(c, file.kind, file.path, apply);
        INFO((done.rejected.isEmpty() ? QString() : done.rejected.first().toString()).toStdString());
        REQUIRE(done.rejected.isEmpty());
        REQUIRE(done.applied);
        // Two natural persons' cases are in the 双公示 file and left out; the loosely
        // worded ones are listed for a person to match.
        CHECK(done.inserted == file.rows - (file.kind == u"cases" ? 2 : 0));
        if (file.kind == u"cases") {
            const auto toMatch = std::count_if(done.notes.cbegin(), done.notes.cend(),
                                               [](const QString &note) { return note.contains(QStringLiteral("case item")); });
            CHECK(toMatch >= 1);
            CHECK(toMatch <= file.rows / 4);
            // Matching one by hand offers the import's best candidate first, and takes the
            // code however it is typed.
            static const QRegularExpression noted(QStringLiteral("^(\\S+): .*closest: (\\S+) "));
            for (const QString &note : done.notes) {
                const QRegularExpressionMatch m = noted.match(note);
                if (!m.hasMatch())
                    continue;
                const auto row = PenaltyCaseStore::find(c, m.captured(1));
                REQUIRE(row);
                const auto offered = PenaltyCaseStore::candidateItems(c, *row);
                REQUIRE_FALSE(offered.isEmpty());
                CHECK(offered.first().code == m.captured(2));
                CHECK(PenaltyCaseStore::attachItem(c, row->caseNo, m.captured(2).toLower()).itemCode == m.captured(2));
            }
        }
        // All or nothing, and idempotent: the same file again changes nothing.
        const ImportReport again = Importer::run(c, file.kind, file.path, apply);
        CHECK(again.inserted == 0);
        CHECK(again.updated == 0);
        CHECK(again.unchanged == done.inserted);
    }

    // 12345: every category as the platform writes it, 表扬 and 感谢 both praise; none of
    // those becomes a clue, while complaints about enforcement conduct do.
    CHECK(Sql::scalar(c, QStringLiteral("SELECT count(DISTINCT category_text) FROM hotline_order WHERE order_no LIKE 'GD%'")).toInt() == 8);
    CHECK(Sql::scalar(c, QStringLiteral("SELECT count(*) FROM hotline_order WHERE order_no LIKE 'GD%' AND category_text IN ('表扬', '感谢') "
                                        "AND category <> 'praise'")).toInt() == 0);
    CHECK(Sql::scalar(c, QStringLiteral("SELECT count(*) FROM clue k JOIN hotline_order o ON o.id = k.hotline_order_id "
                                        "WHERE o.order_no LIKE 'GD%' AND o.category = 'praise'")).toInt() == 0);
    CHECK(Sql::scalar(c, QStringLiteral("SELECT count(*) FROM clue k JOIN hotline_order o ON o.id = k.hotline_order_id "
                                        "WHERE o.order_no LIKE 'GD%'")).toInt() > 0);

    // 双公示: most cases find their benchmark item by the provisions and wording they cite.
    const int published = Sql::scalar(c, QStringLiteral("SELECT count(*) FROM penalty_case WHERE source = 'published'")).toInt();
    const int matched = Sql::scalar(c, QStringLiteral("SELECT count(*) FROM penalty_case WHERE source = 'published' "
                                                      "AND discretion_item_id IS NOT NULL")).toInt();
    INFO("matched " << matched << " of " << published);
    CHECK(matched * 10 >= published * 7);

    // Every kind of finding shows in November.
    for (const QString &kind : SupervisionFindings::kinds()) {
        INFO(kind.toStdString());
        CHECK_FALSE(SupervisionFindings::list(c, QDate(2026, 11, 1), QDate(2026, 11, 30), kind).isEmpty());
    }
}

TEST_CASE("Demo files are written only from the demo county's file", "[demo]")
{
    QTemporaryDir dir;
    const Database db = Database::open(dir.filePath(QStringLiteral("county.db")));
    CHECK_THROWS_AS(DemoSourceFiles::write(db.connection(), dir.filePath(QStringLiteral("files")), QDate(), 1), Refusal);
    // A real county's file with enterprises and records: invented cases would name them.
    Sql::exec(db.connection(), QStringLiteral("INSERT INTO township (code, name) VALUES ('320987001', '城关镇')"));
    Sql::exec(db.connection(), QStringLiteral("INSERT INTO department (code, name, short_name) VALUES ('SC', '清溪县市场监督管理局', '市场监管')"));
    Sql::exec(db.connection(), QStringLiteral("INSERT INTO enterprise (uscc, name) VALUES ('91320987MA1X2Y3Z4A', '某某公司')"));
    CHECK_FALSE(DemoCountyGenerator::isDemo(db.connection()));
    CHECK_THROWS_AS(DemoSourceFiles::write(db.connection(), dir.filePath(QStringLiteral("files")), QDate(), 1), Refusal);
    CHECK_FALSE(QDir(dir.filePath(QStringLiteral("files"))).exists());
}

TEST_CASE("Demo files: only months of the county's history, nothing written when refused", "[demo]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("county.db"));
    {
        const Database db = Database::open(path);
        TestSupport::demo(db, 5, 200, QDate(2026, 12, 7));
        const QSqlDatabase c = db.connection();
        const QString folder = dir.filePath(QStringLiteral("files"));
        // 18 months of history end on 2026-12-07: December is not whole, 1999 is before
        // any enterprise, and neither is invented.
        for (const QDate &month : {QDate(2026, 12, 1), QDate(1999, 1, 1), QDate(2027, 1, 1), QDate(2025, 5, 1)})
            CHECK_THROWS_AS(DemoSourceFiles::write(c, folder, month, 5), Refusal);
        CHECK_FALSE(QDir(folder).exists());
        CHECK(DemoSourceFiles::write(c, folder, QDate(2025, 7, 1), 5).size() == 3);
        // Never into the database's backups folder, not even an empty folder left behind.
        const QString backups = QDir(Database::backupFolder(path)).filePath(QStringLiteral("demo"));
        CHECK_THROWS_AS(DemoSourceFiles::write(c, backups, QDate(), 5), Refusal);
        CHECK_FALSE(QDir(backups).exists());
    }
    // A file opened read-only cannot record the export, so nothing is written.
    const Database readOnly = Database::open(path, Database::OpenMode::ExistingOnly, Database::Access::ReadOnly);
    CHECK_THROWS(DemoSourceFiles::write(readOnly.connection(), dir.filePath(QStringLiteral("ro")), QDate(), 5));
    CHECK_FALSE(QDir(dir.filePath(QStringLiteral("ro"))).exists());
}

TEST_CASE("Demo files are an export: the roles bind them and the audit trail records them", "[demo]")
{
    QTemporaryDir dir;
    const Database db = Database::open(dir.filePath(QStringLiteral("county.db")));
    TestSupport::demo(db, 3, 200, QDate(2026, 12, 7));
    UserStore::add(db.connection(), QStringLiteral("wang"), {}, QStringLiteral("admin"), QStringLiteral("admin-pass-1"));
    UserStore::add(db.connection(), QStringLiteral("kan"), {}, QStringLiteral("viewer"), QStringLiteral("viewer-pass-1"));
    Session::signOut();
    UserStore::signIn(db.connection(), QStringLiteral("kan"), QStringLiteral("viewer-pass-1"));
    // Officers' certificate numbers are a clerk's to export, not a viewer's.
    CHECK_THROWS_AS(DemoSourceFiles::write(db.connection(), dir.filePath(QStringLiteral("files")), QDate(), 3), Refusal);
    CHECK(QDir(dir.filePath(QStringLiteral("files"))).entryList(QDir::Files).isEmpty());
    Session::signOut();
    UserStore::signIn(db.connection(), QStringLiteral("wang"), QStringLiteral("admin-pass-1"));
    const QList<DemoSourceFiles::File> files = DemoSourceFiles::write(db.connection(), dir.filePath(QStringLiteral("files")), QDate(), 3);
    CHECK(files.size() == 3);
    CHECK(Sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM audit_log WHERE user_name = 'wang' "
                                                      "AND json_extract(new_values, '$.what') LIKE 'demo.files.%'")).toInt() == 3);
    Session::signOut();
}

TEST_CASE("Demo files read a bounded sample of the register, spread over it", "[demo]")
{
    QTemporaryDir dir;
    const Database db = Database::open(dir.filePath(QStringLiteral("county.db")));
    TestSupport::demo(db, 8, 4500, QDate(2026, 12, 7));
    const DemoSourceData data = DemoSourceData::load(db.connection(), QDate(2026, 11, 30));
    const qint64 active = Sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM enterprise WHERE status = 'active'")).toLongLong();
    CHECK(data.enterpriseCount == active);
    // 4,500 active or fewer: every second one, so at most 4,000 and spread to the last ids.
    CHECK(data.enterprises.size() <= DemoSourceData::kSampleSize);
    CHECK(data.enterprises.size() >= active / 2);
    CHECK(data.enterprises.last().id > Sql::scalar(db.connection(), QStringLiteral("SELECT max(id) - 10 FROM enterprise")).toLongLong());
    CHECK(data.county == QStringLiteral("清溪县"));
    // The files' sizes follow the whole register, not the sample: 4,500 / 25 = 180 orders.
    const QList<DemoSourceFiles::File> files = DemoSourceFiles::write(db.connection(), dir.filePath(QStringLiteral("files")), QDate(), 8);
    CHECK(files.at(0).rows == int(active / 25));
}
