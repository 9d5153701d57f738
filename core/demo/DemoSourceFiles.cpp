#include "DemoSourceFiles.h"

#include "DemoCountyGenerator.h"
#include "DemoFileFormats.h"
#include "DemoSourceData.h"
#include "db/OpenDatabases.h"
#include "db/OutputFile.h"
#include "io/ExportPolicy.h"
#include "util/Refusal.h"
#include "util/SeededRandom.h"
#include "validation/Uscc.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <functional>

// The files speak as the source systems do: their column names, categories and
// wording are those systems' Chinese, not the program's interface.

namespace {

QString iso(const QDate &d) { return d.toString(Qt::ISODate); }

// Fen as 万元, exactly: 1 万元 is 1,000,000 fen. Some systems pad to six decimals.
QString wan(qint64 fen, bool padded)
{
    QString fraction = QStringLiteral("%1").arg(fen % 1000000, 6, 10, QLatin1Char('0'));
    if (!padded) {
        while (fraction.endsWith(u'0'))
            fraction.chop(1);
    }
    return QString::number(fen / 1000000) + (fraction.isEmpty() ? QString() : QLatin1Char('.') + fraction);
}

// A fine in whole hundreds of yuan within [low, high] fen.
qint64 fineWithin(SeededRandom &rng, qint64 low, qint64 high)
{
    const qint64 first = (low + 9999) / 10000;
    const qint64 last = high / 10000;
    if (last <= first)
        return first * 10000;
    return 10000 * (first + qint64(rng.next() % quint64(last - first + 1)));
}

struct Category
{
    const char *name;
    int weight;
};
// The 12345 platform's categories, 表扬 and 感谢 both in use.
constexpr Category kCategories[] = {{"咨询", 30}, {"求助", 8}, {"投诉", 30}, {"举报", 12}, {"建议", 8},
                                    {"表扬", 4},  {"感谢", 4}, {"其他", 4}};

} // namespace

QList<DemoSourceFiles::File> DemoSourceFiles::write(const QSqlDatabase &db, const QString &folder, QDate month, quint64 seed)
{
    // Invented records never go beside a real county's.
    if (!DemoCountyGenerator::isDemo(db))
        throw Refusal(tr("Only the demo county's file writes demo files; this file holds no demo county."));
    const DemoSourceData::Span span = DemoSourceData::span(db);
    if (!span.last.isValid())
        throw Refusal(tr("This demo county has no enterprises or departments left to write files from."));
    if (!month.isValid()) {
        const QDate previous = span.last.addMonths(-1);
        month = QDate(previous.year(), previous.month(), 1);
    }
    month = QDate(month.year(), month.month(), 1);
    const QDate monthEnd = month.addMonths(1).addDays(-1);
    // Only a month the county's history covers: records before its enterprises existed
    // or after its last day would be invented twice over.
    const QDate first(span.first.year(), span.first.month(), 1);
    if (month < first || monthEnd > span.last)
        throw Refusal(tr("The demo county's records run from %1 to %2; choose a whole month between them.")
                          .arg(span.first.toString(Qt::ISODate), span.last.toString(Qt::ISODate)));
    // They carry the register's names, officers' certificates and cases: exports like any
    // other, by the same roles, recorded in the audit trail; all checked before a byte
    // is written, the three names too.
    for (const QString &table : {QStringLiteral("enterprise"), QStringLiteral("officer"), QStringLiteral("penalty_case")})
        ExportPolicy::require(db, table);
    ExportPolicy::refuseWhenUnrecordable(db);
    if (folder.trimmed().isEmpty())
        throw Refusal(tr("Name the folder the files go into."));
    const QString absolute = QFileInfo(folder).absoluteFilePath();
    if (!OpenDatabases::ownerOf(absolute).isEmpty())
        throw Refusal(tr("%1 is the open database's file or inside its backups or attachments folder; choose another folder.")
                          .arg(QDir::toNativeSeparators(absolute)));
    const DemoSourceData data = DemoSourceData::load(db, monthEnd);
    if (data.enterprises.isEmpty() || data.departments.isEmpty())
        throw Refusal(tr("This demo county has no enterprises or departments left to write files from."));
    if (!QDir().mkpath(absolute))
        throw Refusal(tr("Cannot make the folder %1.").arg(QDir::toNativeSeparators(absolute)));
    const QDir dir(absolute);
    const QString stamp = month.toString(QStringLiteral("yyyy-MM"));

    QList<File> files = {{QStringLiteral("hotline"), dir.filePath(QStringLiteral("12345-%1.xlsx").arg(stamp)), 0},
                         {QStringLiteral("cases"), dir.filePath(QStringLiteral("shuanggongshi-%1.csv").arg(stamp)), 0},
                         {QStringLiteral("inspections"), dir.filePath(QStringLiteral("platform-%1.xls").arg(stamp)), 0}};
    for (const File &file : std::as_const(files))
        OutputFile::check(file.path, {QFileInfo(file.path).suffix()});
    SeededRandom hotline(seed ^ 0x12345);
    SeededRandom cases(seed ^ 0x5639);
    SeededRandom inspections(seed ^ 0x7a1f);
    const std::function<int(const QString &)> writers[] = {
        [&](const QString &path) { return writeHotline(data, hotline, month, path); },
        [&](const QString &path) { return writeCases(data, cases, month, path); },
        [&](const QString &path) { return writeInspections(data, inspections, month, path); }};
    for (int i = 0; i < files.size(); ++i) {
        files[i].rows = int(ExportPolicy::recorded(db, QStringLiteral("demo.files.") + files.at(i).kind, files.at(i).path, true,
                                                   [&] { return qint64(writers[i](files.at(i).path)); }));
    }
    return files;
}

