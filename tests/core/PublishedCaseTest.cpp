#include "TestSupport.h"

#include "domain/Fen.h"

#include "PublishedCaseFile.h"
#include "credit/CreditRefresh.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "discretion/CaseItemMatcher.h"
#include "discretion/PenaltyCaseStore.h"
#include "io/FieldParser.h"
#include "io/Importer.h"

#include <QSqlQuery>
#include <QTemporaryDir>

namespace {

struct Party
{
    QString uscc, name;
};

QList<Party> parties(const QSqlDatabase &db, int n)
{
    QList<Party> list;
    QSqlQuery q = Sql::exec(db, QStringLiteral("SELECT uscc, name FROM enterprise ORDER BY id LIMIT ?"), {n});
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString()});
    return list;
}

QStringList row(const QString &no, const QString &type, const QString &basis, const QString &wan, const QString &decided,
                const QString &authority, const Party &party, const QString &partyType = QStringLiteral("法人及非法人组织"))
{
    return {no, type, QStringLiteral("经查，") + type, basis, QStringLiteral("罚款"), QStringLiteral("罚款") + wan + QStringLiteral("万元"),
            wan, QString(), QString(), decided, QString(), QStringLiteral("2029-11-01"), authority, QStringLiteral("11320987MB1A00001K"),
            authority, party.name, partyType, party.uscc, QStringLiteral("张三"), QString()};
}

Importer::Options applying()
{
    Importer::Options o;
    o.dryRun = false;
    return o;
}

} // namespace

TEST_CASE("Amounts in 万元 become exact fen", "[import][cases]")
{
    // 1 万元 = 10,000 yuan = 1,000,000 fen, so six decimals are whole fen.
    CHECK(Fen::fromWanYuan(QStringLiteral("0.35")) == Fen(350000));   // 0.35 × 1,000,000
    CHECK(Fen::fromWanYuan(QStringLiteral("0.005")) == Fen(5000));    // 50 yuan
    CHECK(Fen::fromWanYuan(QStringLiteral("12")) == Fen(12000000));
    CHECK(Fen::fromWanYuan(QStringLiteral("0.000001")) == Fen(1));    // one fen
    CHECK(Fen::fromWanYuan(QStringLiteral("0.12340000")) == Fen(123400)); // trailing zeros are not fractions of a fen
    CHECK_FALSE(Fen::fromWanYuan(QStringLiteral("0.0000001")));  // a tenth of a fen
    CHECK_FALSE(Fen::fromWanYuan(QStringLiteral("-0.5")));
    CHECK_FALSE(Fen::fromWanYuan(QStringLiteral("约0.5")));
    CHECK(Fen::fromWanYuan(QStringLiteral("1,200.5")) == Fen(1200500000));
}

TEST_CASE("Provisions cited in a published case point to its benchmark item", "[cases][match]")
{
    CHECK(CaseItemMatcher::chineseNumber(QStringLiteral("一百二十六")) == 126);
    CHECK(CaseItemMatcher::chineseNumber(QStringLiteral("十二")) == 12);
    CHECK(CaseItemMatcher::chineseNumber(QStringLiteral("六十")) == 60);
    CHECK(CaseItemMatcher::chineseNumber(QStringLiteral("一百一十二")) == 112);
    CHECK(CaseItemMatcher::citations(QStringLiteral("依据《中华人民共和国食品安全法》第一百二十六条第一款"))
          == QSet<QString>{QStringLiteral("食品安全法#126#1#0")});
    // One law cited short and long is one law.
    CHECK(CaseItemMatcher::citations(QStringLiteral("《食品安全法》第126条")) == QSet<QString>{QStringLiteral("食品安全法#126#0#0")});
    // Down to paragraph and item: a real list cites one article for many items.
    CHECK(CaseItemMatcher::citations(QStringLiteral("违反了《中华人民共和国消防法》第二十八条的规定，依据《消防法》第六十条第一款第三项"))
          == QSet<QString>{QStringLiteral("消防法#28#0#0"), QStringLiteral("消防法#60#1#3")});
    const auto cites = [](const char *text) { return CaseItemMatcher::citations(QString::fromUtf8(text)); };
    CHECK(CaseItemMatcher::sameProvision(cites("《消防法》第六十条第一款第三项"), cites("《中华人民共和国消防法》第六十条第一款第三项")));
    CHECK_FALSE(CaseItemMatcher::sameProvision(cites("《消防法》第六十条第一款第三项"), cites("《消防法》第六十条第一款第五项")));
    CHECK(CaseItemMatcher::sameProvision(cites("《食品安全法》第一百二十六条第一款"), cites("《食品安全法》第一百二十六条第一款第五项")));
    CHECK_FALSE(CaseItemMatcher::sameProvision(cites("《食品安全法》第一百二十六条第一款"), cites("《食品安全法》第一百二十六条第四款")));
    CHECK_FALSE(CaseItemMatcher::sameProvision(cites("《食品安全法》第一百二十六条"), cites("《广告法》第一百二十六条")));
}

