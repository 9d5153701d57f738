#include "DemoEnforcementWriter.h"

#include "DemoContext.h"
#include "db/Sql.h"
#include "discretion/DiscretionBands.h"

#include <QSqlQuery>

namespace {

enum Stream : quint64 { CaseStream = 20, ReviewStream = 21 };

QString iso(const QDate &d) { return d.toString(Qt::ISODate); }

const QVariant kNullInt(QMetaType::fromType<qint64>());

} // namespace

void DemoEnforcementWriter::writeDiscretionLists()
{
    DemoContext &c = m_context;
    const QString effective = iso(c.historyStart().addMonths(-6));
    const qint64 benchmark = c.insert(QStringLiteral("discretion_list"),
                                      {QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("version"), QStringLiteral("effective_from")},
                                      {c.catalog().county + QStringLiteral("行政处罚裁量基准"), QStringLiteral("benchmark"), QStringLiteral("2.0"), effective});
    const qint64 lenient = c.insert(QStringLiteral("discretion_list"),
                                    {QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("version"), QStringLiteral("effective_from")},
                                    {c.catalog().county + QStringLiteral("不予处罚、从轻、减轻处罚事项清单"), QStringLiteral("lenient"), QStringLiteral("3.0"), effective});
    for (const DemoCatalog::DiscretionEntry &e : c.catalog().discretion) {
        const qint64 department = c.departmentIds.at(e.department);
        const qint64 minFen = e.minYuan * 100;
        const qint64 maxFen = e.maxYuan * 100;
        // No fixed range: a warning only, or a fine set as a multiple of income or value.
        const bool open = maxFen == 0;
        const qint64 id = c.insert(
            QStringLiteral("discretion_item"),
            {QStringLiteral("list_id"), QStringLiteral("department_id"), QStringLiteral("code"), QStringLiteral("violation"),
             QStringLiteral("violated_provision"), QStringLiteral("penalty_provision"), QStringLiteral("penalty_kinds"),
             QStringLiteral("min_fine_fen"), QStringLiteral("max_fine_fen"), QStringLiteral("red_line")},
            {e.lenient ? lenient : benchmark, department, e.code, e.violation, e.violatedProvision, e.penaltyProvision, e.kinds,
             open ? kNullInt : QVariant(minFen), open ? kNullInt : QVariant(maxFen), e.redLine ? 1 : 0});
        m_items.append({id, department, minFen, maxFen, e.redLine, e.lenient});

        const DiscretionBands b = DiscretionBands::fromRange(minFen, maxFen);
        struct Band { const char *band; QString conditions; QVariant low; QVariant high; };
        QList<Band> bands = {
            {"lighter", QStringLiteral("主动消除或者减轻违法行为危害后果等《行政处罚法》第三十二条情形"), b.lighterMin, b.lighterMax},
            {"standard", QStringLiteral("不具有从轻、从重情节"), b.standardMin, b.standardMax},
            {"heavier", QStringLiteral("违法行为造成较重后果或者屡查屡犯"), b.heavierMin, b.heavierMax}};
        // Red-line domains never take the lenient path; only the lenient list's items
        // name first minor violations not penalised.
        if (!e.redLine && minFen > 0)
            bands.prepend({"reduced", QStringLiteral("配合查处且有立功表现等，依法减轻处罚"), qint64(0), b.reducedMax});
        if (e.lenient)
            bands.prepend({"no_penalty", QStringLiteral("初次违法且危害后果轻微并及时改正（《行政处罚法》第三十三条第一款）"),
                           qint64(0), qint64(0)});
        for (const Band &band : std::as_const(bands))
            c.insert(QStringLiteral("discretion_band"),
                     {QStringLiteral("item_id"), QStringLiteral("band"), QStringLiteral("conditions"), QStringLiteral("min_fine_fen"),
                      QStringLiteral("max_fine_fen")},
                     {id, QString::fromLatin1(band.band), band.conditions, open ? kNullInt : band.low, open ? kNullInt : band.high});
    }
}

