#include "db/Database.h"
#include "db/Sql.h"
#include "demo/DemoCountyGenerator.h"
#include "exchange/ExchangeStore.h"
#include "exchange/OfficeStore.h"
#include "settings/ExchangeTab.h"

#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

// The 数据交换 tab offscreen: a county and a township file introduced to each other, a
// package written from the selected office and imported on the other side, and a record
// changed in both files stopping the import with nothing changed.
class ExchangeTabTest final : public QObject
{
    Q_OBJECT

private slots:
    void packagesGoBothWaysFromTheTab();
};

void ExchangeTabTest::packagesGoBothWaysFromTheTab()
{
    QTemporaryDir dir;
    Database county = Database::open(dir.filePath(QStringLiteral("county.db")));
    DemoOptions options;
    options.seed = 4;
    options.enterprises = 120;
    options.asOf = QDate(2026, 11, 29);
    DemoCountyGenerator::generate(county, options);
    Database township = Database::open(dir.filePath(QStringLiteral("township.db")));

    ExchangeTab countyTab;
    countyTab.setDatabase(&county);
    QVERIFY(countyTab.officeText().contains(u"no office"));
    OfficeStore::set(county.connection(), QStringLiteral("county"), QStringLiteral("清溪县司法局"));
    QSqlQuery first = Sql::exec(county.connection(), QStringLiteral("SELECT name, code FROM township ORDER BY code LIMIT 1"));
    QVERIFY(first.next());
    const QString name = first.value(0).toString();
    const QString code = first.value(1).toString();
    first.finish(); // an open read would keep this connection's view from moving on
    OfficeStore::set(township.connection(), QStringLiteral("township"), name + QStringLiteral("司法所"), name, code);
    OfficeStore::trust(county.connection(), OfficeStore::card(township.connection()));
    OfficeStore::trust(township.connection(), OfficeStore::card(county.connection()));
    countyTab.refresh();
    QVERIFY(countyTab.officeText().contains(u"清溪县司法局"));
    QCOMPARE(countyTab.offices()->rowCount(), 1);

    // Down: the office chosen in the list gets the package; the other side imports it.
    QVERIFY(countyTab.countPending(false));
    const QString pending = countyTab.offices()->item(0, 6)->text();
    countyTab.offices()->selectRow(0);
    const QString down = dir.filePath(QStringLiteral("down.fcx"));
    QVERIFY(countyTab.exportTo(down, false));
    QCOMPARE(countyTab.offices()->item(0, 4)->text(), QStringLiteral("1"));
    // The count was what the package then held, and nothing is pending after it.
    QCOMPARE(pending, QStringLiteral("%1 changed").arg(ExchangeStore::pending(county.connection(), countyTab.offices()->item(0, 3)->text()).upserts
                                                       + Sql::scalar(county.connection(), QStringLiteral("SELECT count(*) FROM exchange_row")).toInt()));
    QVERIFY(countyTab.countPending(false));
    QCOMPARE(countyTab.offices()->item(0, 6)->text(), QStringLiteral("0 changed"));
    ExchangeTab townshipTab;
    townshipTab.setDatabase(&township);
    QVERIFY(townshipTab.importFrom(down, false));
    QCOMPARE(townshipTab.offices()->item(0, 5)->text(), QStringLiteral("1"));
    QVERIFY(townshipTab.coverageText().contains(QDate::currentDate().toString(Qt::ISODate)));
    QVERIFY(!townshipTab.importFrom(down, false)); // a replay changes nothing
    QCOMPARE(townshipTab.offices()->item(0, 5)->text(), QStringLiteral("1"));

    // A training changed in both files since: the county's import stops, nothing changed.
    // One training, named by its day and topic in both files.
    const QString training = Sql::scalar(township.connection(), QStringLiteral(
        "SELECT held_on || topic FROM training_session GROUP BY held_on, topic HAVING count(*) = 1 LIMIT 1")).toString();
    QVERIFY(!training.isEmpty());
    Sql::exec(township.connection(), QStringLiteral("UPDATE training_session SET place = '乡镇' WHERE held_on || topic = ?"), {training});
    Sql::exec(county.connection(), QStringLiteral("UPDATE training_session SET place = '县局' WHERE held_on || topic = ?"), {training});
    townshipTab.offices()->selectRow(0);
    const QString up = dir.filePath(QStringLiteral("up.fcx"));
    QVERIFY(townshipTab.exportTo(up, false));
    QVERIFY(!countyTab.importFrom(up, false));
    QCOMPARE(Sql::scalar(county.connection(), QStringLiteral("SELECT place FROM training_session WHERE held_on || topic = ?"), {training}).toString(),
             QStringLiteral("县局"));
    QCOMPARE(countyTab.offices()->item(0, 5)->text(), QStringLiteral("0"));
    QCOMPARE(ExchangeStore::importFrom(county.connection(), up, ExchangeStore::Resolution::Mine).kept, 1);
}

int runExchangeTabTest(int argc, char **argv)
{
    ExchangeTabTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "ExchangeTabTest.moc"
