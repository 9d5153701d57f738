#include "TestSupport.h"

#include "db/Database.h"
#include "report/MonthlyReport.h"

#include <QFile>
#include <QLocale>

// The report's data, not its rendering: every figure of a month of a demo county with a
// fixed seed, its previous month and twelve-month history, against a golden copy
// (KMyMoney's pattern). A change to a definition shows here as a diff a reviewer reads;
// FAIRCHECK_UPDATE_GOLDEN=1 writes the new copy when the change is meant.
TEST_CASE("The monthly report's figures for a fixed demo county match their golden copy", "[report][golden]")
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    QTemporaryDir dir;
    const Database db = Database::open(dir.filePath(QStringLiteral("golden.db")));
    TestSupport::demo(db, 11, 400, QDate(2026, 11, 29));
    const MonthlyReport report = MonthlyReport::build(db.connection(), QDate(2026, 10, 1), 0, QStringLiteral("清溪县"));
    QLocale::setDefault(before);

    QStringList lines{report.title, report.summary};
    for (const MonthlyReport::Strand &strand : report.strands) {
        lines.append(QStringLiteral("## ") + strand.title);
        for (const MonthlyReport::Line &line : strand.lines) {
            QStringList history;
            for (const double v : line.history)
                history.append(QString::number(v, 'g', 12));
            lines.append(QStringLiteral("%1\t%2\t%3\t%4\t%5").arg(line.id, line.name, line.value, line.previous, history.join(u' ')));
        }
    }
    lines.append(QStringLiteral("## attention"));
    for (const DashboardData::Attention &a : report.attention)
        lines.append(a.kind + u'\t' + a.text);
    lines.append(QStringLiteral("## findings"));
    for (const MonthlyReport::FindingCount &f : report.findings)
        lines.append(f.kind + u'\t' + f.department + u'\t' + QString::number(f.count));
    const QByteArray text = (lines.join(u'\n') + u'\n').toUtf8();
    CHECK(report.strands.size() >= 3);

    const QString golden = QStringLiteral(FAIRCHECK_TEST_DATA "/golden/monthly-report-data.txt");
    if (qEnvironmentVariableIsSet("FAIRCHECK_UPDATE_GOLDEN"))
        TestSupport::writeFile(golden, text);
    QFile expected(golden);
    REQUIRE(expected.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(expected.readAll()) == QString::fromUtf8(text));
}
