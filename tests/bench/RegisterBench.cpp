// Benchmark for the enterprise register at county and at stress scale:
//   faircheck_bench [--enterprises N] [--db FILE] [--reps N]
// Generates the demo county (unless FILE exists), then times opening it and the
// enterprise page model's count and page fetches under each filter. Prints medians.

#include "db/Database.h"
#include "demo/DemoCountyGenerator.h"
#include "enterprise/EnterpriseTableModel.h"

#include "BenchSupport.h"
#include "modules/CoreModules.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

using BenchSupport::report;
using BenchSupport::timeMs;

namespace {

QTextStream &out = BenchSupport::out();

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    CoreModules::install();
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("enterprises"), QStringLiteral("enterprises to generate"), QStringLiteral("n"), QStringLiteral("1000000")},
                       {QStringLiteral("db"), QStringLiteral("database file"), QStringLiteral("file"), QStringLiteral("bench-county.db")},
                       {QStringLiteral("reps"), QStringLiteral("repetitions"), QStringLiteral("n"), QStringLiteral("7")}});
    parser.process(app);
    const QString path = parser.value(QStringLiteral("db"));
    const int reps = qMax(1, parser.value(QStringLiteral("reps")).toInt());

    if (!QFileInfo::exists(path)) {
        DemoOptions options;
        options.seed = 2026;
        options.enterprises = parser.value(QStringLiteral("enterprises")).toInt();
        options.asOf = QDate(2026, 11, 29);
        qint64 rows = 0;
        const double ms = timeMs([&] {
            const Database db = Database::open(path);
            rows = DemoCountyGenerator::generate(db, options).rows;
        });
        out << QStringLiteral("generate %1 enterprises: %2 rows in %3 s (%4 rows/s), file %5 MB")
                   .arg(options.enterprises)
                   .arg(rows)
                   .arg(ms / 1000, 0, 'f', 1)
                   .arg(qint64(rows / (ms / 1000)))
                   .arg(QFileInfo(path).size() / (1024 * 1024))
            << Qt::endl;
    }

    std::vector<double> opens;
    for (int i = 0; i < reps; ++i)
        opens.push_back(timeMs([&] { Database db = Database::open(path, Database::OpenMode::ExistingOnly); }));
    report(QStringLiteral("open existing database"), opens);

    const Database db = Database::open(path, Database::OpenMode::ExistingOnly);
    EnterpriseTableModel model;
    model.setLoading(EnterpriseTableModel::Loading::Immediate); // time the fetches themselves
    model.setDatabase(db.connection());
    out << QStringLiteral("rows in register: %1").arg(model.totalCount()) << Qt::endl;

    struct Case { QString name; EnterpriseQuery query; };
    std::vector<Case> cases;
    auto add = [&cases](const QString &name, auto change) {
        EnterpriseQuery q;
        change(q);
        cases.push_back({name, q});
    };
    add(QStringLiteral("no filter, by name"), [](EnterpriseQuery &) {});
    add(QStringLiteral("no filter, by score desc"), [](EnterpriseQuery &q) { q.sortColumn = EnterpriseQuery::Score; q.descending = true; });
    add(QStringLiteral("township 5, by name"), [](EnterpriseQuery &q) { q.townshipId = 5; });
    add(QStringLiteral("tier C, by name"), [](EnterpriseQuery &q) { q.tier = QStringLiteral("C"); });
    add(QStringLiteral("township 5 + industry C33"), [](EnterpriseQuery &q) { q.townshipId = 5; q.industryCode = QStringLiteral("C33"); });
    add(QStringLiteral("name contains 五金"), [](EnterpriseQuery &q) { q.text = QStringLiteral("五金"); });
    add(QStringLiteral("USCC prefix 91320987MA4"), [](EnterpriseQuery &q) { q.text = QStringLiteral("91320987MA4"); });

    for (const Case &c : cases) {
        std::vector<double> apply, first, middle, last;
        for (int i = 0; i < reps; ++i) {
            // Alternate with an empty query so every repetition really re-counts.
            model.setQuery(EnterpriseQuery{QStringLiteral("\x01"), 0, {}, {}, EnterpriseQuery::Name, false});
            apply.push_back(timeMs([&] { model.setQuery(c.query); }));
            const int rows = model.rowCount();
            if (rows == 0)
                continue;
            first.push_back(timeMs([&] { model.index(0, 1).data(); }));
            middle.push_back(timeMs([&] { model.index(rows / 2, 1).data(); }));
            last.push_back(timeMs([&] { model.index(rows - 1, 1).data(); }));
        }
        out << QStringLiteral("-- %1: %2 rows").arg(c.name).arg(model.totalCount()) << Qt::endl;
        report(QStringLiteral("   apply filter (count)"), apply);
        if (!first.empty()) {
            report(QStringLiteral("   first page"), first);
            report(QStringLiteral("   middle page"), middle);
            report(QStringLiteral("   last page"), last);
        }
    }
    out << QStringLiteral("peak resident memory: %1 MB").arg(peakRssKb() / 1024) << Qt::endl;
    return 0;
}