TEST_CASE("Published penalty cases come in as the 双公示 system exports them", "[import][cases]")
{
    QTemporaryDir dir;
    const Database db = Database::open(dir.filePath(QStringLiteral("cases.db")));
    TestSupport::demo(db, 11, 200, QDate(2026, 11, 29));
    const QSqlDatabase c = db.connection();
    const QList<Party> p = parties(c, 5);
    REQUIRE(p.size() == 5);
    const QString file = dir.filePath(QStringLiteral("shuanggongshi.csv"));
    const QString market = QStringLiteral("清溪县市场监督管理局");
    PublishedCaseFile::write(file, {
        // SC-01 cites 《食品安全法》第126条; 0.35 万元 = 3,500 yuan, below its 5,000-yuan minimum.
        row(QStringLiteral("清市监罚〔2026〕101号"), QStringLiteral("未按规定建立并遵守进货查验记录制度"),
            QStringLiteral("《中华人民共和国食品安全法》第一百二十六条第一款"), QStringLiteral("0.35"), QStringLiteral("2026-10-12"), market, p.at(0)),
        // XF-01 and XF-02 both cite 消防法 art. 60: the wording decides (占用、堵塞 … 疏散通道).
        row(QStringLiteral("清消行罚决字〔2026〕0031号"), QStringLiteral("占用、堵塞、封闭疏散通道"),
            QStringLiteral("《中华人民共和国消防法》第六十条第一款第三项"), QStringLiteral("0.8"), QStringLiteral("2026-10-20"),
            QStringLiteral("清溪县消防救援大队"), p.at(1)),
        // Nothing of 市场监管's cites 价格法: left for a person to choose.
        row(QStringLiteral("清市监罚〔2026〕102号"), QStringLiteral("不执行政府指导价"), QStringLiteral("《中华人民共和国价格法》第三十九条"),
            QStringLiteral("0.2"), QStringLiteral("2026-10-25"), market, p.at(2)),
        // 50 yuan (0.005 万元) under CG-01, whose minimum is 500 yuan.
        row(QStringLiteral("清城管罚〔2026〕7号"), QStringLiteral("擅自设置大型户外广告"), QStringLiteral("《城市市容和环境卫生管理条例》第三十六条"),
            QStringLiteral("0.005"), QStringLiteral("2026-11-03"), QStringLiteral("清溪县城市管理综合行政执法局"), p.at(3)),
        // A natural person's case is not an enterprise's: left out.
        row(QStringLiteral("清市监罚〔2026〕103号"), QStringLiteral("未按规定建立并遵守进货查验记录制度"),
            QStringLiteral("《中华人民共和国食品安全法》第一百二十六条"), QStringLiteral("0.1"), QStringLiteral("2026-11-05"), market,
            {QString(), QStringLiteral("李四")}, QStringLiteral("自然人")),
    });

    const int before = Sql::scalar(c, QStringLiteral("SELECT count(*) FROM penalty_case")).toInt();
    // As the app and the command line import: the credit the cases feed in the same transaction.
    Importer::Options withCredit = applying();
    withCredit.followUp = [](const QSqlDatabase &connection) { CreditRefresh::run(connection, QDate(2026, 11, 29)); };
    const ImportReport done = Importer::run(c, QStringLiteral("cases"), file, withCredit);
    INFO((done.rejected.isEmpty() ? QString() : done.rejected.first().toString()));
    REQUIRE(done.rejected.isEmpty());
    CHECK(done.inserted == 4);
    CHECK(Sql::scalar(c, QStringLiteral("SELECT count(*) FROM penalty_case")).toInt() == before + 4);
    CHECK(Sql::scalar(c, QStringLiteral("SELECT fine_fen FROM penalty_case WHERE case_no = '清市监罚〔2026〕101号'")).toLongLong() == 350000);
    CHECK(Sql::scalar(c, QStringLiteral("SELECT fine_fen FROM penalty_case WHERE case_no = '清城管罚〔2026〕7号'")).toLongLong() == 5000);
    // Matched: the food case to SC-01, the fire case to XF-02 by its wording.
    auto itemOf = [&](const char *no) {
        return Sql::scalar(c, QStringLiteral("SELECT i.code FROM penalty_case p JOIN discretion_item i ON i.id = p.discretion_item_id "
                                             "WHERE p.case_no = ?"), {QString::fromUtf8(no)}).toString();
    };
    CHECK(itemOf("清市监罚〔2026〕101号") == QStringLiteral("SC-01"));
    CHECK(itemOf("清消行罚决字〔2026〕0031号") == QStringLiteral("XF-02"));
    CHECK(itemOf("清城管罚〔2026〕7号") == QStringLiteral("CG-01"));
    CHECK(itemOf("清市监罚〔2026〕102号").isEmpty());
    bool toConfirm = false, leftOut = false;
    for (const QString &note : done.notes) {
        toConfirm = toConfirm || note.startsWith(QStringLiteral("清市监罚〔2026〕102号"));
        leftOut = leftOut || note.startsWith(QStringLiteral("清市监罚〔2026〕103号"));
    }
    CHECK(toConfirm);
    CHECK(leftOut);
    // The band is not published: only what the law bounds is checked. 3,500 yuan under a
    // 5,000-yuan minimum is lawful only as a reduced penalty, which the record does not say.
    const auto flagOf = [&](const char *no) {
        return PenaltyCaseStore::find(c, QString::fromUtf8(no))->flag;
    };
    CHECK(flagOf("清市监罚〔2026〕101号") == QStringLiteral("below_minimum_unstated"));
    CHECK(flagOf("清城管罚〔2026〕7号") == QStringLiteral("below_minimum_unstated"));
    CHECK(flagOf("清消行罚决字〔2026〕0031号").isEmpty()); // 8,000 yuan within XF-02's 5,000–50,000
    CHECK(flagOf("清市监罚〔2026〕102号") == QStringLiteral("no_item"));
    CHECK(PenaltyCaseStore::find(c, QStringLiteral("清市监罚〔2026〕101号"))->outcome == PenaltyOutcome::Unstated);
    // Each imported case is in the enterprise's credit ledger as a penalty (neither lenient nor heavier).
    CHECK(Sql::scalar(c, QStringLiteral("SELECT count(*) FROM credit_event ce JOIN penalty_case p ON p.id = ce.source_id "
                                        "WHERE ce.source_table = 'penalty_case' AND p.source = 'published' "
                                        "AND ce.kind = 'standard_penalty'")).toInt() == 4);

    // The same file again changes nothing; a corrected amount updates its case.
    const ImportReport again = Importer::run(c, QStringLiteral("cases"), file, applying());
    CHECK(again.unchanged == 4);
    CHECK(again.inserted == 0);
    PublishedCaseFile::write(file, {row(QStringLiteral("清市监罚〔2026〕101号"), QStringLiteral("未按规定建立并遵守进货查验记录制度"),
                                        QStringLiteral("《中华人民共和国食品安全法》第一百二十六条第一款"), QStringLiteral("0.5"),
                                        QStringLiteral("2026-10-12"), market, p.at(0))});
    const ImportReport corrected = Importer::run(c, QStringLiteral("cases"), file, applying());
    CHECK(corrected.updated == 1);
    CHECK(Sql::scalar(c, QStringLiteral("SELECT fine_fen FROM penalty_case WHERE case_no = '清市监罚〔2026〕101号'")).toLongLong() == 500000);
    CHECK(flagOf("清市监罚〔2026〕101号").isEmpty()); // 5,000 yuan: the minimum itself

    // An unknown enterprise, a name the register does not give the code, an amount in
    // tenths of a fen: each named, nothing written.
    PublishedCaseFile::write(file, {
        row(QStringLiteral("清市监罚〔2026〕201号"), QStringLiteral("发布虚假广告"), QStringLiteral("《中华人民共和国广告法》第五十五条"),
            QStringLiteral("20"), QStringLiteral("2026-11-10"), market, {QStringLiteral("91330100799655058B"), QStringLiteral("杭州测试贸易有限公司")}),
        row(QStringLiteral("清市监罚〔2026〕202号"), QStringLiteral("发布虚假广告"), QStringLiteral("《中华人民共和国广告法》第五十五条"),
            QStringLiteral("20"), QStringLiteral("2026-11-10"), market, {p.at(4).uscc, QStringLiteral("另一个名字有限公司")}),
        row(QStringLiteral("清市监罚〔2026〕203号"), QStringLiteral("发布虚假广告"), QStringLiteral("《中华人民共和国广告法》第五十五条"),
            QStringLiteral("0.00000015"), QStringLiteral("2026-11-10"), market, p.at(4)),
    });
    const int now = Sql::scalar(c, QStringLiteral("SELECT count(*) FROM penalty_case")).toInt();
    const ImportReport bad = Importer::run(c, QStringLiteral("cases"), file, applying());
    CHECK(bad.rejectedRows() == 3);
    CHECK_FALSE(bad.applied);
    CHECK(Sql::scalar(c, QStringLiteral("SELECT count(*) FROM penalty_case")).toInt() == now);
    QStringList reasons;
    for (const ImportReport::Issue &issue : bad.rejected)
        reasons.append(issue.toString());
    const QString all = reasons.join(u'\n');
    CHECK(all.contains(QStringLiteral("no enterprise with this code")));
    CHECK(all.contains(p.at(4).name));
    CHECK(all.contains(QStringLiteral("whole fen")));
}

