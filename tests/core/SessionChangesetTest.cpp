#include "TestSupport.h"

#include "db/SessionChangeset.h"
#include "exchange/ExchangePackage.h"
#include "util/Refusal.h"

#include <QFile>

TEST_CASE("A package's changes round-trip through SQLite's changeset format", "[exchange][changeset]")
{
    const QList<SessionChangeset::Change> written = {
        {QStringLiteral("enterprise"), QStringLiteral("k:91330100799655058B"), false, QByteArrayLiteral("{\"name\":\"清溪县某公司\"}")},
        {QStringLiteral("training_attendee"), QStringLiteral("k:ab12-7|k:91330100799655058B"), true, {}},
    };
    const QByteArray changeset = SessionChangeset::build(written);
    REQUIRE(changeset.startsWith('T'));
    const QList<SessionChangeset::Change> read = SessionChangeset::read(changeset);
    REQUIRE(read.size() == 2);
    CHECK(read.at(0).table == QStringLiteral("enterprise"));
    CHECK(read.at(0).uid == QStringLiteral("k:91330100799655058B"));
    CHECK(read.at(0).values == written.at(0).values);
    CHECK_FALSE(read.at(0).removed);
    CHECK(read.at(1).removed);
    CHECK(read.at(1).uid == written.at(1).uid);
    // Cut short inside a record it is refused; cut between records it is the records
    // before the cut (a package's framing and digest catch that). Never a damaged record.
    int refused = 0;
    for (qsizetype cut = 1; cut < changeset.size(); ++cut) {
        try {
            const QList<SessionChangeset::Change> prefix = SessionChangeset::read(changeset.left(cut));
            REQUIRE(prefix.size() < 2);
            for (int k = 0; k < prefix.size(); ++k)
                CHECK(prefix.at(k).values == written.at(k).values);
        } catch (const Refusal &) {
            ++refused;
        }
    }
    CHECK(refused >= changeset.size() - 4);
}

TEST_CASE("Changes SQLite would read without end are refused first", "[exchange][changeset]")
{
    // Found by fuzz_package: a package whose table name runs into its records. SQLite
    // 3.40's sqlite3changeset_next never returns on these changes.
    QFile file(QStringLiteral(FAIRCHECK_TEST_DATA "/fuzz/package/sqlite-changeset-loop.fcx"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QByteArray signedPart, signature;
    const ExchangePackage package = ExchangePackage::parse(file.readAll(), &signedPart, &signature);
    REQUIRE_FALSE(package.changes.isEmpty());
    CHECK_THROWS_AS(SessionChangeset::read(package.changes), Refusal);
}
