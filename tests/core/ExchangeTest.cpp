#include "TestSupport.h"

#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "exchange/ExchangeCoverage.h"
#include "exchange/ExchangeStore.h"
#include "exchange/OfficeStore.h"
#include "report/IndicatorModel.h"
#include "report/MonthlyReport.h"
#include "util/Refusal.h"

#include <QFile>
#include <QJsonDocument>
#include <QMap>

// A county and two township files made from the demo exchange packages both ways over
// several rounds, with edits on every side; each township's figures are then the same in
// both files. Damaged, misaddressed, repeated and out-of-order packages change nothing.
namespace {

const QDate kToday(2026, 11, 29);

struct Office
{
    std::shared_ptr<Database> db;
    QString code;
    QString township;
    QSqlDatabase connection() const { return db->connection(); }
};

// Every figure of the township for each month from June to November 2026, as `kpi` shows them.
QMap<QString, QString> figures(const Office &office, const QString &township)
{
    QMap<QString, QString> all;
    const qint64 townshipId = Sql::scalar(office.connection(), QStringLiteral("SELECT id FROM township WHERE name = ?"), {township}).toLongLong();
    for (int month = 6; month <= 11; ++month) {
        IndicatorModel::Scope scope = IndicatorModel::Scope::month(QDate(2026, month, 1));
        scope.townshipId = townshipId;
        scope.today = kToday;
        for (const IndicatorModel::Value &v : IndicatorModel::compute(office.connection(), scope))
            all.insert(QStringLiteral("%1 %2").arg(month).arg(v.id), v.defined ? QString::number(v.value, 'f', 4) : QStringLiteral("—"));
    }
    return all;
}

// The figures in which the two files differ for the township: none, when they agree.
QStringList differences(const Office &one, const Office &other, const QString &township)
{
    const QMap<QString, QString> left = figures(one, township);
    const QMap<QString, QString> right = figures(other, township);
    QStringList differ;
    for (auto it = left.cbegin(); it != left.cend(); ++it) {
        if (right.value(it.key()) != it.value())
            differ.append(QStringLiteral("%1: %2 vs %3").arg(it.key(), it.value(), right.value(it.key())));
    }
    return differ;
}

// What an import must leave alone when it is refused.
QString state(const Office &office)
{
    return AuditLog::head(office.connection()) + QLatin1Char('/')
        + Sql::scalar(office.connection(), QStringLiteral("SELECT count(*) FROM change_log")).toString() + QLatin1Char('/')
        + Sql::scalar(office.connection(), QStringLiteral("SELECT group_concat(last_received) FROM office_peer")).toString();
}

void trustEachOther(const Office &a, const Office &b)
{
    OfficeStore::trust(a.connection(), OfficeStore::card(b.connection()));
    OfficeStore::trust(b.connection(), OfficeStore::card(a.connection()));
}

ExchangeStore::Summary send(const Office &from, const Office &to, const QString &path)
{
    return ExchangeStore::exportTo(from.connection(), to.code, path);
}

QString refusalOf(const Office &office, const QString &path, ExchangeStore::Resolution resolution = ExchangeStore::Resolution::Stop)
{
    try {
        ExchangeStore::importFrom(office.connection(), path, resolution);
    } catch (const Refusal &refusal) {
        return refusal.message();
    }
    return {};
}

} // namespace

