#include "TestSupport.h"

#include "db/Database.h"
#include "db/DatabaseError.h"
#include "db/Sql.h"
#include "demo/DemoCountyGenerator.h"
#include "discretion/PenaltyCaseStore.h"

namespace {

struct CaseCounty
{
    QTemporaryDir dir;
    Database db = Database::open(dir.filePath(QStringLiteral("cases.db")));
    QString uscc;
    qint64 department = 0;

    CaseCounty()
    {
        TestSupport::demo(db, 5, 60, QDate(2026, 11, 29));
        uscc = scalar(QStringLiteral("SELECT uscc FROM enterprise ORDER BY id LIMIT 1")).toString();
        department = scalar(QStringLiteral("SELECT id FROM department ORDER BY id LIMIT 1")).toLongLong();
    }
    QVariant scalar(const QString &sql, const QVariantList &binds = {}) const { return Sql::scalar(db.connection(), sql, binds); }

    // A list version with one item; no stored bands, so the default split applies.
    qint64 addItem(const QString &version, const QString &effective, const QString &code, qint64 minYuan, qint64 maxYuan,
                   bool redLine = false)
    {
        Sql::exec(db.connection(), QStringLiteral("INSERT INTO discretion_list (name, kind, version, effective_from) VALUES ('测试基准', 'benchmark', ?, ?)"),
                  {version, effective});
        const qint64 list = scalar(QStringLiteral("SELECT last_insert_rowid()")).toLongLong();
        Sql::exec(db.connection(), QStringLiteral(
            "INSERT INTO discretion_item (list_id, department_id, code, violation, violated_provision, penalty_provision, "
            "penalty_kinds, min_fine_fen, max_fine_fen, red_line) VALUES (?, ?, ?, '测试违法行为', '第一条', '第二条', '罚款', ?, ?, ?)"),
            {list, department, code, minYuan * 100, maxYuan * 100, redLine ? 1 : 0});
        return scalar(QStringLiteral("SELECT last_insert_rowid()")).toLongLong();
    }

    PenaltyCaseStore::Row record(const QString &caseNo, const QString &item, const QString &outcome, qint64 fineFen,
                                 const QDate &decided = QDate(2026, 10, 10))
    {
        return PenaltyCaseStore::record(db.connection(), {caseNo, uscc, item, decided, outcome, fineFen, QStringLiteral("事实"), false});
    }
};

} // namespace

TEST_CASE("Demo cases follow their benchmark", "[discretion][cases]")
{
    CaseCounty c;
    REQUIRE(c.scalar(QStringLiteral("SELECT count(*) FROM penalty_case")).toInt() > 0);
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM penalty_case_check WHERE flag IS NOT NULL AND flag <> 'no_item'")).toInt() == 0);
}

