#include "TestSupport.h"

#include "db/Database.h"
#include "db/DatabaseError.h"
#include "db/Sql.h"
#include "io/FieldParser.h"
#include "io/Importer.h"
#include "io/ValueAliases.h"
#include "util/PinyinInitials.h"
#include "supervision/HotlineCategory.h"
#include "util/Refusal.h"

#include <QTemporaryDir>

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(FAIRCHECK_TEST_DATA "/import/") + QString::fromLatin1(name);
}

const ImportReport::Unresolved *find(const ImportReport &report, const QString &kind, const QString &value)
{
    for (const ImportReport::Unresolved &u : report.unresolved) {
        if (u.kind == kind && u.value == value)
            return &u;
    }
    return nullptr;
}

} // namespace

TEST_CASE("Names written another way: suggestions from the names themselves", "[import][aliases]")
{
    CHECK(ValueAliases::core(QStringLiteral("清溪县市场监督管理局")) == QStringLiteral("市场监督"));
    CHECK(ValueAliases::core(QStringLiteral("城关镇")) == QStringLiteral("城关"));
    CHECK(ValueAliases::core(QStringLiteral("东湖街道")) == QStringLiteral("东湖"));
    // A name starting with 市 keeps it: 市场 is not a city's prefix.
    CHECK(ValueAliases::core(QStringLiteral("市场监管局")) == QStringLiteral("市场监管"));
    const QStringList departments = {QStringLiteral("清溪县市场监督管理局"), QStringLiteral("市场监管"),
                                     QStringLiteral("清溪县应急管理局"), QStringLiteral("应急管理"),
                                     QStringLiteral("清溪县城市管理综合行政执法局"), QStringLiteral("城管")};
    CHECK(ValueAliases::suggest(QStringLiteral("市场监管局"), departments) == QStringLiteral("市场监管"));
    CHECK(ValueAliases::suggest(QStringLiteral("县应急局"), departments) == QStringLiteral("清溪县应急管理局"));
    // 城管 is also the usual short form of the full name's words: the full name is suggested.
    CHECK(ValueAliases::suggest(QStringLiteral("城管局"), departments) == QStringLiteral("清溪县城市管理综合行政执法局"));
    CHECK(ValueAliases::suggest(QStringLiteral("税务局"), departments).isEmpty()); // nothing close
    // Pinyin initials, as staff abbreviate a body: 市(S)场(C)监(J)督(D)管(G)理(L)局(J);
    // the short form 市场监管 gives S C J G, the core of 城市管理综合行政执法局 C S G L Z H X Z Z F.
    CHECK(PinyinInitials::of(QStringLiteral("清溪县市场监督管理局")) == QStringLiteral("QXXSCJDGLJ"));
    CHECK(PinyinInitials::of(QStringLiteral("城关镇 2 号")) == QStringLiteral("CGZ2H"));
    CHECK(PinyinInitials::of(QStringLiteral("䶮")) == QStringLiteral("?")); // outside the pinyin-ordered level
    CHECK(ValueAliases::suggest(QStringLiteral("scjg"), departments) == QStringLiteral("市场监管"));
    CHECK(ValueAliases::suggest(QStringLiteral("SCJDGLJ"), departments) == QStringLiteral("清溪县市场监督管理局"));
    CHECK(ValueAliases::suggest(QStringLiteral("YJGLJ"), departments) == QStringLiteral("清溪县应急管理局"));
    CHECK(PinyinInitials::of(ValueAliases::core(QStringLiteral("清溪县城市管理综合行政执法局"))) == QStringLiteral("CSGLZHXZZF"));
    CHECK(ValueAliases::suggest(QStringLiteral("CSGLZHXZZF"), departments) == QStringLiteral("清溪县城市管理综合行政执法局"));
    CHECK(ValueAliases::suggest(QStringLiteral("SWJ"), departments).isEmpty()); // 税务局: no such initials
    // Initials that start another name's, or that two bodies share, suggest nothing wrong:
    // 林业局 LYJ is not the tail of 文化广电和旅游局 (WHGDHLYJ); 税务局 and 商务局 are both SWJ;
    // QXX is only the county's prefix.
    const QStringList more = {QStringLiteral("清溪县林业局"), QStringLiteral("清溪县文化广电和旅游局"), QStringLiteral("清溪县税务局"),
                              QStringLiteral("清溪县商务局"), QStringLiteral("清溪县气象局")};
    CHECK(ValueAliases::suggest(QStringLiteral("LYJ"), more) == QStringLiteral("清溪县林业局"));
    CHECK(ValueAliases::suggest(QStringLiteral("SWJ"), more).isEmpty());
    CHECK(ValueAliases::suggest(QStringLiteral("QXX"), more).isEmpty());
    CHECK(ValueAliases::suggest(QStringLiteral("WHGDHLYJ"), more) == QStringLiteral("清溪县文化广电和旅游局"));
    // Short and former names (resources/io/name-abbreviations.json): 市监局 and 工商局 are
    // 市场监管, 安监局 is 应急管理 since the 2018 reform, 卫健委 is 卫生健康委员会.
    const QStringList county = {QStringLiteral("清溪县市场监督管理局"), QStringLiteral("清溪县应急管理局"),
                                QStringLiteral("清溪县卫生健康委员会"), QStringLiteral("清溪县住房和城乡建设局"),
                                QStringLiteral("清溪县生态环境局"), QStringLiteral("清溪县自然资源和规划局")};
    CHECK(ValueAliases::suggest(QStringLiteral("市监局"), county) == QStringLiteral("清溪县市场监督管理局"));
    CHECK(ValueAliases::suggest(QStringLiteral("县工商局"), county) == QStringLiteral("清溪县市场监督管理局"));
    CHECK(ValueAliases::suggest(QStringLiteral("安监局"), county) == QStringLiteral("清溪县应急管理局"));
    CHECK(ValueAliases::suggest(QStringLiteral("卫健委"), county) == QStringLiteral("清溪县卫生健康委员会"));
    CHECK(ValueAliases::suggest(QStringLiteral("住建局"), county) == QStringLiteral("清溪县住房和城乡建设局"));
    CHECK(ValueAliases::suggest(QStringLiteral("环保局"), county) == QStringLiteral("清溪县生态环境局"));
    CHECK(ValueAliases::suggest(QStringLiteral("国土局"), county) == QStringLiteral("清溪县自然资源和规划局"));
    // A cell far longer than any name is not a name written otherwise.
    CHECK(ValueAliases::suggest(QStringLiteral("SCJDGLJ").repeated(20), departments).isEmpty());
    CHECK(ValueAliases::suggest(QStringLiteral("清溪县市场监督管理局").repeated(10) + QLatin1Char('x'), departments).isEmpty());
    // 12345 categories as exports write them.
    CHECK(HotlineCategory::code(QStringLiteral("感谢")) == QStringLiteral("praise"));
    CHECK(HotlineCategory::code(QStringLiteral("表扬")) == QStringLiteral("praise"));
    CHECK(HotlineCategory::code(QStringLiteral(" 投诉 ")) == QStringLiteral("complaint"));
    CHECK(HotlineCategory::code(QStringLiteral("其他")) == QStringLiteral("other"));
    CHECK(HotlineCategory::code(QStringLiteral("政策宣传")) == QStringLiteral("other")); // a system's own
}

