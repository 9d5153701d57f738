// Search over a 10,000-item benchmark list: median and worst query time.
//   faircheck_discretion_bench [--items N] [--queries N] [--db FILE]
#include "BenchSupport.h"

#include "db/Database.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "util/SeededRandom.h"
#include "discretion/DiscretionSearch.h"
#include "modules/CoreModules.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QMap>
#include <QFile>
#include <QTemporaryDir>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    CoreModules::install();
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("items"), QStringLiteral("items"), QStringLiteral("n"), QStringLiteral("10000")},
                       {QStringLiteral("queries"), QStringLiteral("queries"), QStringLiteral("n"), QStringLiteral("500")},
                       {QStringLiteral("db"), QStringLiteral("keep the generated database in this file"), QStringLiteral("file")}});
    parser.process(app);
    const int items = parser.value(QStringLiteral("items")).toInt();
    QTemporaryDir dir;
    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : dir.filePath(QStringLiteral("search.db"));
    QFile::remove(path);
    const Database db = Database::open(path);
    const QStringList subjects = {QStringLiteral("食品经营者"), QStringLiteral("生产经营单位"), QStringLiteral("用人单位"),
                                  QStringLiteral("建设单位"), QStringLiteral("道路运输经营者"), QStringLiteral("排污单位")};
    const QStringList acts = {QStringLiteral("未按规定建立"), QStringLiteral("擅自变更"), QStringLiteral("未取得许可从事"),
                              QStringLiteral("未如实记录"), QStringLiteral("拒绝配合检查"), QStringLiteral("超范围经营")};
    const QStringList objects = {QStringLiteral("进货查验记录制度"), QStringLiteral("安全生产教育培训档案"), QStringLiteral("危险废物管理台账"),
                                 QStringLiteral("特种设备使用登记"), QStringLiteral("消防设施维护保养"), QStringLiteral("广告发布审查"),
                                 QStringLiteral("劳动合同备案"), QStringLiteral("车辆技术档案")};
    SeededRandom rng(7);
    {
        Transaction t(db.connection());
        for (int d = 1; d <= 29; ++d)
            Sql::exec(db.connection(), QStringLiteral("INSERT INTO department (id, code, name, short_name) VALUES (?, ?, ?, ?)"),
                      {d, QStringLiteral("D%1").arg(d), QStringLiteral("县第%1局").arg(d), QStringLiteral("部门%1").arg(d)});
        Sql::exec(db.connection(), QStringLiteral("INSERT INTO discretion_list (id, name, kind, version, effective_from) "
                                                  "VALUES (1, 'bench', 'benchmark', '1', '2026-01-01')"));
        QSqlQuery insert = Sql::prepare(db.connection(), QStringLiteral(
            "INSERT INTO discretion_item (list_id, department_id, code, violation, violated_provision, penalty_provision, "
            "penalty_kinds, min_fine_fen, max_fine_fen) VALUES (1, ?, ?, ?, ?, ?, '罚款', 100000, 1000000)"));
        for (int i = 0; i < items; ++i)
            Sql::run(insert, {1 + rng.bounded(29), QStringLiteral("B-%1").arg(i),
                              rng.pick(subjects) + rng.pick(acts) + rng.pick(objects) + QStringLiteral("（第%1项）").arg(i),
                              QStringLiteral("《条例》第%1条第%2款").arg(rng.between(1, 120)).arg(rng.between(1, 5)),
                              QStringLiteral("《条例》第%1条").arg(rng.between(1, 120))});
        t.commit();
    }
    const QStringList queries = {QStringLiteral("进货"), QStringLiteral("食"), QStringLiteral("进货查验"), QStringLiteral("安全生产教育"),
                                 QStringLiteral("第12条"), QStringLiteral("部门7"), QStringLiteral("危险废物管理台账"),
                                 QStringLiteral("未取得许可从事特种设备"), QStringLiteral("劳动"), QStringLiteral("车辆技术档案")};
    std::vector<double> times;
    QMap<QString, std::vector<double>> byQuery;
    const int runs = parser.value(QStringLiteral("queries")).toInt();
    for (int i = 0; i < runs; ++i) {
        const QString q = queries.at(i % queries.size());
        const double ms = BenchSupport::timeMs([&] { DiscretionSearch::search(db.connection(), q); });
        times.push_back(ms);
        byQuery[q].push_back(ms);
    }
    BenchSupport::report(QStringLiteral("search over %1 items").arg(items), times);
    for (auto it = byQuery.cbegin(); it != byQuery.cend(); ++it)
        BenchSupport::report(QStringLiteral("  \"%1\"").arg(it.key()), it.value());
    return 0;
}
