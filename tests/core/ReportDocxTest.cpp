#include "TestSupport.h"

#include "io/ZipArchive.h"
#include "documents/DocxBuilder.h"
#include "report/MonthlyReport.h"
#include "report/MonthlyReportWriter.h"

#include <QLocale>
#include <QRegularExpression>

namespace {

// A report made by hand (no database), so its document is the same on every machine.
MonthlyReport handMadeReport()
{
    MonthlyReport report;
    report.county = QStringLiteral("清溪县");
    report.title = QStringLiteral("清溪县涉企行政执法监督月度报告（2026-10）");
    report.month = QDate(2026, 10, 1);
    report.summary = QStringLiteral("2026-10，各执法部门共开展入企检查 32 次。");
    report.auditAnchor = QStringLiteral("120:07956316425bb9c6bb5333af3fc0eda61ac36f0bccd7b944bb5b4217c8e78317");
    for (int i = 0; i < 12; ++i)
        report.historyMonths.append(QDate(2025, 11, 1).addMonths(i));
    MonthlyReport::Line visits{QStringLiteral("visits"), QStringLiteral("入企检查次数"), QStringLiteral("32"), QStringLiteral("29"),
                               32, 29, true, true, IndicatorModel::Unit::Count, {}};
    for (int i = 0; i < 12; ++i)
        visits.history.append(20 + i);
    visits.history.last() = 32;
    visits.history[10] = 29;
    MonthlyReport::Line rate{QStringLiteral("joint_rate"), QStringLiteral("联合检查率"), QStringLiteral("31.3 %"),
                             QStringLiteral("65.5 %"), 31.25, 65.5, true, true, IndicatorModel::Unit::Percent, {}};
    for (int i = 0; i < 12; ++i)
        rate.history.append(50);
    rate.history[10] = 65.5;
    rate.history.last() = 31.25;
    report.strands = {{QStringLiteral("检查执法"), {visits, rate}}, {QStringLiteral("信用监管"), {visits}}};
    return report;
}

} // namespace

TEST_CASE("The report's DOCX is laid out as an official document (GB/T 9704)", "[report][docx]")
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.docx"));
    MonthlyReportWriter::write(handMadeReport(), path);
    QLocale::setDefault(before);

    ZipArchive zip(path);
    const QByteArray document = zip.read(QStringLiteral("word/document.xml"), 1 << 22);
    REQUIRE(!document.isEmpty());
    // A4; top 37 mm, bottom 35, left 28, right 26 (twips: mm × 1440 / 25.4).
    CHECK(document.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"));
    CHECK(document.contains("w:top=\"2098\" w:right=\"1474\" w:bottom=\"1984\" w:left=\"1588\""));
    // 22 lines in the 225 mm type area: 225 / 22 = 10.23 mm = 28.95 pt = 579 twips.
    CHECK(document.contains("<w:spacing w:line=\"579\" w:lineRule=\"exact\"/>"));
    // Title in 小标宋 二号 (22 pt = 44 half points), body in 仿宋 三号 (32), headings in 黑体.
    CHECK(document.contains("w:eastAsia=\"方正小标宋简体\"/><w:sz w:val=\"44\"/>"));
    CHECK(document.contains("w:eastAsia=\"仿宋_GB2312\"/><w:sz w:val=\"32\"/>"));
    CHECK(document.contains(QStringLiteral("w:eastAsia=\"黑体\"/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/></w:rPr>"
                                           "<w:t xml:space=\"preserve\">一、").toUtf8()));
    CHECK(document.contains(QStringLiteral(">二、检查执法<").toUtf8()));
    CHECK(document.contains(QStringLiteral(">三、信用监管<").toUtf8()));
    // One chart per strand, embedded.
    CHECK(document.count("<w:drawing>") == 2);
    CHECK(zip.contains(QStringLiteral("word/media/image1.png")));
    CHECK(zip.contains(QStringLiteral("word/media/image2.png")));
    // Page numbers "— 1 —" outside: odd pages right, even left.
    CHECK(zip.read(QStringLiteral("word/settings.xml"), 1 << 16).contains("<w:evenAndOddHeaders/>"));
    const QByteArray odd = zip.read(QStringLiteral("word/footer1.xml"), 1 << 16);
    CHECK(odd.contains("<w:jc w:val=\"right\"/>"));
    CHECK(odd.contains(" PAGE "));
    CHECK(zip.read(QStringLiteral("word/footer2.xml"), 1 << 16).contains("<w:jc w:val=\"left\"/>"));
    // The fonts users have, each with the one Word and WPS fall back to.
    const QByteArray fonts = zip.read(QStringLiteral("word/fontTable.xml"), 1 << 16);
    CHECK(fonts.contains(QStringLiteral("<w:font w:name=\"仿宋_GB2312\"><w:altName w:val=\"仿宋\"/>").toUtf8()));
    CHECK(fonts.contains(QStringLiteral("<w:font w:name=\"楷体_GB2312\"><w:altName w:val=\"楷体\"/>").toUtf8()));

    // The whole document against its golden copy (update with FAIRCHECK_UPDATE_GOLDEN=1).
    const QString golden = QStringLiteral(FAIRCHECK_TEST_DATA "/golden/monthly-report-document.xml");
    if (qEnvironmentVariableIsSet("FAIRCHECK_UPDATE_GOLDEN"))
        TestSupport::writeFile(golden, document);
    QFile expected(golden);
    REQUIRE(expected.open(QIODevice::ReadOnly));
    CHECK(document == expected.readAll());
}