int DemoSourceFiles::writeHotline(const DemoSourceData &data, SeededRandom &rng, const QDate &month, const QString &path)
{
    struct Topic
    {
        int department; // index into the register's departments
        const char *consult;
        const char *problem;
        const char *service; // what a thank-you says was helped with
    };
    static const Topic topics[] = {
        {0, "食品经营许可证办理流程", "销售过期食品", "食品经营许可证"},
        {0, "个体工商户年度报告怎么填报", "虚假宣传、夸大产品功效", "年度报告"},
        {1, "排污许可证申领条件", "夜间排放废气，气味刺鼻", "排污许可证"},
        {2, "安全生产标准化评审要求", "仓库堆放危险化学品，无防护措施", "安全生产标准化评审"},
        {4, "建筑工程施工许可办理", "工地夜间施工噪声扰民", "施工许可"},
        {5, "消防验收备案所需材料", "消防通道被货物堵塞", "消防验收备案"},
        {6, "道路运输经营许可证年审", "货车超载上路", "道路运输经营许可证年审"},
        {10, "社保缴费基数如何核定", "拖欠员工工资三个月", "社保登记"},
        {14, "门头招牌设置要求", "占道经营，影响通行", "门头招牌设置"},
        {3, "公共场所卫生许可办理", "美容店无卫生许可经营", "公共场所卫生许可"},
    };
    static const char *conduct[] = {"执法人员检查时态度生硬，反复刁难", "一个月内多个部门多次上门重复检查，影响正常经营",
                                    "检查后未出具任何文书即要求罚款", "执法人员推诿，不作为"};
    QList<QStringList> rows;
    const QDate monthEnd = month.addMonths(1).addDays(-1);
    const int count = int(qBound(qint64(60), data.enterpriseCount / 25, qint64(2000)));
    int serial = 0;
    for (int i = 0; i < count; ++i) {
        // The first orders take every category once, so each is in the file.
        const Category *category = kCategories;
        if (i < int(std::size(kCategories))) {
            category = kCategories + i;
        } else {
            int roll = rng.bounded(100);
            while (roll >= category->weight) {
                roll -= category->weight;
                ++category;
            }
        }
        const Topic &topic = topics[rng.bounded(int(std::size(topics)))];
        const DemoSourceData::Department &department = data.departments.at(qMin(topic.department, int(data.departments.size()) - 1));
        const DemoSourceData::Enterprise &enterprise = rng.pick(data.enterprises);
        const QString kind = QString::fromUtf8(category->name);
        QString content;
        QString named;
        if (kind == u"咨询") {
            content = QStringLiteral("来电咨询%1。").arg(QString::fromUtf8(topic.consult));
        } else if (kind == u"投诉" || kind == u"举报" || kind == u"求助") {
            named = enterprise.name;
            content = rng.chance(35) ? QStringLiteral("%1反映：%2%3。").arg(enterprise.name, department.shortName,
                                                                             QString::fromUtf8(conduct[rng.bounded(int(std::size(conduct)))]))
                                     : QStringLiteral("反映%1%2，请相关部门核查处理。").arg(enterprise.name, QString::fromUtf8(topic.problem));
        } else if (kind == u"建议") {
            content = QStringLiteral("建议%1合并对同一企业的检查，推行“综合查一次”。").arg(department.shortName);
        } else if (kind == u"表扬" || kind == u"感谢") {
            content = QStringLiteral("%1%2工作人员上门指导，帮助企业办理%3，特此致谢。")
                          .arg(kind == u"表扬" ? QStringLiteral("表扬") : QStringLiteral("感谢"), department.shortName,
                               QString::fromUtf8(topic.service));
        } else {
            content = QStringLiteral("来电查询此前工单的办理进度。");
        }
        const QStringList otherNames = data.otherNames(department);
        const QString handler = rng.chance(40) ? department.name : rng.pick(otherNames);
        const QString township = enterprise.township.isEmpty() ? QString()
            : rng.chance(30) ? DemoSourceData::shortTownship(enterprise.township) : enterprise.township;
        const QDate received = rng.dateBetween(month, monthEnd);
        const QString at = iso(received) + QStringLiteral(" %1:%2:%3").arg(rng.between(8, 20), 2, 10, QLatin1Char('0'))
                               .arg(rng.bounded(60), 2, 10, QLatin1Char('0')).arg(rng.bounded(60), 2, 10, QLatin1Char('0'));
        rows.append({QStringLiteral("GD%1%2").arg(received.toString(QStringLiteral("yyyyMMdd"))).arg(++serial, 4, 10, QLatin1Char('0')),
                     at, kind, content, named, township, handler, rng.chance(85) ? QStringLiteral("已办结") : QStringLiteral("办理中")});
    }
    std::sort(rows.begin(), rows.end(), [](const QStringList &a, const QStringList &b) { return a.at(1) < b.at(1); });
    DemoFileFormats::writeXlsx(path, data.county + QStringLiteral("12345政务服务便民热线工单明细（%1）").arg(month.toString(QStringLiteral("yyyy年M月"))),
                               {QStringLiteral("工单编号"), QStringLiteral("受理时间"), QStringLiteral("诉求类型"), QStringLiteral("诉求内容"),
                                QStringLiteral("被反映对象"), QStringLiteral("所属镇街"), QStringLiteral("承办单位"), QStringLiteral("办理状态")},
                               rows);
    return int(rows.size());
}