void DemoEnforcementWriter::writeCase(SeededRandom &rng, qint64 enterprise, qint64 department, const QDate &decided)
{
    DemoContext &c = m_context;
    QList<Item> candidates;
    for (const Item &item : std::as_const(m_items)) {
        if (item.department == department)
            candidates.append(item);
    }
    // One case in twenty is recorded without its benchmark item, as happens in practice.
    const bool unlisted = m_caseSerial % 20 == 9;
    const Item item = candidates.isEmpty() || unlisted ? Item{0, department, 200000, 2000000, false, false} : rng.pick(candidates);
    const DiscretionBands bands = DiscretionBands::fromRange(item.minFen, item.maxFen);
    const int roll = rng.bounded(100);
    const bool redLine = item.redLine;
    QString outcome = roll < 25 ? QStringLiteral("no_penalty")
        : roll < 30 ? QStringLiteral("reduced")
        : roll < 55 ? QStringLiteral("lighter")
        : roll < 90 ? QStringLiteral("standard") : QStringLiteral("heavier");
    if (redLine && (outcome == u"no_penalty" || outcome == u"reduced" || outcome == u"lighter"))
        outcome = QStringLiteral("standard");
    // Not penalised only where the lenient list names the violation; reduced only below a
    // minimum there is.
    if ((outcome == u"no_penalty" && !item.lenient) || (outcome == u"reduced" && item.minFen == 0))
        outcome = QStringLiteral("lighter");
    auto within = [&rng](qint64 low, qint64 high) {
        // Fines are set in whole hundreds of yuan.
        const qint64 steps = qMax<qint64>(0, (high - low) / 10000);
        return low + 10000 * qint64(rng.next() % quint64(steps + 1));
    };
    qint64 fine = 0;
    if (item.maxFen == 0 && item.id != 0)
        fine = 0; // no fixed range: a warning or another kind of penalty, never an invented amount
    else if (outcome == u"reduced")
        fine = within(0, qMax<qint64>(0, bands.reducedMax - 10000));
    else if (outcome == u"lighter")
        fine = within(bands.lighterMin, bands.lighterMax);
    else if (outcome == u"standard")
        fine = within(bands.standardMin, bands.standardMax);
    else if (outcome == u"heavier")
        fine = within(bands.heavierMin, bands.heavierMax);

    const int year = decided.year();
    QString shortName = c.catalog().departments.at(int(c.departmentIds.indexOf(department))).shortName.left(2);
    const QString caseNo = QStringLiteral("清%1罚〔%2〕%3号").arg(shortName).arg(year).arg(++m_caseSerial, 4, 10, QLatin1Char('0'));
    const QDate delivered = decided.addDays(rng.between(1, 7));
    c.insert(QStringLiteral("penalty_case"),
             {QStringLiteral("case_no"), QStringLiteral("department_id"), QStringLiteral("enterprise_id"),
              QStringLiteral("discretion_item_id"), QStringLiteral("decided_on"), QStringLiteral("outcome"), QStringLiteral("fine_fen"),
              QStringLiteral("reference_fen"), QStringLiteral("facts"), QStringLiteral("bundle_delivered_on")},
             {caseNo, department, enterprise, item.id ? QVariant(item.id) : kNullInt, iso(decided), outcome, fine,
              bands.referenceFen(), QStringLiteral("经检查发现当事人存在违法行为，事实清楚，证据确凿。"),
              delivered <= c.asOf() ? QVariant(iso(delivered)) : QVariant(QMetaType::fromType<QString>())});
}

void DemoEnforcementWriter::writeCases()
{
    DemoContext &c = m_context;
    SeededRandom rng = c.stream(CaseStream);
    // Violations found on visits become cases a few weeks later.
    QSqlQuery found = Sql::exec(c.db(), QStringLiteral(
        "SELECT t.enterprise_id, t.department_id, v.visit_date FROM finding f "
        "JOIN inspection_task t ON t.id = f.task_id JOIN visit v ON v.id = t.visit_id "
        "WHERE f.result = 'violation' ORDER BY f.id"));
    QList<std::tuple<qint64, qint64, QDate>> violations;
    while (found.next())
        violations.append({found.value(0).toLongLong(), found.value(1).toLongLong(),
                           QDate::fromString(found.value(2).toString(), Qt::ISODate)});
    for (const auto &[enterprise, department, date] : std::as_const(violations)) {
        const QDate decided = date.addDays(rng.between(10, 40));
        if (decided <= c.asOf())
            writeCase(rng, enterprise, department, decided);
    }
    // Cases from complaints and referrals, not from routine visits.
    const double scale = qMin(50.0, double(c.enterpriseCount) / 1800.0);
    const int extra = int(8 * c.options().months * scale);
    for (int i = 0; i < extra; ++i) {
        const Item &item = rng.pick(m_items);
        writeCase(rng, c.randomEnterprise(rng), item.department, rng.dateBetween(c.historyStart(), c.asOf()));
    }
}

void DemoEnforcementWriter::writeReviews()
{
    DemoContext &c = m_context;
    SeededRandom rng = c.stream(ReviewStream);
    QSqlQuery cases = Sql::exec(c.db(), QStringLiteral("SELECT id, decided_on FROM penalty_case ORDER BY id"));
    QList<QPair<qint64, QDate>> list;
    while (cases.next())
        list.append({cases.value(0).toLongLong(), QDate::fromString(cases.value(1).toString(), Qt::ISODate)});
    static const QStringList reviewers = {QStringLiteral("县司法局执法监督科"), QStringLiteral("城关镇司法所"),
                                          QStringLiteral("东湖街道司法所")};
    for (const auto &[id, decided] : std::as_const(list)) {
        const QDate reviewedOn = decided.addDays(rng.between(20, 90));
        if (!rng.chance(30) || reviewedOn > c.asOf())
            continue;
        const bool veto = rng.chance(4);
        const int form = rng.between(14, 20);
        const int content = rng.between(48, 80);
        const int total = form + content;
        const QString grade = veto ? QStringLiteral("fail")
            : total >= 90 ? QStringLiteral("excellent") : total >= 70 ? QStringLiteral("pass") : QStringLiteral("fail");
        c.insert(QStringLiteral("case_review"),
                 {QStringLiteral("penalty_case_id"), QStringLiteral("reviewer"), QStringLiteral("reviewed_on"),
                  QStringLiteral("veto_failed"), QStringLiteral("form_score"), QStringLiteral("content_score"), QStringLiteral("grade")},
                 {id, rng.pick(reviewers), iso(reviewedOn), veto ? 1 : 0, form, content, grade});
    }
}