TEST_CASE("Benchmark flags at the band boundaries (5,000-50,000 yuan: lighter is 5,000-18,500)", "[discretion][cases]")
{
    CaseCounty c;
    const QString item = QString::number(c.addItem(QStringLiteral("1.0"), QStringLiteral("2025-01-01"), QStringLiteral("T-01"), 5000, 50000));
    CHECK(c.record(QStringLiteral("案1"), item, QStringLiteral("lighter"), 1850000).flag.isEmpty());
    CHECK(c.record(QStringLiteral("案2"), item, QStringLiteral("lighter"), 500000).flag.isEmpty());
    CHECK(c.record(QStringLiteral("案3"), item, QStringLiteral("lighter"), 1850001).flag == u"above_band");
    CHECK(c.record(QStringLiteral("案4"), item, QStringLiteral("lighter"), 499999).flag == u"below_band");
    CHECK(c.record(QStringLiteral("案5"), item, QStringLiteral("standard"), 1850000).flag.isEmpty());
    CHECK(c.record(QStringLiteral("案6"), item, QStringLiteral("standard"), 3650000).flag.isEmpty());
    CHECK(c.record(QStringLiteral("案7"), item, QStringLiteral("standard"), 3650001).flag == u"above_band");
    CHECK(c.record(QStringLiteral("案8"), item, QStringLiteral("heavier"), 3650000).flag.isEmpty());
    CHECK(c.record(QStringLiteral("案9"), item, QStringLiteral("heavier"), 3649999).flag == u"below_band");
    CHECK(c.record(QStringLiteral("案10"), item, QStringLiteral("heavier"), 5000001).flag == u"above_band");
    CHECK(c.record(QStringLiteral("案11"), item, QStringLiteral("reduced"), 499999).flag.isEmpty());
    CHECK(c.record(QStringLiteral("案12"), item, QStringLiteral("reduced"), 500000).flag == u"reduced_not_below_minimum");
    CHECK(c.record(QStringLiteral("案13"), item, QStringLiteral("no_penalty"), 0).flag.isEmpty());
    CHECK(c.record(QStringLiteral("案14"), item, QStringLiteral("no_penalty"), 100).flag == u"fine_without_penalty");
    // The reference for fines waived is the lower bound of the standard band.
    CHECK(c.record(QStringLiteral("案15"), item, QStringLiteral("lighter"), 600000).referenceFen == 1850000);

    const QString red = QString::number(c.addItem(QStringLiteral("1.1"), QStringLiteral("2025-01-01"), QStringLiteral("T-RED"), 5000, 50000, true));
    CHECK(c.record(QStringLiteral("案16"), red, QStringLiteral("lighter"), 600000).flag == u"red_line_lenient");
    CHECK(c.record(QStringLiteral("案17"), red, QStringLiteral("no_penalty"), 0).flag == u"red_line_lenient");
    CHECK(c.record(QStringLiteral("案18"), red, QStringLiteral("standard"), 2000000).flag.isEmpty());

    PenaltyCaseStore::Filter flagged;
    flagged.flaggedOnly = true;
    flagged.from = QDate(2026, 10, 1);
    flagged.to = QDate(2026, 10, 31);
    CHECK(PenaltyCaseStore::list(c.db.connection(), flagged).size() == 9);
}

TEST_CASE("Bad case input is refused by field and writes nothing", "[discretion][cases]")
{
    CaseCounty c;
    const QString item = QString::number(c.addItem(QStringLiteral("1.0"), QStringLiteral("2025-01-01"), QStringLiteral("T-01"), 5000, 50000));
    c.record(QStringLiteral("案1"), item, QStringLiteral("standard"), 2000000);
    const int before = c.scalar(QStringLiteral("SELECT count(*) FROM penalty_case")).toInt();
    const int audit = c.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
    auto refused = [&](const PenaltyCaseStore::NewCase &input, const QString &needle) {
        try {
            PenaltyCaseStore::record(c.db.connection(), input);
            FAIL("accepted");
        } catch (const DatabaseError &e) {
            CHECK(e.message().contains(needle));
        }
    };
    const QDate day(2026, 10, 10);
    refused({QStringLiteral("案1"), c.uscc, item, day, QStringLiteral("standard"), 1, {}, false}, QStringLiteral("案1"));
    refused({QStringLiteral("案2"), QStringLiteral("91330100799655058C"), item, day, QStringLiteral("standard"), 1, {}, false},
            QStringLiteral("91330100799655058C"));
    refused({QStringLiteral("案2"), c.uscc, QStringLiteral("NO-SUCH"), day, QStringLiteral("standard"), 1, {}, false}, QStringLiteral("NO-SUCH"));
    refused({QStringLiteral("案2"), c.uscc, item, day, QStringLiteral("gentle"), 1, {}, false}, QStringLiteral("gentle"));
    refused({QStringLiteral("案2"), c.uscc, item, day, QStringLiteral("standard"), -1, {}, false}, QStringLiteral("Fine"));
    // An item by code must be in force on the decision date.
    refused({QStringLiteral("案2"), c.uscc, QStringLiteral("T-01"), QDate(2024, 12, 31), QStringLiteral("standard"), 1, {}, false},
            QStringLiteral("T-01"));
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM penalty_case")).toInt() == before);
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt() == audit);
    CHECK_THROWS_AS(PenaltyCaseStore::markDelivered(c.db.connection(), QStringLiteral("案1"), QDate(2026, 10, 9)), DatabaseError);
    PenaltyCaseStore::markDelivered(c.db.connection(), QStringLiteral("案1"), QDate(2026, 10, 12));
    CHECK(PenaltyCaseStore::find(c.db.connection(), QStringLiteral("案1"))->delivered == QDate(2026, 10, 12));
}

