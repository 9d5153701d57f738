#include "TestSupport.h"

#include "db/Database.h"
#include "db/Sql.h"
#include "demo/DemoCountyGenerator.h"
#include "discretion/DiscretionSearch.h"

TEST_CASE("Discretion search: trigram index for 3+ characters, LIKE below, filters, kept in sync", "[discretion]")
{
    QTemporaryDir dir;
    Database db = Database::open(dir.filePath(QStringLiteral("search.db")));
    TestSupport::demo(db, 2, 50, QDate(2026, 11, 29));

    auto hits = DiscretionSearch::search(db.connection(), QStringLiteral("进货查验"));
    REQUIRE(hits.size() == 1);
    CHECK(hits.first().code == u"SC-01");
    CHECK(hits.first().violation.contains(QStringLiteral("【进货查验】")));
    // Provisions and department names are searched too.
    CHECK_FALSE(DiscretionSearch::search(db.connection(), QStringLiteral("消防法")).isEmpty());
    CHECK(DiscretionSearch::search(db.connection(), QStringLiteral("应急管理")).size() == 2);
    // One or two characters: LIKE, marked by hand.
    hits = DiscretionSearch::search(db.connection(), QStringLiteral("广告"));
    REQUIRE_FALSE(hits.isEmpty());
    CHECK(hits.first().violation.contains(QStringLiteral("【广告】")));
    // Quotes and LIKE wildcards are text, not syntax.
    CHECK(DiscretionSearch::search(db.connection(), QStringLiteral("\"进货")).isEmpty());
    CHECK(DiscretionSearch::search(db.connection(), QStringLiteral("%")).isEmpty());

    DiscretionSearch::Filter redOnly;
    redOnly.redLine = 1;
    for (const auto &h : DiscretionSearch::search(db.connection(), QString(), redOnly))
        CHECK(h.redLine);
    DiscretionSearch::Filter lenient;
    lenient.band = QStringLiteral("no_penalty");
    const auto lenientHits = DiscretionSearch::search(db.connection(), QString(), lenient);
    CHECK(lenientHits.size() == Sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM discretion_item WHERE red_line = 0")).toInt());

    // The index follows edits (of an item no case was decided under: those are frozen).
    Sql::exec(db.connection(), QStringLiteral("DELETE FROM case_review WHERE penalty_case_id IN (SELECT p.id FROM penalty_case p "
                                              "JOIN discretion_item i ON i.id = p.discretion_item_id WHERE i.code = 'CG-01')"));
    Sql::exec(db.connection(), QStringLiteral("DELETE FROM penalty_case WHERE discretion_item_id IN "
                                              "(SELECT id FROM discretion_item WHERE code = 'CG-01')"));
    Sql::exec(db.connection(), QStringLiteral("UPDATE discretion_item SET violation = '擅自改装燃气管道' WHERE code = 'CG-01'"));
    CHECK(DiscretionSearch::search(db.connection(), QStringLiteral("燃气管道")).size() == 1);
    CHECK(DiscretionSearch::search(db.connection(), QStringLiteral("户外广告")).isEmpty());
}

TEST_CASE("Discretion search: a broad phrase lists violation matches first, then provision matches", "[discretion]")
{
    QTemporaryDir dir;
    Database db = Database::open(dir.filePath(QStringLiteral("broad.db")));
    Sql::exec(db.connection(), QStringLiteral("INSERT INTO department (id, code, name, short_name) VALUES (1, 'D1', '县测试局', '测试')"));
    Sql::exec(db.connection(), QStringLiteral("INSERT INTO discretion_list (id, name, kind, version, effective_from) VALUES (1, 'broad', 'benchmark', '1', '2026-01-01')"));
    // The provision-only match comes first in list order; more than 300 matches in all.
    Sql::exec(db.connection(), QStringLiteral(
        "INSERT INTO discretion_item (list_id, department_id, code, violation, violated_provision, penalty_provision, penalty_kinds) "
        "VALUES (1, 1, 'P-0', '其他行为', '《仓储管理条例》第3条', '第9条', '罚款')"));
    for (int i = 1; i <= 320; ++i)
        Sql::exec(db.connection(), QStringLiteral(
            "INSERT INTO discretion_item (list_id, department_id, code, violation, violated_provision, penalty_provision, penalty_kinds) "
            "VALUES (1, 1, ?, ?, '第1条', '第2条', '罚款')"), {QStringLiteral("V-%1").arg(i), QStringLiteral("未建立仓储管理台账第%1类").arg(i)});
    DiscretionSearch::Filter filter;
    filter.limit = 400;
    const auto hits = DiscretionSearch::search(db.connection(), QStringLiteral("仓储管理"), filter);
    REQUIRE(hits.size() == 321);
    CHECK(hits.first().code == u"V-1");
    CHECK(hits.first().violation.contains(QStringLiteral("【仓储管理】")));
    CHECK(hits.last().code == u"P-0");
    filter.limit = 50;
    CHECK(DiscretionSearch::search(db.connection(), QStringLiteral("仓储管理"), filter).size() == 50);
}
