#include "TestSupport.h"

#include "db/Database.h"
#include "demo/DemoCountyGenerator.h"
#include "io/TableReader.h"
#include "report/IndicatorModel.h"
#include "report/MonthlyReport.h"
#include "report/MonthlyReportWriter.h"
#include "documents/PdfPrinter.h"
#include "report/ReportChart.h"
#include "supervision/SupervisionFindings.h"

TEST_CASE("Monthly report: the same figures as the indicator model, in XLSX too", "[report]")
{
    QTemporaryDir dir;
    Database db = Database::open(dir.filePath(QStringLiteral("report.db")));
    TestSupport::demo(db, 12, 400, QDate(2026, 11, 29));
    const QDate month(2026, 10, 1);
    const MonthlyReport report = MonthlyReport::build(db.connection(), month, 0, QStringLiteral("清溪县"));
    REQUIRE(report.strands.size() == 5);
    const auto values = IndicatorModel::compute(db.connection(), IndicatorModel::Scope::month(month));
    int compared = 0;
    for (const MonthlyReport::Strand &strand : report.strands) {
        for (const MonthlyReport::Line &line : strand.lines) {
            for (const IndicatorModel::Value &v : values) {
                if (v.id == line.id) {
                    CHECK(line.raw == v.value);
                    CHECK(line.value == IndicatorModel::format(*IndicatorModel::definition(v.id), v));
                    ++compared;
                }
            }
        }
    }
    CHECK(compared == 32);
    CHECK(report.summary.contains(report.strands.first().lines.first().value));

    const QString xlsx = dir.filePath(QStringLiteral("report.xlsx"));
    MonthlyReportWriter::write(report, xlsx);
    auto reader = TableReader::open(xlsx, report.strands.first().title);
    TableRow row;
    REQUIRE(reader->next(row)); // header
    CHECK(row.cell(2) == MonthlyReportWriter::tr("Last month"));
    CHECK(row.cell(4) == QStringLiteral("2025-11")); // twelve months to October 2026
    REQUIRE(reader->next(row));
    const MonthlyReport::Line &visits = report.strands.first().lines.first();
    CHECK(row.cell(0) == visits.name);
    // Every figure a number: this month, last month, the change, the months.
    CHECK(row.cell(1).toDouble() == visits.raw);
    CHECK(row.cell(2).toDouble() == visits.previousRaw);
    CHECK(row.cell(3).toDouble() == visits.raw - visits.previousRaw);
    CHECK(row.cell(15).toDouble() == visits.raw);
    CHECK_THROWS(MonthlyReportWriter::write(report, dir.filePath(QStringLiteral("report.doc"))));

    // The history is the same figure month by month: its last two are this month and last.
    REQUIRE(report.historyMonths.size() == 12);
    CHECK(report.historyMonths.last() == month);
    CHECK(report.historyMonths.first() == QDate(2025, 11, 1));
    for (const MonthlyReport::Strand &strand : report.strands) {
        for (const MonthlyReport::Line &line : strand.lines) {
            REQUIRE(line.history.size() == 12);
            CHECK(line.history.at(11) == line.raw);
            CHECK(line.history.at(10) == line.previousRaw);
        }
    }
    // The findings annex counts what SupervisionFindings lists for the month.
    int findings = 0;
    for (const MonthlyReport::FindingCount &f : report.findings)
        findings += f.count;
    CHECK(findings == int(SupervisionFindings::list(db.connection(), month, QDate(2026, 10, 31)).size()));
    const auto august = IndicatorModel::compute(db.connection(), IndicatorModel::Scope::month(QDate(2026, 8, 1)));
    for (const IndicatorModel::Value &v : august) {
        if (v.id == visits.id)
            CHECK(visits.history.at(9) == v.value);
    }
}

TEST_CASE("Report charts: each figure on its own scale, a small month never drawn as none", "[report]")
{
    // 1,820 visits and 3 exits in one chart: on one axis 3 would be 54 × 3 / 1820 = 0.09
    // pixels high, i.e. nothing. On its own scale 3 is the full 54; beside a largest
    // month of 1,820 it is still a 2-pixel hairline.
    CHECK(ReportChart::barHeight(3, 3, 54) == 54);
    CHECK(ReportChart::barHeight(3, 1820, 54) == 2);
    CHECK(ReportChart::barHeight(910, 1820, 54) == 27);
    CHECK(ReportChart::barHeight(0, 1820, 54) == 0);
    MonthlyReport::Strand strand{QStringLiteral("检查执法"), {}};
    MonthlyReport::Line line;
    line.name = QStringLiteral("入企检查次数");
    line.value = QStringLiteral("36");
    line.raw = 36;
    line.history = {10, 20, 30, 40, 50, 60, 10, 20, 30, 40, 50, 36};
    strand.lines = {line, line};
    QList<QDate> months;
    for (int i = 0; i < 12; ++i)
        months.append(QDate(2025, 12, 1).addMonths(i));
    const QImage chart = ReportChart::strand(strand, months, PdfPrinter::font());
    REQUIRE(!chart.isNull());
    CHECK(chart.width() == 1600);
    // This month's bar is drawn in the darker colour.
    int dark = 0;
    for (int y = 0; y < chart.height(); ++y) {
        for (int x = 1000; x < 1340; ++x)
            dark += chart.pixelColor(x, y) == QColor(0x1f, 0x5f, 0xa8) ? 1 : 0;
    }
    CHECK(dark > 100);
}

TEST_CASE("Report headings number as official documents do", "[report]")
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    CHECK(MonthlyReportWriter::headingNumber(1) == QStringLiteral("一、"));
    CHECK(MonthlyReportWriter::headingNumber(10) == QStringLiteral("十、"));
    CHECK(MonthlyReportWriter::headingNumber(12) == QStringLiteral("十二、"));
    CHECK(MonthlyReportWriter::headingNumber(21) == QStringLiteral("二十一、"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    CHECK(MonthlyReportWriter::headingNumber(2) == QStringLiteral("2. "));
    QLocale::setDefault(before);
}
