#include "TestSupport.h"

#include "db/Database.h"
#include "demo/DemoCountyGenerator.h"
#include "io/TableReader.h"
#include "report/IndicatorModel.h"
#include "report/MonthlyReport.h"
#include "report/MonthlyReportWriter.h"

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
    REQUIRE(reader->next(row));
    CHECK(row.cell(0) == report.strands.first().lines.first().name);
    CHECK(row.cell(1).toDouble() == report.strands.first().lines.first().raw);
    CHECK_THROWS(MonthlyReportWriter::write(report, dir.filePath(QStringLiteral("report.doc"))));
}