TEST_CASE("Candidates for a case are each code's newest version in force on its date", "[cases][match]")
{
    QTemporaryDir dir;
    const Database db = Database::open(dir.filePath(QStringLiteral("versions.db")));
    const QSqlDatabase c = db.connection();
    Sql::exec(c, QStringLiteral("INSERT INTO department (id, code, name, short_name) VALUES (1, 'D1', '县测试局', '测试')"));
    Sql::exec(c, QStringLiteral("INSERT INTO discretion_list (id, name, kind, version, effective_from) VALUES "
                                "(1, '基准', 'benchmark', '1', '2025-01-01'), (2, '基准', 'benchmark', '2', '2026-06-01')"));
    const auto item = [&](int list, const char *code, const char *violation) {
        Sql::exec(c, QStringLiteral("INSERT INTO discretion_item (list_id, department_id, code, violation, violated_provision, "
                                    "penalty_provision, penalty_kinds) VALUES (?, 1, ?, ?, '第1条', '第2条', '罚款')"),
                  {list, QString::fromUtf8(code), QString::fromUtf8(violation)});
    };
    item(1, "X-01", "旧表述");
    item(1, "X-02", "只在第一版");
    item(2, "X-01", "新表述");
    const auto seen = [&](const QDate &on) {
        QStringList list;
        for (const CaseItemMatcher::Candidate &candidate : CaseItemMatcher::candidates(c, 1, on))
            list.append(candidate.code + u':' + candidate.violation);
        return list;
    };
    CHECK(seen(QDate(2026, 3, 1)) == QStringList{QStringLiteral("X-01:旧表述"), QStringLiteral("X-02:只在第一版")});
    CHECK(seen(QDate(2026, 7, 1)) == QStringList{QStringLiteral("X-01:新表述"), QStringLiteral("X-02:只在第一版")});
    CHECK(seen(QDate(2024, 12, 31)).isEmpty()); // no list in force yet
}
