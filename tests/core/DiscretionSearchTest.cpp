#include "TestSupport.h"

#include "db/Database.h"
#include "db/Sql.h"
#include "demo/DemoCountyGenerator.h"
#include "discretion/DiscretionSearch.h"
#include "util/Refusal.h"

TEST_CASE("Discretion search: trigram index for 3+ characters, LIKE below, filters, kept in sync", "[discretion]")
{
    QTemporaryDir dir;
    Database db = Database::open(dir.filePath(QStringLiteral("search.db")));
    TestSupport::demo(db, 2, 50, QDate(2026, 11, 29));

    DiscretionSearch::Filter all;
    all.limit = 100000;
    // What the index finds is what a plain scan of the same text finds.
    auto scanned = [&](const QString &text) {
        return Sql::scalar(db.connection(), QStringLiteral(
            "SELECT count(*) FROM discretion_item i JOIN department d ON d.id = i.department_id WHERE instr(i.violation, ?) "
            "OR instr(i.violated_provision || i.penalty_provision, ?) OR instr(d.name, ?)"), {text, text, text}).toInt();
    };
    auto hits = DiscretionSearch::search(db.connection(), QStringLiteral("进货查验"), all);
    CHECK(hits.size() == scanned(QStringLiteral("进货查验")));
    const auto sc01 = std::find_if(hits.cbegin(), hits.cend(), [](const DiscretionSearch::Hit &h) { return h.code == u"SC-01"; });
    REQUIRE(sc01 != hits.cend());
    CHECK(sc01->violation.contains(QStringLiteral("【进货查验】")));
    // Provisions and department names are searched too.
    CHECK_FALSE(DiscretionSearch::search(db.connection(), QStringLiteral("消防法")).isEmpty());
    const int emergency = scanned(QStringLiteral("应急管理"));
    CHECK(emergency >= 50); // the 应急管理局's items at least
    CHECK(DiscretionSearch::search(db.connection(), QStringLiteral("应急管理"), all).size() == emergency);
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
    lenient.limit = 100000;
    const auto lenientHits = DiscretionSearch::search(db.connection(), QString(), lenient);
    const int onLenientList = Sql::scalar(db.connection(), QStringLiteral(
        "SELECT count(*) FROM discretion_item i JOIN discretion_list l ON l.id = i.list_id WHERE l.kind = 'lenient'")).toInt();
    CHECK(onLenientList >= 150);
    CHECK(lenientHits.size() == onLenientList); // the items that offer no penalty are the lenient list's
    for (const auto &h : lenientHits)
        CHECK_FALSE(h.redLine);

    // The index follows edits (of an item no case was decided under: those are frozen).
    Sql::exec(db.connection(), QStringLiteral("DELETE FROM case_review WHERE penalty_case_id IN (SELECT p.id FROM penalty_case p "
                                              "JOIN discretion_item i ON i.id = p.discretion_item_id WHERE i.code = 'CG-01')"));
    Sql::exec(db.connection(), QStringLiteral("DELETE FROM penalty_case WHERE discretion_item_id IN "
                                              "(SELECT id FROM discretion_item WHERE code = 'CG-01')"));
    Sql::exec(db.connection(), QStringLiteral("UPDATE discretion_item SET violation = '擅自改装测甲乙丙管道' WHERE code = 'CG-01'"));
    CHECK(DiscretionSearch::search(db.connection(), QStringLiteral("测甲乙丙")).size() == 1);
    for (const auto &h : DiscretionSearch::search(db.connection(), QStringLiteral("大型户外广告"), all))
        CHECK(h.code != u"CG-01");
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

TEST_CASE("Discretion search: everyday words find the lists' wording, and say what else was searched", "[discretion]")
{
    QTemporaryDir dir;
    Database db = Database::open(dir.filePath(QStringLiteral("synonyms.db")));
    TestSupport::demo(db, 2, 50, QDate(2026, 11, 29));
    // The test's items under a department of their own, so the demo's list does not crowd them.
    Sql::exec(db.connection(), QStringLiteral("INSERT INTO department (code, name, short_name) VALUES ('TS', '县同义词测试局', '同义词测试')"));
    const qint64 department = Sql::scalar(db.connection(), QStringLiteral("SELECT id FROM department WHERE code = 'TS'")).toLongLong();
    DiscretionSearch::Filter own;
    own.departmentId = department;
    Sql::exec(db.connection(), QStringLiteral("INSERT INTO discretion_list (name, kind, version, effective_from) VALUES ('同义词测试', 'benchmark', '1', '2025-01-01')"));
    const qint64 list = Sql::scalar(db.connection(), QStringLiteral("SELECT last_insert_rowid()")).toLongLong();
    const QStringList wordings = {QStringLiteral("未取得食品经营许可从事食品经营活动"), QStringLiteral("未经许可擅自从事危险化学品经营"),
                                  QStringLiteral("未办理营业执照登记从事经营活动"), QStringLiteral("排放污染物超过国家排放标准")};
    for (int i = 0; i < wordings.size(); ++i)
        Sql::exec(db.connection(), QStringLiteral("INSERT INTO discretion_item (list_id, department_id, code, violation, violated_provision, "
                                                  "penalty_provision, penalty_kinds, min_fine_fen, max_fine_fen, red_line) "
                                                  "VALUES (?, ?, ?, ?, '第一条', '第二条', '罚款', 0, 100000, 0)"),
                  {list, department, QStringLiteral("SY-%1").arg(i), wordings.at(i)});
    auto codes = [&](const QString &text) {
        QStringList found;
        for (const auto &h : DiscretionSearch::search(db.connection(), text, own))
            found.append(h.code);
        return found;
    };
    // 无证 finds 未取得…许可, 未经许可 and 未办理…登记; 无照 finds 未办理…登记; 超标 finds 超过…标准.
    const QStringList unlicensed = codes(QStringLiteral("无证"));
    CHECK(unlicensed.contains(QStringLiteral("SY-0")));
    CHECK(unlicensed.contains(QStringLiteral("SY-1")));
    CHECK(unlicensed.contains(QStringLiteral("SY-2")));
    CHECK_FALSE(unlicensed.contains(QStringLiteral("SY-3")));
    CHECK(codes(QStringLiteral("无照")).contains(QStringLiteral("SY-2")));
    CHECK(codes(QStringLiteral("超标")) == QStringList{QStringLiteral("SY-3")});
    CHECK(DiscretionSearch::alsoSearched(db.connection(), QStringLiteral("超标")).contains(QStringLiteral("超过…标准")));
    // The matched parts are marked.
    const auto marked = DiscretionSearch::search(db.connection(), QStringLiteral("超标"), own);
    REQUIRE(marked.size() == 1);
    CHECK(marked.first().violation.contains(QStringLiteral("【超过】")));
    CHECK(marked.first().violation.contains(QStringLiteral("【标准】")));
    // A county's own table beside its database replaces the built-in one.
    QDir(dir.path()).mkpath(QStringLiteral("discretion"));
    TestSupport::writeFile(dir.filePath(QStringLiteral("discretion/synonyms.json")),
                           "{\"synonyms\": {\"脏水\": [\"排放…污染物\"]}}");
    CHECK(codes(QStringLiteral("脏水")) == QStringList{QStringLiteral("SY-3")});
    CHECK(DiscretionSearch::alsoSearched(db.connection(), QStringLiteral("超标")).isEmpty());
    TestSupport::writeFile(dir.filePath(QStringLiteral("discretion/synonyms.json")), "{\"synonyms\": {\"脏水\": \"排放\"}}");
    CHECK_THROWS_AS(DiscretionSearch::alsoSearched(db.connection(), QStringLiteral("脏水")), Refusal);
}