TEST_CASE("List versions coexist: cases keep the version in force, which is then frozen", "[discretion][cases][versions]")
{
    CaseCounty c;
    const qint64 v1 = c.addItem(QStringLiteral("1.0"), QStringLiteral("2025-01-01"), QStringLiteral("T-01"), 5000, 50000);
    const qint64 v2 = c.addItem(QStringLiteral("2.0"), QStringLiteral("2026-07-01"), QStringLiteral("T-01"), 2000, 20000);
    const auto before = c.record(QStringLiteral("案1"), QStringLiteral("T-01"), QStringLiteral("standard"), 2000000, QDate(2026, 3, 1));
    const auto after = c.record(QStringLiteral("案2"), QStringLiteral("T-01"), QStringLiteral("standard"), 1000000, QDate(2026, 8, 1));
    CHECK(before.itemId == v1);
    CHECK(before.listVersion == u"1.0");
    CHECK(after.itemId == v2);
    CHECK(after.flag.isEmpty());
    // The old version is still there and still judges its case by its own range.
    CHECK(before.flag.isEmpty());
    CHECK_THROWS_AS(Sql::exec(c.db.connection(), QStringLiteral("UPDATE discretion_item SET max_fine_fen = 1 WHERE id = ?"), {v1}), DatabaseError);
    CHECK_THROWS_AS(Sql::exec(c.db.connection(), QStringLiteral("DELETE FROM discretion_item WHERE id = ?"), {v1}), DatabaseError);
    CHECK(c.scalar(QStringLiteral("SELECT max_fine_fen FROM discretion_item WHERE id = ?"), {v1}).toLongLong() == 5000000);
    // An item no case relies on stays editable.
    const qint64 v3 = c.addItem(QStringLiteral("3.0"), QStringLiteral("2027-01-01"), QStringLiteral("T-01"), 1000, 10000);
    Sql::exec(c.db.connection(), QStringLiteral("UPDATE discretion_item SET max_fine_fen = 2000000 WHERE id = ?"), {v3});
}

TEST_CASE("Case figures by month and department count lenient cases and fines waived", "[discretion][cases]")
{
    CaseCounty c;
    const QDate from(2026, 1, 1), to(2026, 11, 30);
    const auto figures = PenaltyCaseStore::figures(c.db.connection(), from, to);
    REQUIRE_FALSE(figures.isEmpty());
    int lenient = 0;
    qint64 waived = 0;
    for (const auto &f : figures) {
        CHECK(f.lenientCases <= f.cases);
        lenient += f.lenientCases;
        waived += f.finesWaivedFen;
    }
    const QVariantList range = {from.toString(Qt::ISODate), to.toString(Qt::ISODate)};
    CHECK(lenient == c.scalar(QStringLiteral("SELECT count(*) FROM penalty_case WHERE decided_on BETWEEN ? AND ? "
                                             "AND outcome IN ('no_penalty', 'reduced', 'lighter')"), range).toInt());
    CHECK(waived == c.scalar(QStringLiteral("SELECT sum(max(0, reference_fen - fine_fen)) FROM penalty_case WHERE decided_on BETWEEN ? AND ? "
                                            "AND outcome IN ('no_penalty', 'reduced', 'lighter')"), range).toLongLong());
    CHECK(waived > 0);
}

