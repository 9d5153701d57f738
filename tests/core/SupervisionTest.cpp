#include "TestSupport.h"

#include "credit/CreditLedger.h"
#include "credit/CreditRuleStore.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "db/Sql.h"
#include "demo/DemoCountyGenerator.h"
#include "io/Importer.h"
#include "supervision/ClueWorkflow.h"
#include "util/WorkingCalendar.h"

namespace {

QString hotlineFixture()
{
    return QStringLiteral(FAIRCHECK_TEST_DATA "/import/hotline-orders.csv");
}

struct SupervisionCounty
{
    QTemporaryDir dir;
    Database db = Database::open(dir.filePath(QStringLiteral("supervision.db")));
    SupervisionCounty()
    {
        DemoOptions options;
        options.seed = 21;
        options.enterprises = 60;
        options.asOf = QDate(2026, 9, 28);
        DemoCountyGenerator::generate(db, options);
    }
    QSqlDatabase sql() const { return db.connection(); }
    QVariant scalar(const QString &query, const QVariantList &binds = {}) const { return Sql::scalar(sql(), query, binds); }
    ImportReport import(bool dryRun = false)
    {
        Importer::Options o;
        o.dryRun = dryRun;
        return Importer::run(sql(), QStringLiteral("hotline"), hotlineFixture(), o);
    }
    qint64 clueOf(const QString &orderNo) const
    {
        return scalar(QStringLiteral("SELECT c.id FROM clue c JOIN hotline_order o ON o.id = c.hotline_order_id WHERE o.order_no = ?"),
                      {orderNo}).toLongLong();
    }
};

QString refusal(const std::function<void()> &call)
{
    try {
        call();
    } catch (const DatabaseError &e) {
        return e.message();
    }
    return {};
}

} // namespace

TEST_CASE("Working days follow the calendar: holidays, weekends and 调休 working weekends", "[supervision][calendar]")
{
    const WorkingCalendar &c = WorkingCalendar::builtIn();
    CHECK(c.isWorkingDay(QDate(2026, 2, 14)));  // a Saturday worked before the Spring Festival
    CHECK_FALSE(c.isWorkingDay(QDate(2026, 2, 16)));
    CHECK_FALSE(c.isWorkingDay(QDate(2026, 2, 21)));
    CHECK(c.isWorkingDay(QDate(2026, 2, 28)));  // a Saturday worked after it
    CHECK_FALSE(c.isWorkingDay(QDate(2026, 3, 7))); // an ordinary Saturday
    CHECK(c.addWorkingDays(QDate(2026, 2, 13), 1) == QDate(2026, 2, 14));
    CHECK(c.addWorkingDays(QDate(2026, 2, 14), 1) == QDate(2026, 2, 24));
    CHECK(c.workingDaysBetween(QDate(2026, 2, 13), QDate(2026, 2, 28)) == 6);
    CHECK(c.workingDaysBetween(QDate(2026, 2, 28), QDate(2026, 2, 13)) == -6);
    // Across the National Day week, with its working Saturday (10 October).
    CHECK(c.addWorkingDays(QDate(2026, 9, 29), 10) == QDate(2026, 10, 19));

    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("calendar.json"));
    TestSupport::writeFile(bad, "{\"holidays\": [\"2026-10-01\", \"2026-10-32\"], \"workdays\": []}");
    try {
        WorkingCalendar::fromFile(bad);
        FAIL("a bad date was accepted");
    } catch (const DatabaseError &e) {
        CHECK(e.message().contains(QStringLiteral("holidays[1]")));
    }
}

TEST_CASE("12345 orders: triage into clues with working-day deadlines; re-import never duplicates", "[supervision][hotline]")
{
    SupervisionCounty c;
    const int clues = c.scalar(QStringLiteral("SELECT count(*) FROM clue")).toInt();
    const ImportReport dry = c.import(true);
    CHECK(dry.rejected.isEmpty());
    CHECK(dry.inserted == 6);
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM clue")).toInt() == clues);

    const ImportReport done = c.import();
    REQUIRE(done.applied);
    CHECK(done.headerRow == 2);
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM clue")).toInt() == clues + 3);
    const qint64 first = c.clueOf(QStringLiteral("12345-20260929-0001"));
    REQUIRE(first > 0);
    CHECK(c.scalar(QStringLiteral("SELECT deadline FROM clue WHERE id = ?"), {first}).toString() == u"2026-10-19");
    CHECK(c.scalar(QStringLiteral("SELECT d.short_name FROM clue c JOIN department d ON d.id = c.department_id WHERE c.id = ?"), {first})
              .toString() == u"市场监管");
    CHECK(c.scalar(QStringLiteral("SELECT d.short_name FROM clue c JOIN department d ON d.id = c.department_id WHERE c.id = ?"),
                   {c.clueOf(QStringLiteral("12345-20260930-0003"))}).toString() == u"消防救援");
    CHECK(c.scalar(QStringLiteral("SELECT d.short_name FROM clue c JOIN department d ON d.id = c.department_id WHERE c.id = ?"),
                   {c.clueOf(QStringLiteral("12345-20261012-0006"))}).toString() == u"应急管理");
    CHECK(c.clueOf(QStringLiteral("12345-20260929-0002")) == 0); // a consultation
    CHECK(c.clueOf(QStringLiteral("12345-20261010-0005")) == 0); // a report not about enforcement

    const ImportReport again = c.import();
    CHECK(again.inserted == 0);
    CHECK(again.unchanged == 6);
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM clue")).toInt() == clues + 3);
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM hotline_order WHERE order_no LIKE '12345-202609%-000_' OR order_no LIKE '12345-202610%-000_'")).toInt() == 6);
}

