#include "DemoSupervisionWriter.h"

#include "DemoContext.h"
#include "db/Sql.h"

#include <QSqlQuery>

namespace {

enum Stream : quint64 { HotlineStream = 30, OfficerScoreStream = 31 };

QString iso(const QDate &d) { return d.toString(Qt::ISODate); }

struct Category
{
    const char *id;
    int weight;
    const char *text;
};

const Category kCategories[] = {
    {"consultation", 35, "咨询办理许可证需要提交哪些材料"},
    {"help", 15, "企业经营遇到困难，请求协调相关部门帮助"},
    {"complaint", 30, "反映执法人员检查时未出示执法证件、态度生硬"},
    {"suggestion", 10, "建议合并同类检查事项，减少对企业的打扰"},
    {"report", 10, "举报有关部门对同一事项重复检查、多头执法"},
};

const char *const kSteps[] = {"received", "assigned", "responded", "rectified", "verified", "closed"};

} // namespace

void DemoSupervisionWriter::writeHotlineMonth(const QDate &monthStart)
{
    DemoContext &c = m_context;
    SeededRandom rng = c.stream(HotlineStream + quint64(monthStart.year() * 12 + monthStart.month()) * 1000);
    const double scale = qMin(50.0, double(c.enterpriseCount) / 1800.0);
    const int orders = qMax(1, int(rng.between(20, 40) * scale));
    const QDate monthEnd = qMin(monthStart.addMonths(1).addDays(-1), c.asOf());
    static const QStringList handlers = {QStringLiteral("张监督"), QStringLiteral("李科长"), QStringLiteral("王所长")};
    for (int i = 0; i < orders; ++i) {
        const QDate received = rng.dateBetween(monthStart, monthEnd);
        int roll = rng.bounded(100);
        const Category *category = kCategories;
        while (roll >= category->weight) {
            roll -= category->weight;
            ++category;
        }
        const qint64 department = rng.pick(c.departmentIds);
        const qint64 enterprise = c.randomEnterprise(rng);
        const QString orderNo = QStringLiteral("12345-%1-%2").arg(received.toString(QStringLiteral("yyyyMMdd"))).arg(++m_orderSerial, 6, 10, QLatin1Char('0'));
        const QTime time(rng.between(8, 17), rng.bounded(60));
        const qint64 order = c.insert(
            QStringLiteral("hotline_order"),
            {QStringLiteral("order_no"), QStringLiteral("received_at"), QStringLiteral("category"), QStringLiteral("content"),
             QStringLiteral("enterprise_id"), QStringLiteral("township_id"), QStringLiteral("department_id")},
            {orderNo, iso(received) + QLatin1Char('T') + time.toString(QStringLiteral("HH:mm")), QString::fromLatin1(category->id),
             QString::fromUtf8(category->text), enterprise, rng.pick(c.townshipIds), department});

        const bool aboutEnforcement = qstrcmp(category->id, "complaint") == 0 || qstrcmp(category->id, "report") == 0;
        if (!aboutEnforcement || !rng.chance(40))
            continue;
        // Ten working days is about fourteen calendar days.
        const QDate deadline = received.addDays(14);
        const qint64 age = received.daysTo(c.asOf());
        int reached = 0; // index into kSteps
        if (age > 25 && rng.chance(96))
            reached = 5;
        else
            reached = int(qMin<qint64>(4, age / 5));
        const bool verified = reached == 5 && rng.chance(50);
        QDate stepDate = received;
        QList<QDate> dates;
        for (int s = 0; s <= reached; ++s) {
            if (s > 0)
                stepDate = qMin(stepDate.addDays(rng.between(1, 4)), c.asOf());
            dates.append(stepDate);
        }
        const qint64 clue = c.insert(
            QStringLiteral("clue"),
            {QStringLiteral("hotline_order_id"), QStringLiteral("department_id"), QStringLiteral("received_on"), QStringLiteral("deadline"),
             QStringLiteral("state"), QStringLiteral("closed_on"), QStringLiteral("complaint_verified")},
            {order, department, iso(received), iso(deadline), QString::fromLatin1(kSteps[reached]),
             reached == 5 ? QVariant(iso(dates.last())) : QVariant(QMetaType::fromType<QString>()), verified ? 1 : 0});
        for (int s = 0; s <= reached; ++s)
            c.insert(QStringLiteral("clue_step"),
                     {QStringLiteral("clue_id"), QStringLiteral("state"), QStringLiteral("step_on"), QStringLiteral("done_by"), QStringLiteral("note")},
                     {clue, QString::fromLatin1(kSteps[s]), iso(dates.at(s)), rng.pick(handlers), QStringLiteral("按流程办理")});
    }
}

void DemoSupervisionWriter::writeOfficerScores()
{
    DemoContext &c = m_context;
    SeededRandom rng = c.stream(OfficerScoreStream);
    struct Reason { const char *dimension; int points; const char *text; };
    const Reason reasons[] = {
        {"political", 2, "参加政治理论学习并考试合格"}, {"competence", 3, "执法资格考试成绩优秀"},
        {"competence", 2, "完成年度执法培训学时"}, {"conduct", -3, "案卷评查发现程序瑕疵"},
        {"conduct", -5, "执法检查未全程记录"}, {"service", 2, "获得企业书面表扬"},
        {"service", -2, "12345投诉经核实服务态度问题"}, {"integrity", -10, "违反廉洁纪律受到通报"},
        {"integrity", 1, "廉洁自律承诺履行良好"},
    };
    constexpr int reasonCount = int(sizeof(reasons) / sizeof(reasons[0]));
    // Departments in id order so the output does not depend on hash order.
    for (const qint64 department : std::as_const(c.departmentIds)) {
        for (const qint64 officer : c.officersByDepartment.value(department)) {
            int total = 100;
            const int events = rng.between(1, 6);
            for (int i = 0; i < events; ++i) {
                // Deductions are rarer than additions; integrity deductions rarest.
                int index = rng.bounded(reasonCount);
                if (reasons[index].points <= -5 && !rng.chance(25))
                    index = 1;
                const Reason &r = reasons[index];
                total += r.points;
                c.insert(QStringLiteral("officer_score_event"),
                         {QStringLiteral("officer_id"), QStringLiteral("event_date"), QStringLiteral("dimension"),
                          QStringLiteral("points"), QStringLiteral("reason")},
                         {officer, iso(rng.dateBetween(c.historyStart(), c.asOf())), QString::fromLatin1(r.dimension), r.points,
                          QString::fromUtf8(r.text)});
            }
            const QString grade = total >= 106 ? QStringLiteral("excellent")
                : total >= 100 ? QStringLiteral("good") : total >= 92 ? QStringLiteral("fair") : QStringLiteral("poor");
            Sql::exec(c.db(), QStringLiteral("UPDATE officer SET grade = ? WHERE id = ?"), {grade, officer});
        }
    }
}