TEST_CASE("A case recorded without a benchmark item gets one, once, from its own department", "[discretion][cases]")
{
    CaseCounty c;
    const qint64 item = c.addItem(QStringLiteral("2.0"), QStringLiteral("2025-01-01"), QStringLiteral("T-ATT"), 5000, 50000);
    const PenaltyCaseStore::Row recorded = c.record(QStringLiteral("案A"), QString::number(item), QStringLiteral("lighter"), 600000);
    // As a case from the department's own system arrives: no item, no reference.
    Sql::exec(c.db.connection(), QStringLiteral("UPDATE penalty_case SET discretion_item_id = NULL, reference_fen = NULL WHERE id = ?"),
              {recorded.id});
    REQUIRE(PenaltyCaseStore::find(c.db.connection(), QStringLiteral("案A"))->flag == u"no_item");

    // Unknown code, empty, and another department's item are refused; nothing changes.
    CHECK_THROWS_AS(PenaltyCaseStore::attachItem(c.db.connection(), QStringLiteral("案A"), QStringLiteral("NO-SUCH")), DatabaseError);
    CHECK_THROWS_AS(PenaltyCaseStore::attachItem(c.db.connection(), QStringLiteral("案A"), QStringLiteral(" ")), DatabaseError);
    CHECK_THROWS_AS(PenaltyCaseStore::attachItem(c.db.connection(), QStringLiteral("无此案"), QStringLiteral("T-ATT")), DatabaseError);
    const qint64 other = c.scalar(QStringLiteral("SELECT id FROM department WHERE id <> ? ORDER BY id LIMIT 1"), {c.department}).toLongLong();
    REQUIRE(other > 0);
    const qint64 foreign = c.addItem(QStringLiteral("2.1"), QStringLiteral("2025-01-01"), QStringLiteral("T-FOR"), 5000, 50000);
    Sql::exec(c.db.connection(), QStringLiteral("UPDATE discretion_item SET department_id = ? WHERE id = ?"), {other, foreign});
    try {
        PenaltyCaseStore::attachItem(c.db.connection(), QStringLiteral("案A"), QStringLiteral("T-FOR"));
        FAIL("another department's item was attached");
    } catch (const DatabaseError &e) {
        CHECK(e.message().contains(QStringLiteral("案A")));
    }
    CHECK(PenaltyCaseStore::find(c.db.connection(), QStringLiteral("案A"))->flag == u"no_item");

    // Offered: the department's items in force on the decision date, one version per code
    // (a later version not yet in force is not offered), the other department's not.
    c.addItem(QStringLiteral("2.3"), QStringLiteral("2027-01-01"), QStringLiteral("T-ATT"), 6000, 60000);
    QStringList offered;
    for (const PenaltyCaseStore::Candidate &candidate :
         PenaltyCaseStore::candidateItems(c.db.connection(), *PenaltyCaseStore::find(c.db.connection(), QStringLiteral("案A"))))
        offered.append(candidate.code + u'@' + candidate.listVersion);
    CHECK(offered.contains(QStringLiteral("T-ATT@2.0")));
    CHECK_FALSE(offered.contains(QStringLiteral("T-ATT@2.3")));
    CHECK_FALSE(offered.contains(QStringLiteral("T-FOR@2.1")));
    CHECK(offered.count(QStringLiteral("T-ATT@2.0")) == 1);

    // By code: the version in force on the decision date; checked against it at once.
    const PenaltyCaseStore::Row attached = PenaltyCaseStore::attachItem(c.db.connection(), QStringLiteral("案A"), QStringLiteral("T-ATT"));
    CHECK(attached.itemId == item);
    CHECK(attached.flag.isEmpty());
    CHECK(attached.referenceFen == 1850000);
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'penalty_case' AND row_id = ? AND action = 'update'"),
                   {recorded.id}).toInt() == 1);
    // Set once: the benchmark a case was decided under is not swapped afterwards.
    const qint64 again = c.addItem(QStringLiteral("2.2"), QStringLiteral("2025-01-01"), QStringLiteral("T-AGN"), 5000, 50000);
    CHECK_THROWS_AS(PenaltyCaseStore::attachItem(c.db.connection(), QStringLiteral("案A"), QString::number(again)), DatabaseError);
    CHECK(PenaltyCaseStore::find(c.db.connection(), QStringLiteral("案A"))->itemId == item);
}
