#include "TestSupport.h"

#include "db/DatabaseError.h"
#include "util/Refusal.h"
#include "discretion/CaseDocuments.h"

#include <QDir>

namespace {

PenaltyCaseStore::Row sampleCase(const QString &outcome, qint64 fineFen)
{
    PenaltyCaseStore::Row row;
    row.caseNo = QStringLiteral("清市监罚〔2026〕0042号");
    row.department = QStringLiteral("清溪县市场监督管理局");
    row.enterprise = QStringLiteral("清溪县好味来餐饮有限公司");
    row.uscc = QStringLiteral("91330100799655058B");
    row.legalRepresentative = QStringLiteral("张三");
    row.address = QStringLiteral("清溪县城关镇人民路 8 号");
    row.itemCode = QStringLiteral("SJ-02");
    row.listVersion = QStringLiteral("3.0");
    row.violation = QStringLiteral("食品经营者未按规定建立并遵守进货查验记录制度");
    row.violatedProvision = QStringLiteral("《中华人民共和国食品安全法》第五十三条");
    row.penaltyProvision = QStringLiteral("《中华人民共和国食品安全法》第一百二十六条第一款");
    row.facts = QStringLiteral("当事人未查验供货者的许可证和食品出厂检验合格证。");
    row.decided = QDate(2026, 10, 10);
    row.outcome = PenaltyOutcome::fromCode(outcome).value();
    row.fineFen = fineFen;
    return row;
}

} // namespace

TEST_CASE("三书同达: a penalty brings decision, guidance and credit-repair notice", "[discretion][documents]")
{
    const QJsonObject templates = CaseDocuments::loadTemplates(QString());
    const auto docs = CaseDocuments::build(sampleCase(QStringLiteral("lighter"), 1850000), templates);
    REQUIRE(docs.size() == 3);
    CHECK(docs.at(0).id == u"penalty_decision");
    CHECK(docs.at(1).id == u"guidance");
    CHECK(docs.at(2).id == u"credit_repair_notice");
    const QString decision = docs.at(0).paragraphs.join(u'\n');
    CHECK(decision.contains(QStringLiteral("清溪县好味来餐饮有限公司")));
    CHECK(decision.contains(QStringLiteral("18,500.00")));
    CHECK(decision.contains(QStringLiteral("壹万捌仟伍佰元整")));
    CHECK(decision.contains(QStringLiteral("从轻处罚")));
    CHECK(docs.at(0).signature.contains(QStringLiteral("2026年10月10日")));
    CHECK_FALSE(decision.contains(u'{'));

    const auto lenient = CaseDocuments::build(sampleCase(QStringLiteral("no_penalty"), 0), templates);
    REQUIRE(lenient.size() == 2);
    CHECK(lenient.at(0).id == u"no_penalty_decision");
    CHECK(lenient.at(0).paragraphs.join(u'\n').contains(QStringLiteral("第三十三条")));

    // A case recorded without a benchmark item has no provisions to cite: refused by name, not printed with gaps.
    PenaltyCaseStore::Row unlisted = sampleCase(QStringLiteral("lighter"), 570000);
    unlisted.itemCode.clear();
    unlisted.listVersion.clear();
    unlisted.violation.clear();
    unlisted.violatedProvision.clear();
    unlisted.penaltyProvision.clear();
    try {
        CaseDocuments::build(unlisted, templates);
        FAIL("documents were built without a legal basis");
    } catch (const Refusal &e) {
        CHECK(e.message().contains(unlisted.caseNo));
    }

    // Writing PDF needs fonts, hence a GUI application: the CLI end-to-end test writes and reads them back.
}

TEST_CASE("An office's own templates are used, and a bad one is refused by name", "[discretion][documents]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("county.db"));
    REQUIRE(QDir().mkpath(dir.filePath(QStringLiteral("templates"))));
    QFile builtIn(QStringLiteral(":/faircheck/templates/case-documents.json"));
    REQUIRE(builtIn.open(QIODevice::ReadOnly));
    QByteArray text = builtIn.readAll();
    text.replace("本建议书属于行政指导", "本建议书由本所出具，属于行政指导");
    TestSupport::writeFile(CaseDocuments::overridePath(db), text);
    auto docs = CaseDocuments::build(sampleCase(QStringLiteral("standard"), 2000000), CaseDocuments::loadTemplates(db));
    CHECK(docs.at(1).paragraphs.join(u'\n').contains(QStringLiteral("本所出具")));

    text.replace("{violation}", "{violaton}");
    TestSupport::writeFile(CaseDocuments::overridePath(db), text);
    try {
        CaseDocuments::build(sampleCase(QStringLiteral("standard"), 2000000), CaseDocuments::loadTemplates(db));
        FAIL("an unknown field was accepted");
    } catch (const Error &e) {
        CHECK(e.message().contains(QStringLiteral("{violaton}")));
        CHECK(e.message().contains(QStringLiteral("case-documents.json")));
    }
    TestSupport::writeFile(CaseDocuments::overridePath(db), "{\"penalty_decision\": ");
    CHECK_THROWS_AS(CaseDocuments::loadTemplates(db), Refusal);
}
