#include "TestSupport.h"

#include "db/Database.h"
#include "db/DatabaseError.h"
#include "db/Sql.h"
#include "demo/DemoCountyGenerator.h"
#include "discretion/DiscretionSearch.h"
#include "discretion/PenaltyCaseStore.h"
#include "io/Importer.h"
#include "util/Refusal.h"

namespace {

QString listFixture(const char *name)
{
    return QStringLiteral(FAIRCHECK_TEST_DATA "/import/") + QString::fromLatin1(name);
}

Importer::Options listOptions(const QString &version, const QString &effective, bool dryRun)
{
    Importer::Options o;
    o.dryRun = dryRun;
    o.parameters = {{QStringLiteral("list"), QStringLiteral("清溪县涉企行政处罚裁量基准")},
                    {QStringLiteral("version"), version},
                    {QStringLiteral("effective_from"), effective}};
    return o;
}

struct ListCounty
{
    QTemporaryDir dir;
    Database db = Database::open(dir.filePath(QStringLiteral("lists.db")));
    ListCounty()
    {
        TestSupport::demo(db, 4, 40, QDate(2026, 11, 29));
    }
    int count(const QString &sql) const { return Sql::scalar(db.connection(), sql).toInt(); }
    ImportReport import(const char *file, const QString &version, const QString &effective, bool dryRun = false)
    {
        return Importer::run(db.connection(), QStringLiteral("discretion"), listFixture(file), listOptions(version, effective, dryRun));
    }
};

// The hits for one code: the demo county's own list has other items with the same words.
QList<DiscretionSearch::Hit> onlyCode(const QList<DiscretionSearch::Hit> &hits, const QString &code)
{
    QList<DiscretionSearch::Hit> kept;
    for (const DiscretionSearch::Hit &h : hits) {
        if (h.code == code)
            kept.append(h);
    }
    return kept;
}

} // namespace

TEST_CASE("A discretion list version comes in from a county spreadsheet", "[discretion][import]")
{
    ListCounty c;
    const int lists = c.count(QStringLiteral("SELECT count(*) FROM discretion_list"));
    const ImportReport dry = c.import("discretion-v3.csv", QStringLiteral("3.0"), QStringLiteral("2026-12-01"), true);
    CHECK(dry.rejected.isEmpty());
    CHECK(dry.inserted == 10);
    CHECK_FALSE(dry.applied);
    CHECK(c.count(QStringLiteral("SELECT count(*) FROM discretion_list")) == lists);

    const ImportReport done = c.import("discretion-v3.csv", QStringLiteral("3.0"), QStringLiteral("2026-12-01"));
    REQUIRE(done.applied);
    CHECK(done.headerRow == 2); // below the title row
    CHECK(c.count(QStringLiteral("SELECT count(*) FROM discretion_item i JOIN discretion_list l ON l.id = i.list_id WHERE l.version = '3.0' AND l.name = '清溪县涉企行政处罚裁量基准'")) == 3);
    CHECK(c.count(QStringLiteral("SELECT count(*) FROM discretion_band b JOIN discretion_item i ON i.id = b.item_id "
                                 "JOIN discretion_list l ON l.id = i.list_id WHERE l.version = '3.0' AND l.name = '清溪县涉企行政处罚裁量基准'")) == 10);
    // Amounts in fen, bands stored as written.
    CHECK(c.count(QStringLiteral("SELECT b.max_fine_fen FROM discretion_band b JOIN discretion_item i ON i.id = b.item_id "
                                 "WHERE i.code = 'SJ-02' AND b.band = 'lighter' AND b.max_fine_fen = 1850000")) == 1850000);
    CHECK(c.count(QStringLiteral("SELECT i.red_line FROM discretion_item i JOIN discretion_list l ON l.id = i.list_id "
                                 "WHERE i.code = 'YJ-01' AND l.name = '清溪县涉企行政处罚裁量基准'")) == 1);
    // Searchable at once (the FTS triggers).
    const auto hits = onlyCode(DiscretionSearch::search(c.db.connection(), QStringLiteral("营业执照")), QStringLiteral("SJ-01"));
    REQUIRE(hits.size() == 1);

    // The same version again is refused and changes nothing.
    const int items = c.count(QStringLiteral("SELECT count(*) FROM discretion_item"));
    try {
        c.import("discretion-v3.csv", QStringLiteral("3.0"), QStringLiteral("2026-12-01"));
        FAIL("the same version was imported twice");
    } catch (const Error &e) {
        CHECK(e.message().contains(QStringLiteral("3.0")));
    }
    CHECK(c.count(QStringLiteral("SELECT count(*) FROM discretion_item")) == items);
    CHECK_THROWS_AS(c.import("discretion-v3.csv", QStringLiteral("3.1"), QStringLiteral("2026-13-01")), Refusal);
}

