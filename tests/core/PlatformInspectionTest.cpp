#include "TestSupport.h"

#include "PlatformInspectionFile.h"
#include "credit/CreditLedger.h"
#include "credit/CreditRuleStore.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "io/Importer.h"
#include "planning/PlatformInspectionSink.h"
#include "supervision/SupervisionFindings.h"

#include <QSqlQuery>
#include <QTemporaryDir>

TEST_CASE("Platform results and kinds read as written", "[import][inspections]")
{
    CHECK(PlatformInspectionSink::problemFound(QStringLiteral("未发现问题")) == 0);
    CHECK(PlatformInspectionSink::problemFound(QStringLiteral("发现问题，责令限期整改")) == 1);
    CHECK(PlatformInspectionSink::problemFound(QStringLiteral("不合格")) == 1);
    CHECK(PlatformInspectionSink::problemFound(QStringLiteral("合格")) == 0);
    CHECK(PlatformInspectionSink::problemFound(QString()) == -1);      // not stated: unknown
    CHECK(PlatformInspectionSink::problemFound(QStringLiteral("已检查")) == -1);
    CHECK(PlatformInspectionSink::origin(QStringLiteral("双随机抽查")) == QStringLiteral("routine"));
    CHECK(PlatformInspectionSink::origin(QStringLiteral("投诉举报")) == QStringLiteral("clue"));
    CHECK(PlatformInspectionSink::origin(QStringLiteral("其他")) == QStringLiteral("other"));
    CHECK(PlatformInspectionSink::certificates(QStringLiteral("张三（3209870100001）、李四(3209870100002)"))
          == QStringList({QStringLiteral("3209870100001"), QStringLiteral("3209870100002")}));
}