TEST_CASE("A 12345 export as the platform makes it comes in once its names are mapped", "[import][aliases][hotline]")
{
    QTemporaryDir dir;
    const Database db = Database::open(dir.filePath(QStringLiteral("hotline.db")));
    TestSupport::demo(db, 7, 200, QDate(2026, 11, 29));
    const QSqlDatabase c = db.connection();
    const int ordersBefore = Sql::scalar(c, QStringLiteral("SELECT count(*) FROM hotline_order")).toInt();
    const int cluesBefore = Sql::scalar(c, QStringLiteral("SELECT count(*) FROM clue")).toInt();

    // Refused as it comes, but with each unknown value listed once, its rows counted and
    // the register's closest name offered: 60 orders, five departments, 12 rows each.
    const ImportReport first = Importer::run(c, QStringLiteral("hotline"), fixture("hotline-12345-export.csv"), {});
    CHECK(first.rows == 60);
    const ImportReport::Unresolved *market = find(first, QStringLiteral("department"), QStringLiteral("市场监管局"));
    REQUIRE(market);
    CHECK(market->rows == 12);
    CHECK(market->suggestion == QStringLiteral("清溪县市场监督管理局"));
    const ImportReport::Unresolved *cityManagement = find(first, QStringLiteral("department"), QStringLiteral("城管局"));
    REQUIRE(cityManagement);
    CHECK(cityManagement->suggestion == QStringLiteral("清溪县城市管理综合行政执法局"));
    const ImportReport::Unresolved *town = find(first, QStringLiteral("township"), QStringLiteral("城关"));
    REQUIRE(town);
    CHECK(town->suggestion == QStringLiteral("城关镇"));
    CHECK(find(first, QStringLiteral("township"), QStringLiteral("东湖街道")) == nullptr); // written as the register has it
    // No category is refused: 表扬, 感谢 and 其他 are real 12345 categories.
    for (const ImportReport::Issue &issue : first.rejected)
        CHECK(issue.field != QStringLiteral("诉求类型"));

    // Mapped for one run: every value resolves, nothing is written on a dry run.
    Importer::Options mapped;
    for (const ImportReport::Unresolved &u : first.unresolved) {
        REQUIRE_FALSE(u.suggestion.isEmpty());
        mapped.valueMap[u.kind].insert(u.value, u.suggestion);
    }
    const ImportReport checked = Importer::run(c, QStringLiteral("hotline"), fixture("hotline-12345-export.csv"), mapped);
    CHECK(checked.rejected.isEmpty());
    CHECK(checked.unresolved.isEmpty());
    CHECK(Sql::scalar(c, QStringLiteral("SELECT count(*) FROM hotline_order")).toInt() == ordersBefore);

    // Remembered: the next import needs no mapping; the aliases are audited.
    for (const ImportReport::Unresolved &u : first.unresolved)
        ValueAliases::add(c, u.kind, u.value, u.suggestion);
    CHECK(Sql::scalar(c, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'value_alias'")).toInt()
          == int(first.unresolved.size()));
    Importer::Options apply;
    apply.dryRun = false;
    const ImportReport done = Importer::run(c, QStringLiteral("hotline"), fixture("hotline-12345-export.csv"), apply);
    CHECK(done.rejected.isEmpty());
    CHECK(done.inserted == 60);
    CHECK(Sql::scalar(c, QStringLiteral("SELECT count(*) FROM hotline_order")).toInt() == ordersBefore + 60);
    // The category as written is kept beside its code; thanks and praise never become clues.
    CHECK(Sql::scalar(c, QStringLiteral("SELECT count(*) FROM hotline_order WHERE category_text = '感谢' AND category = 'praise'")).toInt()
          == 7);
    CHECK(Sql::scalar(c, QStringLiteral("SELECT count(*) FROM clue c JOIN hotline_order o ON o.id = c.hotline_order_id "
                                        "WHERE o.category IN ('praise', 'other', 'consultation', 'suggestion')")).toInt() == 0);
    // Complaints about enforcement conduct become clues, owned by the mapped department.
    const int newClues = Sql::scalar(c, QStringLiteral("SELECT count(*) FROM clue")).toInt() - cluesBefore;
    CHECK(newClues > 0);
    CHECK(Sql::scalar(c, QStringLiteral("SELECT count(*) FROM clue c JOIN hotline_order o ON o.id = c.hotline_order_id "
                                        "JOIN department d ON d.id = c.department_id WHERE o.order_no LIKE '12345-202611%' "
                                        "AND o.content LIKE '%市场监管局%' AND d.name <> '清溪县市场监督管理局'")).toInt() == 0);
    // Again: nothing changes.
    const ImportReport again = Importer::run(c, QStringLiteral("hotline"), fixture("hotline-12345-export.csv"), apply);
    CHECK(again.unchanged == 60);
    CHECK(Sql::scalar(c, QStringLiteral("SELECT count(*) FROM clue")).toInt() - cluesBefore == newClues);

    // The same orders as the web system hands them out, an HTML table named .xls in
    // GB2312: read as its data table, nothing new.
    const ImportReport fromWeb = Importer::run(c, QStringLiteral("hotline"), fixture("hotline-12345-export.xls"), apply);
    CHECK(fromWeb.rejected.isEmpty());
    CHECK(fromWeb.encoding == QStringLiteral("HTML, GB18030"));
    CHECK(fromWeb.unchanged == 60);

    // An alias must point to a name the register knows, and a known name needs none.
    CHECK_THROWS_AS(ValueAliases::add(c, QStringLiteral("department"), QStringLiteral("税务"), QStringLiteral("不存在的局")), Refusal);
    CHECK_THROWS_AS(ValueAliases::add(c, QStringLiteral("township"), QStringLiteral("城关镇"), QStringLiteral("城关镇")), Refusal);
    CHECK_THROWS_AS(ValueAliases::add(c, QStringLiteral("planet"), QStringLiteral("a"), QStringLiteral("b")), Refusal);
    // One line of at most 60 characters, not a register name read as another.
    CHECK_THROWS_AS(ValueAliases::add(c, QStringLiteral("department"), QStringLiteral("X").repeated(61), QStringLiteral("清溪县公安局")), Refusal);
    CHECK_THROWS_AS(ValueAliases::add(c, QStringLiteral("department"), QStringLiteral("公安\n局"), QStringLiteral("清溪县公安局")), Refusal);
    CHECK_THROWS_AS(ValueAliases::add(c, QStringLiteral("department"), QStringLiteral("县\u200b公安局"), QStringLiteral("清溪县公安局")), Refusal);
    CHECK_THROWS_AS(ValueAliases::check(c, QStringLiteral("department"), QStringLiteral("清溪县交通运输局"), QStringLiteral("清溪县商务局")),
                    Refusal);
    CHECK_NOTHROW(ValueAliases::check(c, QStringLiteral("department"), QStringLiteral("X").repeated(60), QStringLiteral("清溪县公安局")));
}

TEST_CASE("A 12345 file re-saved by a spreadsheet keeps its orders' times", "[import][hotline]")
{
    // LibreOffice (like Excel and WPS) stores 受理时间 as a date-time cell: days since
    // 1899-12-30 with the time as the fraction. 46329.4169212963 is 2026-11-03 10:00:22
    // (0.4169212963 × 86,400 s = 36,022 s = 10 h 00 min 22 s); a cell with no fraction is
    // the day's start.
    QTemporaryDir dir;
    const Database db = Database::open(dir.filePath(QStringLiteral("times.db")));
    TestSupport::demo(db, 2, 50, QDate(2026, 11, 29));
    Importer::Options apply;
    apply.dryRun = false;
    const ImportReport done = Importer::run(db.connection(), QStringLiteral("hotline"), fixture("hotline-libreoffice-datetime.xlsx"), apply);
    INFO((done.rejected.isEmpty() ? QString() : done.rejected.first().toString()).toStdString());
    REQUIRE(done.applied);
    const auto at = [&](const char *no) {
        return Sql::scalar(db.connection(), QStringLiteral("SELECT received_at FROM hotline_order WHERE order_no = ?"),
                           {QString::fromLatin1(no)}).toString();
    };
    CHECK(at("LO-0001") == QStringLiteral("2026-11-03T10:00"));
    CHECK(at("LO-0002") == QStringLiteral("2026-11-04T18:38"));
    CHECK(at("LO-0003") == QStringLiteral("2026-11-05T00:00"));
    // A date field given a date-time cell takes its date.
    CHECK(FieldParser::date(QStringLiteral("2026-11-03 10:00:22")).value == QStringLiteral("2026-11-03"));
    CHECK_FALSE(FieldParser::date(QStringLiteral("2026-11-03 25:00")).ok);
}