TEST_CASE("A bad discretion list names each bad cell and writes nothing", "[discretion][import]")
{
    ListCounty c;
    const int lists = c.count(QStringLiteral("SELECT count(*) FROM discretion_list"));
    const int items = c.count(QStringLiteral("SELECT count(*) FROM discretion_item"));
    const ImportReport report = c.import("discretion-bad.csv", QStringLiteral("9.0"), QStringLiteral("2026-12-01"));
    CHECK_FALSE(report.applied);
    QStringList seen;
    for (const ImportReport::Issue &issue : report.rejected)
        seen.append(QStringLiteral("%1:%2:%3").arg(issue.position.row).arg(SourcePosition::columnName(issue.position.column), issue.field));
    INFO(seen.join(QStringLiteral(" | ")).toStdString());
    CHECK(seen.contains(QStringLiteral("2:M:阶次罚款上限（元）")));  // 60,000 above the statutory 50,000
    CHECK(seen.contains(QStringLiteral("3:J:裁量阶次")));            // 稍重 is no band
    CHECK(seen.contains(QStringLiteral("4:J:裁量阶次")));            // red line with a lenient band
    CHECK(seen.contains(QStringLiteral("5:G:法定罚款下限（元）")));  // 5千
    CHECK(seen.contains(QStringLiteral("7:E:处罚依据")));            // differs from row 6 of the same item
    CHECK(report.rejected.size() == 5);
    CHECK(c.count(QStringLiteral("SELECT count(*) FROM discretion_list")) == lists);
    CHECK(c.count(QStringLiteral("SELECT count(*) FROM discretion_item")) == items);
}

TEST_CASE("An imported new version leaves cases on the old one untouched", "[discretion][import][versions]")
{
    ListCounty c;
    REQUIRE(c.import("discretion-v3.csv", QStringLiteral("3.0"), QStringLiteral("2026-01-01")).applied);
    const QString uscc = Sql::scalar(c.db.connection(), QStringLiteral("SELECT uscc FROM enterprise ORDER BY id LIMIT 1")).toString();
    const auto old = PenaltyCaseStore::record(c.db.connection(), {QStringLiteral("旧案"), uscc, QStringLiteral("SJ-02"), QDate(2026, 6, 1),
                                                                 PenaltyOutcome::Lighter, 1850000, {}, true, {}, {}, false});
    CHECK(old.listVersion == u"3.0");
    CHECK(old.flag.isEmpty());
    REQUIRE(c.import("discretion-v3.csv", QStringLiteral("3.1"), QStringLiteral("2026-12-01")).applied);
    const auto again = PenaltyCaseStore::find(c.db.connection(), QStringLiteral("旧案"));
    REQUIRE(again);
    CHECK(again->itemId == old.itemId);
    CHECK(again->listVersion == u"3.0");
    const auto later = PenaltyCaseStore::record(c.db.connection(), {QStringLiteral("新案"), uscc, QStringLiteral("SJ-02"), QDate(2026, 12, 2),
                                                                   PenaltyOutcome::Standard, 2000000, {}, false, {}, {}, false});
    CHECK(later.listVersion == u"3.1");
    CHECK(later.itemId != old.itemId);

    // Search shows the version in force, older ones on request.
    DiscretionSearch::Filter filter;
    filter.asOf = QDate(2026, 12, 5);
    auto hits = onlyCode(DiscretionSearch::search(c.db.connection(), QStringLiteral("营业执照"), filter), QStringLiteral("SJ-01"));
    REQUIRE(hits.size() == 1);
    CHECK(hits.first().id != Sql::scalar(c.db.connection(), QStringLiteral(
        "SELECT i.id FROM discretion_item i JOIN discretion_list l ON l.id = i.list_id WHERE i.code = 'SJ-01' AND l.version = '3.0'")).toLongLong());
    filter.asOf = QDate(2026, 11, 1); // 3.1 not yet in force
    hits = onlyCode(DiscretionSearch::search(c.db.connection(), QStringLiteral("营业执照"), filter), QStringLiteral("SJ-01"));
    REQUIRE(hits.size() == 1);
    filter.includeSuperseded = true;
    CHECK(onlyCode(DiscretionSearch::search(c.db.connection(), QStringLiteral("营业执照"), filter), QStringLiteral("SJ-01")).size() == 2);
}