TEST_CASE("Inspections come in as the 互联网+监管 platform exports them", "[import][inspections]")
{
    QTemporaryDir dir;
    const Database db = Database::open(dir.filePath(QStringLiteral("platform.db")));
    TestSupport::demo(db, 13, 200, QDate(2026, 11, 29));
    const QSqlDatabase c = db.connection();
    QSqlQuery e = Sql::exec(c, QStringLiteral("SELECT uscc, name FROM enterprise ORDER BY id LIMIT 3"));
    QStringList uscc, name;
    while (e.next()) {
        uscc.append(e.value(0).toString());
        name.append(e.value(1).toString());
    }
    QSqlQuery o = Sql::exec(c, QStringLiteral("SELECT o.name, o.certificate_no FROM officer o JOIN department d ON d.id = o.department_id "
                                              "WHERE d.name = '清溪县市场监督管理局' AND o.certificate_expiry >= '2026-12-31' ORDER BY o.id LIMIT 2"));
    QStringList officers;
    while (o.next())
        officers.append(QStringLiteral("%1（%2）").arg(o.value(0).toString(), o.value(1).toString()));
    REQUIRE(officers.size() == 2);
    const QString two = officers.join(QStringLiteral("、"));
    const QString market = QStringLiteral("清溪县市场监督管理局");
    const QString file = dir.filePath(QStringLiteral("platform-export.xls"));
    PlatformInspectionFile::writeHtml(file, {
        {QStringLiteral("JC2026110001"), name.at(0), uscc.at(0), market, QStringLiteral("双随机抽查"), QStringLiteral("食品经营"),
         QStringLiteral("2026-11-03"), QStringLiteral("未发现问题"), two, QStringLiteral("否"), QStringLiteral("是")},
        {QStringLiteral("JC2026110002"), name.at(1), uscc.at(1), market, QStringLiteral("重点检查"), QStringLiteral("广告发布"),
         QStringLiteral("2026-11-10"), QStringLiteral("发现问题，责令限期整改"), two, QStringLiteral("否"), QStringLiteral("是")},
        {QStringLiteral("JC2026110003"), name.at(2), uscc.at(2), QStringLiteral("县市场监管局"), QStringLiteral("双随机抽查"),
         QStringLiteral("价格"), QStringLiteral("2026-11-18"), QString(), two, QStringLiteral("否"), QStringLiteral("否")},
        {QStringLiteral("JC2026110004"), name.at(0), uscc.at(0), market, QStringLiteral("投诉举报"), QStringLiteral("食品经营"),
         QStringLiteral("2026-11-20"), QStringLiteral("合格"), two, QStringLiteral("否"), QStringLiteral("否")},
    });
    // 县市场监管局 is another way of writing 清溪县市场监督管理局: mapped for this run.
    Importer::Options apply;
    apply.dryRun = false;
    apply.valueMap[QStringLiteral("department")].insert(QStringLiteral("县市场监管局"), market);
    const int visitsBefore = Sql::scalar(c, QStringLiteral("SELECT count(*) FROM visit")).toInt();
    const ImportReport done = Importer::run(c, QStringLiteral("inspections"), file, apply);
    INFO((done.rejected.isEmpty() ? QString() : done.rejected.first().toString()));
    REQUIRE(done.rejected.isEmpty());
    CHECK(done.encoding == QStringLiteral("HTML, GB18030"));
    CHECK(done.inserted == 4);
    CHECK(Sql::scalar(c, QStringLiteral("SELECT count(*) FROM visit")).toInt() == visitsBefore + 4);
    CHECK(Sql::scalar(c, QStringLiteral("SELECT count(*) FROM visit_officer vo JOIN visit v ON v.id = vo.visit_id "
                                        "WHERE v.platform_no = 'JC2026110001'")).toInt() == 2);
    CHECK(Sql::scalar(c, QStringLiteral("SELECT origin FROM visit WHERE platform_no = 'JC2026110004'")).toString() == QStringLiteral("clue"));
    CHECK(Sql::scalar(c, QStringLiteral("SELECT problem_found FROM visit WHERE platform_no = 'JC2026110002'")).toInt() == 1);
    CHECK(Sql::scalar(c, QStringLiteral("SELECT problem_found FROM visit WHERE platform_no = 'JC2026110003'")).isNull());

    // Only the record that says no problem was found is a clean inspection for credit.
    CreditLedger::syncFromSources(c, CreditRuleStore::load(c));
    auto clean = [&](const char *no) {
        return Sql::scalar(c, QStringLiteral("SELECT count(*) FROM credit_event ce JOIN visit v ON v.id = ce.source_id "
                                             "WHERE ce.source_table = 'visit' AND v.platform_no = ?"), {QString::fromLatin1(no)}).toInt();
    };
    CHECK(clean("JC2026110001") == 1);
    CHECK(clean("JC2026110002") == 0);
    CHECK(clean("JC2026110003") == 0); // not stated is not clean

    // The routine check without the inspection code is a finding; the clue check is not routine.
    QStringList codeless;
    for (const SupervisionFindings::Finding &f :
         SupervisionFindings::list(c, QDate(2026, 11, 1), QDate(2026, 11, 30), QStringLiteral("no_inspection_code")))
        codeless.append(f.detail);
    REQUIRE(codeless.size() == 1);
    CHECK(codeless.first().contains(QStringLiteral("JC2026110003")));

    // Again: nothing changes. A corrected result updates its visit.
    const ImportReport again = Importer::run(c, QStringLiteral("inspections"), file, apply);
    CHECK(again.unchanged == 4);
    PlatformInspectionFile::writeHtml(file, {{QStringLiteral("JC2026110003"), name.at(2), uscc.at(2), market, QStringLiteral("双随机抽查"),
                                              QStringLiteral("价格"), QStringLiteral("2026-11-18"), QStringLiteral("未发现问题"), two,
                                              QStringLiteral("否"), QStringLiteral("否")}});
    const ImportReport corrected = Importer::run(c, QStringLiteral("inspections"), file, apply);
    CHECK(corrected.updated == 1);
    CHECK(Sql::scalar(c, QStringLiteral("SELECT problem_found FROM visit WHERE platform_no = 'JC2026110003'")).toInt() == 0);

    // An officer the roster does not know, an enterprise the register does not: refused.
    PlatformInspectionFile::writeHtml(file, {
        {QStringLiteral("JC2026110009"), name.at(0), uscc.at(0), market, QStringLiteral("双随机抽查"), QString(), QStringLiteral("2026-11-25"),
         QStringLiteral("合格"), QStringLiteral("王五（9999999999999）"), QStringLiteral("否"), QStringLiteral("是")},
        {QStringLiteral("JC2026110010"), QStringLiteral("杭州测试贸易有限公司"), QStringLiteral("91330100799655058B"), market,
         QStringLiteral("双随机抽查"), QString(), QStringLiteral("2026-11-25"), QStringLiteral("合格"), two, QStringLiteral("否"), QStringLiteral("是")},
    });
    const int now = Sql::scalar(c, QStringLiteral("SELECT count(*) FROM visit")).toInt();
    const ImportReport bad = Importer::run(c, QStringLiteral("inspections"), file, apply);
    CHECK(bad.rejectedRows() == 2);
    CHECK(Sql::scalar(c, QStringLiteral("SELECT count(*) FROM visit")).toInt() == now);
}