TEST_CASE("County and townships exchange packages both ways and agree on every figure", "[exchange]")
{
    QTemporaryDir dir;
    const auto file = [&dir](const QString &name) { return dir.filePath(name); };
    Office county{std::make_shared<Database>(Database::open(file(QStringLiteral("county.db")))), {}, {}};
    TestSupport::demo(*county.db, 5, 300, kToday);
    county.code = OfficeStore::set(county.connection(), QStringLiteral("county"), QStringLiteral("清溪县司法局")).code;
    QList<Office> townships;
    QSqlQuery chosen = Sql::exec(county.connection(), QStringLiteral("SELECT name, code FROM township ORDER BY code LIMIT 2"));
    while (chosen.next()) {
        Office t{std::make_shared<Database>(Database::open(file(chosen.value(1).toString() + QStringLiteral(".db")))), {},
                 chosen.value(0).toString()};
        // A new, empty file: its township comes with the code the county's register has.
        t.code = OfficeStore::set(t.connection(), QStringLiteral("township"), t.township + QStringLiteral("司法所"), t.township,
                                  chosen.value(1).toString())
                     .code;
        trustEachOther(county, t);
        townships.append(std::move(t));
    }
    REQUIRE(townships.size() == 2);
    CHECK(ExchangeCoverage::of(county.connection()).included == 0);
    CHECK(ExchangeCoverage::of(county.connection()).sentence().startsWith(QStringLiteral("No township has sent")));
    Office &a = townships[0];
    Office &b = townships[1];

    // Round 1: the first package seeds each township's file.
    for (Office &t : townships) {
        const QString path = file(t.code + QStringLiteral("-1.fcx"));
        const ExchangeStore::Summary sent = send(county, t, path);
        CHECK(sent.sequence == 1);
        CHECK(sent.upserts > 300);
        const ExchangeStore::Summary received = ExchangeStore::importFrom(t.connection(), path);
        CHECK(received.upserts + 1 >= sent.upserts); // its own township's row was there already
        CHECK(differences(t, county, t.township) == QStringList());
        // Nothing comes back that came from the county.
        CHECK(send(t, county, file(t.code + QStringLiteral("-up-1.fcx"))).upserts == 0);
        CHECK(ExchangeStore::importFrom(county.connection(), file(t.code + QStringLiteral("-up-1.fcx"))).upserts == 0);
    }
    // Only what concerns a township reaches it: of another township's enterprises, only
    // those its 12345 orders name.
    CHECK(Sql::scalar(a.connection(), QStringLiteral("SELECT count(*) FROM enterprise e JOIN township t ON t.id = e.township_id "
                                                     "WHERE t.name <> ? AND e.id NOT IN (SELECT enterprise_id FROM hotline_order "
                                                     "WHERE enterprise_id IS NOT NULL)"), {a.township}).toInt() == 0);
    CHECK(Sql::scalar(a.connection(), QStringLiteral("SELECT count(*) FROM enterprise")).toInt()
          < Sql::scalar(county.connection(), QStringLiteral("SELECT count(*) FROM enterprise")).toInt() / 4);

    // Round 2: every side works. Township A holds a training for two of its enterprises
    // and changes an enterprise's phone (the county's data); B answers a request; the
    // county renames an enterprise of A's.
    const QList<qint64> aEnterprises = [&] {
        QList<qint64> ids;
        QSqlQuery q = Sql::exec(a.connection(), QStringLiteral("SELECT id FROM enterprise ORDER BY uscc LIMIT 2"));
        while (q.next())
            ids.append(q.value(0).toLongLong());
        return ids;
    }();
    REQUIRE(aEnterprises.size() == 2);
    Sql::exec(a.connection(), QStringLiteral("INSERT INTO training_session (held_on, topic, kind, place) VALUES ('2026-11-20', '信用修复培训', "
                                             "'credit_repair', '城关镇司法所')"));
    const qint64 training = Sql::lastInsertId(a.connection());
    for (qint64 enterprise : aEnterprises)
        Sql::exec(a.connection(), QStringLiteral("INSERT INTO training_attendee (session_id, enterprise_id) VALUES (?, ?)"), {training, enterprise});
    const QString uscc = Sql::scalar(a.connection(), QStringLiteral("SELECT uscc FROM enterprise WHERE id = ?"), {aEnterprises.first()}).toString();
    Sql::exec(a.connection(), QStringLiteral("UPDATE enterprise SET phone = '0512-00000000' WHERE uscc = ?"), {uscc});
    Sql::exec(county.connection(), QStringLiteral("UPDATE enterprise SET name = name || '（更名）' WHERE uscc = ?"), {uscc});
    Sql::exec(b.connection(), QStringLiteral("INSERT INTO enterprise_request (enterprise_id, department_id, content, raised_on, closed_on, answer) "
                                             "SELECT min(e.id), min(d.id), '申请延长整改期限', '2026-11-18', '2026-11-25', '已协调解决' "
                                             "FROM enterprise e, department d"));
    for (Office &t : townships) {
        const QString up = file(t.code + QStringLiteral("-up-2.fcx"));
        CHECK(send(t, county, up).upserts >= 1); // the training and its attendees; the answer
        ExchangeStore::importFrom(county.connection(), up);
    }
    for (Office &t : townships) {
        send(county, t, file(t.code + QStringLiteral("-2.fcx")));
        ExchangeStore::importFrom(t.connection(), file(t.code + QStringLiteral("-2.fcx")));
        CHECK(differences(t, county, t.township) == QStringList());
    }
    CHECK(Sql::scalar(county.connection(), QStringLiteral("SELECT count(*) FROM training_session WHERE topic = '信用修复培训'")).toInt() == 1);
    CHECK(Sql::scalar(a.connection(), QStringLiteral("SELECT name FROM enterprise WHERE uscc = ?"), {uscc}).toString().endsWith(u"（更名）"));
    // The register is the county's: A's own change to it gave way.
    CHECK(Sql::scalar(a.connection(), QStringLiteral("SELECT phone FROM enterprise WHERE uscc = ?"), {uscc}).toString()
          == Sql::scalar(county.connection(), QStringLiteral("SELECT phone FROM enterprise WHERE uscc = ?"), {uscc}).toString());

    // Round 3: records changed in both files. The training A made is A's: its version
    // stands at the county without a question. A request the county made, answered
    // differently in both files, stops the county's import with nothing changed, until
    // a supervisor takes the township's version.
    Sql::exec(county.connection(), QStringLiteral("UPDATE training_session SET topic = '信用修复专题培训' WHERE topic = '信用修复培训'"));
    Sql::exec(a.connection(), QStringLiteral("UPDATE training_session SET place = '城关镇便民服务中心' WHERE id = ?"), {training});
    const QString request = Sql::scalar(a.connection(), QStringLiteral(
        "SELECT r.content || r.raised_on FROM enterprise_request r GROUP BY r.content, r.raised_on HAVING count(*) = 1 LIMIT 1")).toString();
    REQUIRE_FALSE(request.isEmpty());
    Sql::exec(a.connection(), QStringLiteral("UPDATE enterprise_request SET answer = '司法所：已协调' WHERE content || raised_on = ?"), {request});
    Sql::exec(county.connection(), QStringLiteral("UPDATE enterprise_request SET answer = '县局：已督办' WHERE content || raised_on = ? "
                                                  "AND enterprise_id IN (SELECT e.id FROM enterprise e JOIN township t ON t.id = e.township_id "
                                                  "WHERE t.name = ?)"), {request, a.township});
    const QString up3 = file(a.code + QStringLiteral("-up-3.fcx"));
    CHECK(send(a, county, up3).upserts == 2);
    const QString before = state(county);
    const QString conflict = refusalOf(county, up3);
    CHECK(conflict.contains(QStringLiteral("1 record(s) were changed both here and at")));
    CHECK(conflict.contains(QStringLiteral("nothing was imported")));
    CHECK(state(county) == before);
    CHECK(Sql::scalar(county.connection(), QStringLiteral("SELECT count(*) FROM training_session WHERE topic = '信用修复专题培训'")).toInt() == 1);
    const ExchangeStore::Summary settled = ExchangeStore::importFrom(county.connection(), up3, ExchangeStore::Resolution::Theirs);
    CHECK(settled.upserts == 2);
    CHECK(Sql::scalar(county.connection(), QStringLiteral("SELECT place FROM training_session WHERE topic = '信用修复培训'")).toString()
          == QStringLiteral("城关镇便民服务中心"));
    CHECK(Sql::scalar(county.connection(), QStringLiteral("SELECT count(*) FROM enterprise_request WHERE answer = '司法所：已协调'")).toInt() == 1);
    // Nothing of it goes back down: both files hold the same now.
    CHECK(send(county, a, file(a.code + QStringLiteral("-3.fcx"))).upserts == 0);
    ExchangeStore::importFrom(a.connection(), file(a.code + QStringLiteral("-3.fcx")));
    for (Office &t : townships)
        CHECK(differences(t, county, t.township) == QStringList());

    // Refused, with nothing changed: a flipped byte, another office's package, a replay, a gap.
    const QString next = file(a.code + QStringLiteral("-4.fcx"));
    Sql::exec(county.connection(), QStringLiteral("UPDATE enterprise SET address = '城关镇新华路8号' WHERE uscc = ?"), {uscc});
    CHECK(send(county, a, next).upserts == 1);
    QFile original(next);
    REQUIRE(original.open(QIODevice::ReadOnly));
    QByteArray bytes = original.readAll();
    original.close();
    const QString aBefore = state(a);
    // One bit in the manifest (the sender's code), one in the changes just before the signature.
    const qsizetype sender = bytes.indexOf(county.code.toLatin1()) + 2;
    REQUIRE(sender > 2);
    for (const qsizetype at : {sender, bytes.size() - 70}) {
        QByteArray altered = bytes;
        altered[at] = char(altered.at(at) ^ 0x01);
        const QString flipped = file(QStringLiteral("flipped-%1.fcx").arg(at));
        QFile out(flipped);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(altered);
        out.close();
        const QString tampered = refusalOf(a, flipped);
        INFO(tampered.toStdString());
        CHECK(tampered.contains(QStringLiteral("altered")));
        CHECK(tampered.contains(at == sender ? QStringLiteral("not signed by an office this file trusts") : QStringLiteral("signature does not match")));
    }
    CHECK(refusalOf(b, next).contains(QStringLiteral("addressed to")));
    CHECK(refusalOf(a, file(a.code + QStringLiteral("-3.fcx"))).contains(QStringLiteral("imported already")));
    const QString after = file(a.code + QStringLiteral("-5.fcx"));
    send(county, a, after);
    const QString gap = refusalOf(a, after);
    CHECK(gap.contains(QStringLiteral("package 4 is missing")));
    CHECK(state(a) == aBefore);
    ExchangeStore::importFrom(a.connection(), next);
    ExchangeStore::importFrom(a.connection(), after);
    CHECK(Sql::scalar(a.connection(), QStringLiteral("SELECT address FROM enterprise WHERE uscc = ?"), {uscc}).toString()
          == QStringLiteral("城关镇新华路8号"));
    CHECK(refusalOf(a, after).contains(QStringLiteral("imported already")));

    // The figures say whose records they include: the dashboard and the report show it.
    const ExchangeCoverage atCounty = ExchangeCoverage::of(county.connection());
    CHECK(atCounty.county);
    CHECK(atCounty.included == 2);
    CHECK(atCounty.townships == Sql::scalar(county.connection(), QStringLiteral("SELECT count(*) FROM township")).toInt());
    CHECK(atCounty.asOf == QDate::currentDate());
    CHECK(atCounty.sentence() == QStringLiteral("Includes the records of 2 of %1 townships, as of %2.")
                                     .arg(atCounty.townships).arg(QDate::currentDate().toString(Qt::ISODate)));
    const ExchangeCoverage atTownship = ExchangeCoverage::of(a.connection());
    CHECK_FALSE(atTownship.county);
    CHECK(atTownship.sentence() == QStringLiteral("The county's data as of %1.").arg(QDate::currentDate().toString(Qt::ISODate)));
    CHECK(MonthlyReport::build(county.connection(), QDate(2026, 11, 1), 0, QStringLiteral("清溪县")).summary.endsWith(atCounty.sentence()));
}

