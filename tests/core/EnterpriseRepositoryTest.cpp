#include "TestSupport.h"

#include "db/Database.h"
#include "db/Sql.h"
#include "demo/DemoCountyGenerator.h"
#include "registry/EnterpriseStore.h"

#include <QSet>

namespace {

struct Fixture
{
    QTemporaryDir dir;
    Database db = Database::open(dir.filePath(QStringLiteral("reg.db")));
    Fixture()
    {
        TestSupport::demo(db, 5, 600, QDate(2026, 11, 29));
    }
    qint64 sqlCount(const QString &where) const
    {
        return Sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM enterprise WHERE ") + where).toLongLong();
    }
};

} // namespace

TEST_CASE("Register paging covers every row once, in order", "[registry]")
{
    Fixture f;
    EnterpriseStore repo(f.db.connection());
    EnterpriseQuery query;
    query.sortColumn = EnterpriseQuery::Name;
    REQUIRE(repo.count(query) == 600);
    QSet<qint64> seen;
    QString previous;
    for (qint64 offset = 0; offset < 600; offset += 128) {
        const auto rows = repo.page(query, offset, 128);
        for (const auto &row : rows) {
            CHECK(row.name >= previous);
            previous = row.name;
            seen.insert(row.id);
        }
    }
    CHECK(seen.size() == 600);

    query.sortColumn = EnterpriseQuery::Score;
    query.descending = true;
    const auto top = repo.page(query, 0, 5);
    REQUIRE(top.size() == 5);
    CHECK(top.first().score.toInt() == Sql::scalar(f.db.connection(), QStringLiteral("SELECT max(credit_score) FROM enterprise")).toInt());
}

TEST_CASE("Register filters match the same conditions written in SQL", "[registry]")
{
    Fixture f;
    EnterpriseStore repo(f.db.connection());
    const auto townships = repo.townships();
    REQUIRE(townships.size() == 17);
    REQUIRE(repo.industries().size() == 20);

    EnterpriseQuery query;
    query.townshipId = townships.at(3).first;
    CHECK(repo.count(query) == f.sqlCount(QStringLiteral("township_id = %1").arg(query.townshipId)));
    query.tier = QStringLiteral("B");
    CHECK(repo.count(query) == f.sqlCount(QStringLiteral("township_id = %1 AND credit_tier = 'B'").arg(query.townshipId)));
    query = {};
    query.industryCode = QStringLiteral("C14");
    CHECK(repo.count(query) == f.sqlCount(QStringLiteral("industry_code = 'C14'")));

    query = {};
    query.text = QStringLiteral("五金");
    const qint64 byName = repo.count(query);
    CHECK(byName > 0);
    CHECK(byName == f.sqlCount(QStringLiteral("name LIKE '%五金%'")));
    for (const auto &row : repo.page(query, 0, 50))
        CHECK(row.name.contains(QStringLiteral("五金")));

    // A USCC prefix, typed in full-width lower case, finds the enterprise.
    const QString uscc = Sql::scalar(f.db.connection(), QStringLiteral("SELECT uscc FROM enterprise WHERE id = 77")).toString();
    query.text = uscc.left(12).toLower();
    const auto found = repo.page(query, 0, 10);
    REQUIRE_FALSE(found.isEmpty());
    CHECK(std::any_of(found.cbegin(), found.cend(), [](const auto &r) { return r.id == 77; }));

    // LIKE wildcards typed by the user are literal text.
    query.text = QStringLiteral("%");
    CHECK(repo.count(query) == 0);
}

TEST_CASE("Register detail gathers the enterprise's record", "[registry]")
{
    Fixture f;
    EnterpriseStore repo(f.db.connection());
    const qint64 busy = Sql::scalar(f.db.connection(), QStringLiteral(
        "SELECT enterprise_id FROM credit_event GROUP BY enterprise_id ORDER BY count(*) DESC LIMIT 1")).toLongLong();
    const auto detail = repo.detail(busy);
    REQUIRE(detail.has_value());
    CHECK(detail->row.id == busy);
    CHECK_FALSE(detail->recentEvents.isEmpty());
    CHECK(detail->legalRepresentativeId.size() == 18);
    CHECK_FALSE(repo.detail(999999).has_value());
}