int DemoSourceFiles::writeCases(const DemoSourceData &data, SeededRandom &rng, const QDate &month, const QString &path)
{
    QList<int> withItems;
    for (int d = 0; d < data.departments.size(); ++d) {
        // Departments with more items decide more cases.
        for (int n = 0; n < data.departments.at(d).items.size(); ++n)
            withItems.append(d);
    }
    if (withItems.isEmpty())
        return 0;
    const QDate monthEnd = month.addMonths(1).addDays(-1);
    const int count = int(qBound(qint64(40), data.enterpriseCount / 45, qint64(1500)));
    QList<QStringList> rows;
    QHash<int, int> serials;
    bool redLineLenient = false;
    for (int i = 0; i < count; ++i) {
        const int d = rng.pick(withItems);
        const DemoSourceData::Department &department = data.departments.at(d);
        const DemoSourceData::Item &item = rng.pick(department.items);
        const DemoSourceData::Enterprise &enterprise = rng.pick(data.enterprises);
        const QDate decided = rng.dateBetween(month, monthEnd);
        const int roll = rng.bounded(100);
        QString kinds = QStringLiteral("罚款");
        QString content;
        qint64 fine = -1;
        if ((roll < 8 && item.lenient) || (!redLineLenient && item.redLine && roll < 30)) {
            // 不予处罚: on a lenient-list item as the list allows; once on a red-line item,
            // which the law does not allow without a mandatory ground.
            redLineLenient = redLineLenient || item.redLine;
            kinds = QStringLiteral("不予处罚");
            content = QStringLiteral("当事人初次违法且危害后果轻微并及时改正，依据《中华人民共和国行政处罚法》第三十三条第一款，决定不予行政处罚。");
        } else if (item.maxFen == 0 && !item.kinds.contains(QStringLiteral("罚款"))) {
            kinds = QStringLiteral("警告");
            content = QStringLiteral("警告，责令改正。");
        } else if (item.maxFen == 0) {
            fine = fineWithin(rng, 100000, 5000000); // a multiple of income or value: no range to leave
        } else if (roll < 14 && item.minFen == 0) {
            kinds = QStringLiteral("警告");
            content = QStringLiteral("警告，责令改正。");
        } else if (roll < 18 && item.maxFen > 0) {
            fine = fineWithin(rng, item.maxFen + 10000, item.maxFen + item.maxFen / 5 + 10000); // above its band
        } else if (roll < 21 && item.minFen >= 20000) {
            fine = fineWithin(rng, 10000, item.minFen / 2); // below it, no ground stated
        } else {
            fine = fineWithin(rng, item.minFen, qMax(item.minFen, item.maxFen));
        }
        if (fine >= 0)
            content = QStringLiteral("责令改正，罚款人民币%1元。").arg(fine / 100);
        const QString shortName = department.shortName.left(2);
        // Numbered through the year: each month's file has its own numbers.
        const int serial = (month.month() - 1) * 500 + ++serials[d];
        const QString caseNo = QStringLiteral("清%1罚决〔%2〕%3号").arg(shortName).arg(decided.year()).arg(serial, 3, 10, QLatin1Char('0'));
        const QString authorityCode = Uscc::compose(QLatin1Char('1'), QLatin1Char('1'), data.divisionCode,
                                                    QStringLiteral("%1").arg(11000000 + d * 101, 8, 10, QLatin1Char('0')));
        // Some records name the violation loosely and cite the article alone, as many
        // systems do: those are left for a person to match.
        const bool loose = rng.chance(10);
        static const QRegularExpression paragraph(QStringLiteral("第[一二三四五六七八九十]+款.*$"));
        const QString violationType = loose ? QStringLiteral("违反%1管理规定").arg(department.shortName) : item.violation;
        const QString basis = loose ? QString(item.penaltyProvision).remove(paragraph)
                                    : QStringLiteral("%1、%2").arg(item.violatedProvision, item.penaltyProvision);
        rows.append({caseNo, violationType, QStringLiteral("当事人%1，经现场检查查实，违反了%2的规定。").arg(item.violation, item.violatedProvision),
                     basis, kinds, content,
                     fine >= 0 ? wan(fine, d % 3 == 0) : QString(),
                     rng.chance(5) && fine > 0 ? wan(fineWithin(rng, 100000, 2000000), d % 3 == 0) : QString(), QString(), iso(decided),
                     iso(decided.addYears(1)), iso(kinds == u"警告" ? decided.addMonths(3) : decided.addYears(1)),
                     rng.chance(8) ? data.otherNames(department).first() : department.name, authorityCode, department.name, enterprise.name, QStringLiteral("法人及非法人组织"), enterprise.uscc,
                     enterprise.legalRepresentative, QString()});
    }
    // Published systems also carry natural persons' cases; an enterprise file leaves them out.
    for (int i = 0; i < 2; ++i) {
        const DemoSourceData::Department &department = data.departments.at(withItems.first());
        const DemoSourceData::Item &item = department.items.first();
        const QDate decided = rng.dateBetween(month, monthEnd);
        rows.append({QStringLiteral("清%1罚决〔%2〕P%3号").arg(department.shortName.left(2)).arg(decided.year()).arg(month.month() * 10 + i + 1),
                     item.violation,
                     QStringLiteral("当事人%1。").arg(item.violation), item.penaltyProvision, QStringLiteral("罚款"),
                     QStringLiteral("罚款人民币500元。"), wan(50000, false), QString(), QString(), iso(decided), iso(decided.addYears(1)),
                     iso(decided.addMonths(3)), department.name, QString(), department.name, i == 0 ? QStringLiteral("王某") : QStringLiteral("李某某"),
                     QStringLiteral("自然人"), QString(), QString(), QStringLiteral("个人信息已脱敏")});
    }
    std::sort(rows.begin(), rows.end(), [](const QStringList &a, const QStringList &b) { return a.at(9) < b.at(9); });
    DemoFileFormats::writeGbkCsv(
        path, QStringLiteral("%1行政处罚信息（双公示）导出 %2").arg(data.county, month.toString(QStringLiteral("yyyy年M月"))),
        {QStringLiteral("行政处罚决定书文号"), QStringLiteral("违法行为类型"), QStringLiteral("违法事实"), QStringLiteral("处罚依据"),
         QStringLiteral("处罚类别"), QStringLiteral("处罚内容"), QStringLiteral("罚款金额（万元）"),
         QStringLiteral("没收违法所得、没收非法财物的金额（万元）"), QStringLiteral("暂扣或吊销证照名称及编号"), QStringLiteral("处罚决定日期"),
         QStringLiteral("处罚有效期"), QStringLiteral("公示截止期"), QStringLiteral("处罚机关"), QStringLiteral("处罚机关统一社会信用代码"),
         QStringLiteral("数据来源单位"), QStringLiteral("行政相对人名称"), QStringLiteral("行政相对人类别"), QStringLiteral("行政相对人代码_1"),
         QStringLiteral("法定代表人"), QStringLiteral("备注")},
        rows);
    return int(rows.size());
}