TEST_CASE("Exchange holds up against lost files, a township's own data and careless offices", "[exchange]")
{
    QTemporaryDir dir;
    const auto file = [&dir](const QString &name) { return dir.filePath(name); };
    Office county{std::make_shared<Database>(Database::open(file(QStringLiteral("county.db")))), {}, {}};
    TestSupport::demo(*county.db, 7, 150, kToday);
    county.code = OfficeStore::set(county.connection(), QStringLiteral("county"), QStringLiteral("清溪县司法局")).code;
    QSqlQuery chosen = Sql::exec(county.connection(), QStringLiteral(
        "SELECT t.name, t.code FROM township t JOIN enterprise e ON e.township_id = t.id GROUP BY t.id ORDER BY count(*) DESC LIMIT 1"));
    REQUIRE(chosen.next());
    const QString name = chosen.value(0).toString();
    const QString code = chosen.value(1).toString();
    chosen.finish();
    Office t{std::make_shared<Database>(Database::open(file(QStringLiteral("t.db")))), {}, name};
    t.code = OfficeStore::set(t.connection(), QStringLiteral("township"), name + QStringLiteral("司法所"), name, code).code;
    trustEachOther(county, t);
    send(county, t, file(QStringLiteral("1.fcx")));
    ExchangeStore::importFrom(t.connection(), file(QStringLiteral("1.fcx")));
    // Nothing of other townships' enterprises: their names, ID numbers and phones stay at the county.
    CHECK(Sql::scalar(t.connection(), QStringLiteral("SELECT count(*) FROM enterprise e JOIN township w ON w.id = e.township_id "
                                                     "WHERE w.name <> ?"), {name}).toInt() == 0);
    CHECK(differences(t, county, name) == QStringList());

    // Only one office per township, and offices of the right kind.
    Database other = Database::open(file(QStringLiteral("other.db")));
    OfficeStore::set(other.connection(), QStringLiteral("township"), QStringLiteral("另一个司法所"), name, code);
    CHECK_THROWS_WITH(OfficeStore::trust(county.connection(), OfficeStore::card(other.connection())),
                      Catch::Contains("a township has one office"));
    Database secondCounty = Database::open(file(QStringLiteral("county2.db")));
    OfficeStore::set(secondCounty.connection(), QStringLiteral("county"), QStringLiteral("另一个县局"));
    CHECK_THROWS_WITH(OfficeStore::trust(county.connection(), OfficeStore::card(secondCounty.connection())), Catch::Contains("is not one"));
    CHECK_THROWS_WITH(OfficeStore::trust(t.connection(), OfficeStore::card(secondCounty.connection())), Catch::Contains("already"));
    // Once packages went between them, an office keeps its kind and township (a new name is fine).
    CHECK_THROWS_WITH(OfficeStore::set(t.connection(), QStringLiteral("county"), QStringLiteral("改名")), Catch::Contains("stay"));
    CHECK(OfficeStore::set(t.connection(), QStringLiteral("township"), name + QStringLiteral("司法所（新）"), name).name.endsWith(u"（新）"));

    // A package overwritten before it was imported is written again, as it was sent.
    Sql::exec(county.connection(), QStringLiteral("UPDATE enterprise SET phone = '0512-11111111' WHERE township_id = "
                                                  "(SELECT id FROM township WHERE name = ?)"), {name});
    const QString shared = file(QStringLiteral("to-township.fcx"));
    CHECK(send(county, t, shared).sequence == 2);
    Sql::exec(county.connection(), QStringLiteral("UPDATE enterprise SET phone = '0512-22222222' WHERE township_id = "
                                                  "(SELECT id FROM township WHERE name = ?)"), {name});
    CHECK(send(county, t, shared).sequence == 3); // over the same file: package 2 is lost
    CHECK(refusalOf(t, shared).contains(QStringLiteral("package 2 is missing")));
    const QString again = file(QStringLiteral("again.fcx"));
    CHECK(ExchangeStore::exportAgain(county.connection(), name, 2, again).sequence == 2);
    ExchangeStore::importFrom(t.connection(), again);
    ExchangeStore::importFrom(t.connection(), shared);
    CHECK(Sql::scalar(t.connection(), QStringLiteral("SELECT count(DISTINCT phone) FROM enterprise WHERE phone = '0512-22222222'")).toInt() == 1);
    CHECK_THROWS_AS(ExchangeStore::exportAgain(county.connection(), name, 9, file(QStringLiteral("none.fcx"))), Refusal);

    // The township's own enterprise (not in the county's register yet) and a training for it:
    // the training goes up, the attendance waits, and nothing blocks the exchange.
    Sql::exec(t.connection(), QStringLiteral("INSERT INTO enterprise (uscc, name, township_id) SELECT '91320987MA1XXXXX5Q', '乡镇自录企业', id "
                                             "FROM township WHERE name = ?"), {name});
    const qint64 own = Sql::lastInsertId(t.connection());
    Sql::exec(t.connection(), QStringLiteral("INSERT INTO training_session (held_on, topic, kind) VALUES ('2026-11-26', '乡镇自办培训', 'law_lecture')"));
    const qint64 session = Sql::lastInsertId(t.connection());
    Sql::exec(t.connection(), QStringLiteral("INSERT INTO training_attendee (session_id, enterprise_id) VALUES (?, ?)"), {session, own});
    Sql::exec(t.connection(), QStringLiteral("INSERT INTO training_session (held_on, topic, kind) VALUES ('2026-11-27', '尚未登记参训企业', 'consultation')"));
    const ExchangeStore::Summary up = send(t, county, file(QStringLiteral("up-1.fcx")));
    CHECK(up.heldBack == 1);
    CHECK(up.upserts == 2);
    ExchangeStore::importFrom(county.connection(), file(QStringLiteral("up-1.fcx")));
    CHECK(Sql::scalar(county.connection(), QStringLiteral("SELECT count(*) FROM training_session WHERE topic IN ('乡镇自办培训', '尚未登记参训企业')")).toInt() == 2);

    // A township deletes only what it made: a county training it deleted stays at the county,
    // with every township's attendees, and comes back down.
    const QString countyTraining = Sql::scalar(t.connection(), QStringLiteral(
        "SELECT held_on || topic FROM training_session s WHERE s.id IN (SELECT local_id FROM exchange_key WHERE tbl = 'training_session') "
        "GROUP BY held_on, topic HAVING count(*) = 1 LIMIT 1")).toString();
    REQUIRE_FALSE(countyTraining.isEmpty());
    const int attendeesBefore = Sql::scalar(county.connection(), QStringLiteral("SELECT count(*) FROM training_attendee")).toInt();
    Sql::exec(t.connection(), QStringLiteral("DELETE FROM training_session WHERE held_on || topic = ?"), {countyTraining});
    send(t, county, file(QStringLiteral("up-2.fcx")));
    ExchangeStore::importFrom(county.connection(), file(QStringLiteral("up-2.fcx")));
    CHECK(Sql::scalar(county.connection(), QStringLiteral("SELECT count(*) FROM training_attendee")).toInt() == attendeesBefore);
    const ExchangeStore::Summary back = send(county, t, file(QStringLiteral("4.fcx")));
    INFO(QJsonDocument(back.counts).toJson().toStdString());
    CHECK(back.upserts >= 1);
    ExchangeStore::importFrom(t.connection(), file(QStringLiteral("4.fcx")));
    CHECK(Sql::scalar(t.connection(), QStringLiteral("SELECT count(*) FROM training_session WHERE held_on || topic = ?"), {countyTraining}).toInt() == 1);

    // A township file gone back to an earlier copy sends a different package under a used
    // number: refused, not taken for a replay.
    Sql::exec(t.connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    QFile::copy(file(QStringLiteral("t.db")), file(QStringLiteral("t-copy.db")));
    send(t, county, file(QStringLiteral("up-3.fcx")));
    ExchangeStore::importFrom(county.connection(), file(QStringLiteral("up-3.fcx")));
    Office restored{std::make_shared<Database>(Database::open(file(QStringLiteral("t-copy.db")))), t.code, name};
    Sql::exec(restored.connection(), QStringLiteral("UPDATE training_session SET place = '另一处' WHERE topic = '乡镇自办培训'"));
    send(restored, county, file(QStringLiteral("up-3b.fcx")));
    CHECK(refusalOf(county, file(QStringLiteral("up-3b.fcx"))).contains(QStringLiteral("A different package 3")));
    // A package of one's own is not imported into one's own file.
    CHECK(refusalOf(county, file(QStringLiteral("4.fcx"))).contains(QStringLiteral("written by this office")));
}
