#include "TestSupport.h"

#include "db/Database.h"
#include "db/Sql.h"
#include "exchange/OfficeStore.h"
#include "io/DataExport.h"
#include "users/Session.h"
#include "users/UserStore.h"
#include "util/Refusal.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

struct SignedOut
{
    ~SignedOut() { Session::signOut(); }
};

QString firstTownship(const Database &db)
{
    return Sql::scalar(db.connection(), QStringLiteral("SELECT name FROM township ORDER BY code LIMIT 1")).toString();
}

} // namespace

TEST_CASE("An office: named once with its key pair, which stays — its card and signature", "[exchange][office]")
{
    QTemporaryDir dir;
    Database county = Database::open(dir.filePath(QStringLiteral("county.db")));
    TestSupport::demo(county, 3, 40, QDate(2026, 11, 29));
    CHECK_FALSE(OfficeStore::current(county.connection()));
    CHECK_THROWS_AS(OfficeStore::card(county.connection()), Refusal);
    CHECK_THROWS_AS(OfficeStore::set(county.connection(), QStringLiteral("province"), QStringLiteral("x")), Refusal);
    CHECK_THROWS_AS(OfficeStore::set(county.connection(), QStringLiteral("township"), QStringLiteral("某司法所"), QStringLiteral("无此镇")),
                    Refusal);

    const OfficeStore::Office first = OfficeStore::set(county.connection(), QStringLiteral("county"), QStringLiteral("清溪县司法局"));
    CHECK(first.publicKey.size() == 32);
    CHECK(first.code == OfficeStore::codeOf(first.publicKey));
    CHECK(first.code.size() == 16);
    // Renamed, it is the same office: the same key.
    const OfficeStore::Office renamed = OfficeStore::set(county.connection(), QStringLiteral("county"), QStringLiteral("清溪县司法局（执法监督科）"));
    CHECK(renamed.publicKey == first.publicKey);
    CHECK(renamed.name == u"清溪县司法局（执法监督科）");

    // The secret key is in the settings only: not in the change log, the audit trail or the
    // office table, and settings are never exported.
    const QString secret = Sql::scalar(county.connection(), QStringLiteral("SELECT value FROM setting WHERE key = 'office_secret_key'")).toString();
    REQUIRE(secret.size() > 40);
    const auto holds = [&](const QString &sql) {
        return Sql::scalar(county.connection(), sql, {QStringLiteral("%") + secret.left(40) + QStringLiteral("%")}).toInt() > 0;
    };
    CHECK_FALSE(holds(QStringLiteral("SELECT count(*) FROM change_log WHERE COALESCE(new_values, '') || COALESCE(old_values, '') LIKE ?")));
    CHECK_FALSE(holds(QStringLiteral("SELECT count(*) FROM audit_log WHERE COALESCE(new_values, '') || COALESCE(old_values, '') LIKE ?")));
    CHECK_FALSE(holds(QStringLiteral("SELECT count(*) FROM office WHERE public_key || name || code LIKE ?")));
    // … while the office itself was captured and audited.
    CHECK(Sql::scalar(county.connection(), QStringLiteral("SELECT count(*) FROM change_log WHERE tbl = 'office'")).toInt() >= 2);
    CHECK_THROWS_AS(DataExport::table(county.connection(), QStringLiteral("setting"), dir.filePath(QStringLiteral("s.csv"))), Refusal);

    // A signature verifies with the card's key and fails for one flipped bit.
    const QByteArray message("package manifest");
    const QByteArray signature = OfficeStore::sign(county.connection(), message);
    CHECK(OfficeStore::verify(first.publicKey, message, signature));
    QByteArray flipped = message;
    flipped[0] = char(flipped[0] ^ 1);
    CHECK_FALSE(OfficeStore::verify(first.publicKey, flipped, signature));
    const QJsonObject card = QJsonDocument::fromJson(OfficeStore::card(county.connection())).object();
    CHECK(card.value(QStringLiteral("code")).toString() == first.code);
    CHECK(card.value(QStringLiteral("kind")).toString() == u"county");
}