int DemoSourceFiles::writeInspections(const DemoSourceData &data, SeededRandom &rng, const QDate &month, const QString &path)
{
    QList<int> able; // departments with two officers certified all month
    const QDate monthEnd = month.addMonths(1).addDays(-1);
    for (int d = 0; d < data.departments.size(); ++d) {
        int valid = 0;
        for (const DemoSourceData::Officer &o : data.departments.at(d).officers)
            valid += o.expiry.isValid() && o.expiry >= monthEnd ? 1 : 0;
        if (valid >= 2 && !data.departments.at(d).inspectionItems.isEmpty())
            able.append(d);
    }
    if (able.isEmpty())
        return 0;
    auto officerText = [](const DemoSourceData::Officer &o) { return QStringLiteral("%1（%2）").arg(o.name, o.certificate); };
    auto certified = [&](int d) {
        QList<DemoSourceData::Officer> list;
        for (const DemoSourceData::Officer &o : data.departments.at(d).officers) {
            if (o.expiry.isValid() && o.expiry >= monthEnd)
                list.append(o);
        }
        return list;
    };
    auto pair = [&](int d) {
        const QList<DemoSourceData::Officer> list = certified(d);
        const int first = rng.bounded(int(list.size()));
        const int second = (first + 1 + rng.bounded(int(list.size()) - 1)) % int(list.size());
        return officerText(list.at(first)) + QStringLiteral("、") + officerText(list.at(second));
    };
    struct Kind
    {
        const char *name;
        int weight;
    };
    static const Kind kinds[] = {{"双随机抽查", 55}, {"重点检查", 15}, {"专项检查", 10}, {"投诉举报", 15}, {"其他", 5}};
    int serial = 0;
    QList<QStringList> rows;
    auto record = [&](int d, const DemoSourceData::Enterprise &e, const QString &kind, const QDate &date, const QString &officers,
                      bool codeUsed) {
        const DemoSourceData::Department &department = data.departments.at(d);
        const int roll = rng.bounded(100);
        const QString result = roll < 70 ? QStringLiteral("未发现问题") : roll < 90 ? QStringLiteral("发现问题，责令限期整改")
            : roll < 95 ? QStringLiteral("合格") : QStringLiteral("发现违法行为，已立案查处");
        QString items = rng.pick(department.inspectionItems);
        if (department.inspectionItems.size() > 1 && rng.chance(30)) {
            const QString second = rng.pick(department.inspectionItems);
            if (second != items)
                items += QStringLiteral("、") + second;
        }
        rows.append({QStringLiteral("JC%1%2").arg(month.toString(QStringLiteral("yyyyMM"))).arg(++serial, 5, 10, QLatin1Char('0')),
                     e.name, e.uscc, rng.chance(10) ? data.otherNames(department).first() : department.name, kind, items, iso(date), result,
                     officers, rng.chance(10) ? QStringLiteral("是") : QStringLiteral("否"), codeUsed ? QStringLiteral("是") : QStringLiteral("否")});
    };
    const int count = int(qBound(qint64(80), data.enterpriseCount / 20, qint64(3000)));
    for (int i = 0; i < count; ++i) {
        int roll = rng.bounded(100);
        const Kind *kind = kinds;
        while (roll >= kind->weight) {
            roll -= kind->weight;
            ++kind;
        }
        const int d = rng.pick(able);
        const QString name = QString::fromUtf8(kind->name);
        record(d, rng.pick(data.enterprises), name, rng.dateBetween(month, monthEnd), pair(d), name != u"双随机抽查" || !rng.chance(6));
    }
    // What a supervisor should find, whatever the draw: one department's routine checks
    // of one enterprise over its yearly cap, and one enterprise checked routinely by three
    // departments.
    const DemoSourceData::Enterprise &twice = rng.pick(data.enterprises);
    for (int n = 0; n < 2; ++n)
        record(able.first(), twice, QStringLiteral("双随机抽查"), month.addDays(3 + 10 * n), pair(able.first()), true);
    const DemoSourceData::Enterprise &many = rng.pick(data.enterprises);
    for (int n = 0; n < qMin<int>(3, int(able.size())); ++n)
        record(able.at(n), many, QStringLiteral("双随机抽查"), month.addDays(5 + 7 * n), pair(able.at(n)), true);
    // A sandbox member checked routinely.
    if (!data.sandboxMembers.isEmpty())
        record(able.last(), data.sandboxMembers.first(), QStringLiteral("双随机抽查"), month.addDays(12),
               pair(able.last()), true);
    // A check by one officer, and one by an officer whose certificate had expired.
    const int lone = rng.pick(able);
    record(lone, rng.pick(data.enterprises), QStringLiteral("重点检查"), month.addDays(8), officerText(certified(lone).first()), true);
    [&] {
        for (const int d : std::as_const(able)) {
            for (const DemoSourceData::Officer &o : data.departments.at(d).officers) {
                if (o.expiry.isValid() && o.expiry < month) {
                    record(d, rng.pick(data.enterprises), QStringLiteral("专项检查"), month.addDays(15),
                           officerText(o) + QStringLiteral("、") + officerText(certified(d).first()), true);
                    return; // one is enough
                }
            }
        }
    }();
    std::sort(rows.begin(), rows.end(), [](const QStringList &a, const QStringList &b) { return a.at(6) < b.at(6); });
    DemoFileFormats::writeHtmlXls(path, QStringLiteral("“互联网+监管”系统 检查记录导出（%1）").arg(month.toString(QStringLiteral("yyyy年M月"))),
                                  {QStringLiteral("检查记录编号"), QStringLiteral("检查对象名称"), QStringLiteral("统一社会信用代码"),
                                   QStringLiteral("检查实施机关"), QStringLiteral("检查类型"), QStringLiteral("检查事项"), QStringLiteral("检查日期"),
                                   QStringLiteral("检查结果"), QStringLiteral("执法人员"), QStringLiteral("是否联合检查"), QStringLiteral("是否亮码检查")},
                                  rows);
    return int(rows.size());
}
