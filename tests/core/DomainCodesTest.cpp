#include "TestSupport.h"

#include "db/Database.h"
#include "db/Sql.h"
#include "domain/ClueState.h"
#include "domain/CreditTier.h"
#include "domain/Role.h"

#include <QRegularExpression>

namespace {

// The values a table's CHECK constraint allows for a column, from the schema a new file gets.
QStringList allowed(const QSqlDatabase &db, const QString &table, const QString &column)
{
    const QString sql = Sql::scalar(db, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = ?"), {table}).toString();
    QStringList values;
    const QRegularExpression one(column + QStringLiteral(" = '([^']+)'"));
    for (auto it = one.globalMatch(sql); it.hasNext();)
        values.append(it.next().captured(1));
    values.removeDuplicates();
    values.sort();
    return values;
}

template<typename T>
QStringList sortedCodes()
{
    QStringList codes = T::codes();
    codes.sort();
    return codes;
}

} // namespace

TEST_CASE("Tiers, clue states and roles: the types' codes are the schema's", "[domain]")
{
    QTemporaryDir dir;
    const Database db = Database::open(dir.filePath(QStringLiteral("codes.db")));
    CHECK(sortedCodes<CreditTier>() == allowed(db.connection(), QStringLiteral("enterprise"), QStringLiteral("credit_tier")));
    CHECK(sortedCodes<ClueState>() == allowed(db.connection(), QStringLiteral("clue"), QStringLiteral("state")));
    CHECK(sortedCodes<Role>() == allowed(db.connection(), QStringLiteral("app_user"), QStringLiteral("role")));
}

TEST_CASE("Domain codes round-trip, keep their order and name what they are", "[domain]")
{
    for (const ClueState state : ClueState::all())
        CHECK(ClueState::fromCode(state.code()) == state);
    // Workflow order, as every list and chart shows it.
    CHECK(ClueState::codes().first() == u"received");
    CHECK(ClueState::codes().last() == u"closed");
    CHECK(Role(Role::Admin).rank() > Role(Role::Supervisor).rank());
    CHECK(Role(Role::Supervisor).rank() > Role(Role::Clerk).rank());
    CHECK(Role(Role::Clerk).rank() > Role(Role::Viewer).rank());
    CHECK_FALSE(Role::fromCode(QStringLiteral("root")));
    CHECK(CreditTier::nameOf(QStringLiteral("-")) == CreditTier::tr("Not scored"));
    CHECK(CreditTier::nameOf(QStringLiteral("A")) == CreditTier(CreditTier::A).name());
    CHECK(ClueState::nameOf(QStringLiteral("unknown")) == u"unknown");
}