TEST_CASE("Clue state machine: legal moves with dates and who; illegal ones refused with the moves allowed", "[supervision][clues]")
{
    SupervisionCounty c;
    REQUIRE(c.import().applied);
    const qint64 clue = c.clueOf(QStringLiteral("12345-20260929-0001"));
    const qint64 market = c.scalar(QStringLiteral("SELECT id FROM department WHERE short_name = '市场监管'")).toLongLong();
    const qint64 fire = c.scalar(QStringLiteral("SELECT id FROM department WHERE short_name = '消防救援'")).toLongLong();
    auto move = [&](const QString &to, const QDate &on, const QString &note = QString(), qint64 dept = 0, bool verified = false) {
        ClueWorkflow::move(c.sql(), clue, {to, on, QStringLiteral("张监督"), note, dept, 0, verified});
    };
    const QString illegal = refusal([&] { move(QStringLiteral("closed"), QDate(2026, 9, 30)); });
    CHECK(illegal.contains(ClueWorkflow::stateName(QStringLiteral("assigned"))));
    CHECK(illegal.contains(ClueWorkflow::stateName(QStringLiteral("returned"))));
    CHECK_FALSE(refusal([&] { move(QStringLiteral("assigned"), QDate(2026, 9, 30)); }).isEmpty()); // no department
    CHECK_FALSE(refusal([&] { move(QStringLiteral("assigned"), QDate(2026, 9, 20), {}, market); }).isEmpty()); // before receipt
    move(QStringLiteral("assigned"), QDate(2026, 9, 30), QStringLiteral("督办"), fire);
    CHECK(c.scalar(QStringLiteral("SELECT deadline FROM clue WHERE id = ?"), {clue}).toString() == u"2026-10-20");
    CHECK_FALSE(refusal([&] { move(QStringLiteral("returned"), QDate(2026, 10, 8)); }).isEmpty()); // a return needs its reason
    move(QStringLiteral("returned"), QDate(2026, 10, 8), QStringLiteral("不属于本部门职责"));
    move(QStringLiteral("assigned"), QDate(2026, 10, 8), QStringLiteral("改派"), market);
    move(QStringLiteral("responded"), QDate(2026, 10, 12), QStringLiteral("已约谈执法人员"));
    CHECK_FALSE(refusal([&] { move(QStringLiteral("closed"), QDate(2026, 10, 13)); }).isEmpty());
    move(QStringLiteral("rectified"), QDate(2026, 10, 14), QStringLiteral("已退还罚款并道歉"));
    move(QStringLiteral("verified"), QDate(2026, 10, 15), QStringLiteral("回访属实"), 0, true);
    move(QStringLiteral("closed"), QDate(2026, 10, 16));
    CHECK(refusal([&] { move(QStringLiteral("assigned"), QDate(2026, 10, 17), {}, market); })
              .contains(ClueWorkflow::stateName(QStringLiteral("closed"))));
    QStringList states;
    for (const auto &s : ClueWorkflow::steps(c.sql(), clue)) {
        states.append(s.state);
        if (s.state != u"received")
            CHECK(s.by == u"张监督");
    }
    CHECK(states == QStringList{QStringLiteral("received"), QStringLiteral("assigned"), QStringLiteral("returned"), QStringLiteral("assigned"),
                                QStringLiteral("responded"), QStringLiteral("rectified"), QStringLiteral("verified"), QStringLiteral("closed")});
    CHECK(c.scalar(QStringLiteral("SELECT closed_on FROM clue WHERE id = ?"), {clue}).toString() == u"2026-10-16");
}

TEST_CASE("Overdue and due-soon clues count working days", "[supervision][clues]")
{
    SupervisionCounty c;
    REQUIRE(c.import().applied);
    const qint64 first = c.clueOf(QStringLiteral("12345-20260929-0001")); // due 2026-10-19
    auto ids = [&](ClueWorkflow::Listing listing, const QDate &asOf) {
        QList<qint64> list;
        for (const auto &clue : ClueWorkflow::list(c.sql(), listing, asOf))
            list.append(clue.id);
        return list;
    };
    CHECK_FALSE(ids(ClueWorkflow::Listing::DueSoon, QDate(2026, 10, 9)).contains(first)); // 6 working days left
    CHECK(ids(ClueWorkflow::Listing::DueSoon, QDate(2026, 10, 14)).contains(first));      // 3 left
    CHECK_FALSE(ids(ClueWorkflow::Listing::Overdue, QDate(2026, 10, 19)).contains(first));
    CHECK(ids(ClueWorkflow::Listing::Overdue, QDate(2026, 10, 20)).contains(first));
    CHECK(ids(ClueWorkflow::Listing::Open, QDate(2026, 10, 20)).contains(first));
}