TEST_CASE("Trusting another office's card: its own, damaged and repeated cards are refused", "[exchange][office]")
{
    QTemporaryDir dir;
    Database county = Database::open(dir.filePath(QStringLiteral("county.db")));
    TestSupport::demo(county, 3, 40, QDate(2026, 11, 29));
    Database township = Database::open(dir.filePath(QStringLiteral("township.db")));
    TestSupport::demo(township, 3, 40, QDate(2026, 11, 29));
    const QString name = firstTownship(county);
    OfficeStore::set(county.connection(), QStringLiteral("county"), QStringLiteral("清溪县司法局"));
    const OfficeStore::Office town = OfficeStore::set(township.connection(), QStringLiteral("township"), name + QStringLiteral("司法所"), name);
    CHECK(town.township == name);

    const QByteArray countyCard = OfficeStore::card(county.connection());
    const QByteArray townCard = OfficeStore::card(township.connection());
    CHECK_THROWS_AS(OfficeStore::trust(county.connection(), countyCard), Refusal); // its own
    CHECK_THROWS_AS(OfficeStore::trust(county.connection(), QByteArray("{\"format\": \"other\"}")), Refusal);
    QJsonObject damaged = QJsonDocument::fromJson(townCard).object();
    damaged.insert(QStringLiteral("public_key"), QString::fromLatin1(QByteArray(31, 'k').toBase64()));
    CHECK_THROWS_AS(OfficeStore::trust(county.connection(), QJsonDocument(damaged).toJson()), Refusal);
    QJsonObject swapped = QJsonDocument::fromJson(townCard).object();
    swapped.insert(QStringLiteral("code"), QStringLiteral("0000000000000000"));
    CHECK_THROWS_AS(OfficeStore::trust(county.connection(), QJsonDocument(swapped).toJson()), Refusal);
    CHECK(OfficeStore::peers(county.connection()).isEmpty());

    const OfficeStore::Office trusted = OfficeStore::trust(county.connection(), townCard);
    CHECK(trusted.code == town.code);
    CHECK(OfficeStore::peer(county.connection(), town.code)->township == name);
    CHECK_THROWS_AS(OfficeStore::trust(county.connection(), townCard), Refusal); // already
    OfficeStore::trust(township.connection(), countyCard);
    CHECK(OfficeStore::peers(township.connection()).size() == 1);
    // Each side verifies the other's signature with the key it trusted.
    const QByteArray message("clues moved in November");
    CHECK(OfficeStore::verify(OfficeStore::peer(county.connection(), town.code)->publicKey, message,
                              OfficeStore::sign(township.connection(), message)));
}

TEST_CASE("Only an administrator names the office or trusts another — a supervisor signs", "[exchange][office][users]")
{
    SignedOut guard;
    QTemporaryDir dir;
    Database db = Database::open(dir.filePath(QStringLiteral("roles.db")));
    TestSupport::demo(db, 3, 40, QDate(2026, 11, 29));
    UserStore::add(db.connection(), QStringLiteral("wang"), {}, QStringLiteral("admin"), QStringLiteral("admin-pass-1"));
    UserStore::add(db.connection(), QStringLiteral("zhao"), {}, QStringLiteral("supervisor"), QStringLiteral("super-pass-1"));
    UserStore::signIn(db.connection(), QStringLiteral("zhao"), QStringLiteral("super-pass-1"));
    CHECK_THROWS_AS(OfficeStore::set(db.connection(), QStringLiteral("county"), QStringLiteral("清溪县司法局")), Refusal);
    CHECK_FALSE(OfficeStore::current(db.connection()));
    UserStore::signIn(db.connection(), QStringLiteral("wang"), QStringLiteral("admin-pass-1"));
    OfficeStore::set(db.connection(), QStringLiteral("county"), QStringLiteral("清溪县司法局"));
    // Signing speaks for the office: a supervisor may, a clerk may not, nobody signed in may not.
    UserStore::add(db.connection(), QStringLiteral("li"), {}, QStringLiteral("clerk"), QStringLiteral("clerk-pass-1"));
    UserStore::signIn(db.connection(), QStringLiteral("li"), QStringLiteral("clerk-pass-1"));
    CHECK_THROWS_AS(OfficeStore::sign(db.connection(), QByteArray("x")), Refusal);
    Session::signOut();
    CHECK_THROWS_AS(OfficeStore::sign(db.connection(), QByteArray("x")), Refusal);
    UserStore::signIn(db.connection(), QStringLiteral("zhao"), QStringLiteral("super-pass-1"));
    CHECK(OfficeStore::sign(db.connection(), QByteArray("x")).size() == 64);
    UserStore::signIn(db.connection(), QStringLiteral("wang"), QStringLiteral("admin-pass-1"));
    CHECK(Sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'office' AND user_name = 'wang'")).toInt()
          == 1);
}
