#include "common/TableExportAction.h"
#include "credit/CreditOverviewPage.h"
#include "credit/CreditRuleStore.h"
#include "credit/CreditRulesPage.h"
#include "credit/EnterpriseCreditPane.h"
#include "credit/RuleVersionDialog.h"
#include "credit/SandboxStore.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "demo/DemoCountyGenerator.h"
#include "io/TableReader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QMessageBox>
#include <QPushButton>
#include <QtTest>

// Offscreen tests of the credit tab, the credit overview and the rules page. Set
// FAIRCHECK_TEST_SHOTS to a folder to also save what they show as PNGs.
class CreditPagesTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void creditTabExplainsTheScore();
    void overviewMatchesTheDatabase();
    void rulesPageRefusesBadVersions();

private:
    void shoot(QWidget *widget, const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void CreditPagesTest::initTestCase()
{
    m_db = std::make_unique<Database>(Database::open(m_dir.filePath(QStringLiteral("credit-ui.db"))));
    DemoOptions options;
    options.seed = 4;
    options.enterprises = 600;
    // History up to today, so "today" in the pages sees the demo's recent events.
    options.asOf = QDate::currentDate();
    DemoCountyGenerator::generate(*m_db, options);
}

void CreditPagesTest::shoot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("FAIRCHECK_TEST_SHOTS");
    if (!folder.isEmpty())
        widget->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
}

void CreditPagesTest::creditTabExplainsTheScore()
{
    EnterpriseCreditPane pane;
    pane.resize(560, 640);
    pane.setDatabase(m_db.get());
    const qint64 busiest = Sql::scalar(m_db->connection(), QStringLiteral(
        "SELECT enterprise_id FROM credit_event WHERE event_date <= date('now') GROUP BY enterprise_id "
        "ORDER BY count(*) DESC, enterprise_id LIMIT 1")).toLongLong();
    const int events = Sql::scalar(m_db->connection(), QStringLiteral(
        "SELECT count(*) FROM credit_event WHERE enterprise_id = ? AND event_date <= date('now')"), {busiest}).toInt();
    const int cached = Sql::scalar(m_db->connection(), QStringLiteral("SELECT credit_score FROM enterprise WHERE id = ?"), {busiest}).toInt();
    pane.showEnterprise(busiest);
    QCOMPARE(pane.explanationTable()->rowCount(), events);
    QVERIFY2(pane.summaryText().contains(QString::number(cached)), qPrintable(pane.summaryText()));
    const QString name = Sql::scalar(m_db->connection(), QStringLiteral("SELECT name FROM enterprise WHERE id = ?"), {busiest}).toString();
    QVERIFY2(pane.summaryText().contains(name.toHtmlEscaped()), qPrintable(pane.summaryText())); // names whose score it is
    QCOMPARE(pane.chartPointCount(), 24);
    shoot(&pane, QStringLiteral("credit-tab"));
    pane.showEnterprise(0);
    QCOMPARE(pane.explanationTable()->rowCount(), 0);
    QVERIFY(!pane.summaryText().contains(name.toHtmlEscaped()));
}

void CreditPagesTest::overviewMatchesTheDatabase()
{
    CreditOverviewPage page;
    page.resize(1100, 700);
    page.setDatabase(m_db.get());
    for (const QString &tier : {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")})
        QCOMPARE(page.tierCount(tier),
                 Sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM enterprise WHERE credit_tier = ?"), {tier}).toLongLong());
    QCOMPARE(page.membersTable()->rowCount(), int(SandboxStore::members(m_db->connection(), QDate::currentDate()).size()));
    QVERIFY(page.membersTable()->rowCount() > 0);
    QVERIFY(page.exitsTable()->rowCount() >= 1); // the demo's red-line exit
    QVERIFY(page.recompute(true, false));
    page.findCandidates(false);
    QCOMPARE(page.candidatesTable()->rowCount(),
             int(SandboxStore::propose(m_db->connection(), CreditRuleStore::load(m_db->connection()), QDate::currentDate()).size()));
    shoot(&page, QStringLiteral("credit-overview"));
    // Every table exports what it shows.
    const QString out = m_dir.filePath(QStringLiteral("members.csv"));
    const int exports = Sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'export'")).toInt();
    QCOMPARE(TableExportAction::exportTo(page.membersTable(), out, m_db.get(), QStringLiteral("sandbox-members")),
             qint64(page.membersTable()->rowCount()));
    // Recorded like every export, with how many rows it held.
    QCOMPARE(Sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'export' "
                                                           "AND json_extract(new_values, '$.rows') = ?"), {page.membersTable()->rowCount()})
                 .toInt(),
             exports + 1);
    auto reader = TableReader::open(out);
    TableRow header;
    QVERIFY(reader->next(header));
    QCOMPARE(header.cells.size(), page.membersTable()->columnCount());
    TableRow first;
    QVERIFY(reader->next(first));
    QCOMPARE(first.cell(0), page.membersTable()->item(0, 0)->text());
}

void CreditPagesTest::rulesPageRefusesBadVersions()
{
    CreditRulesPage page;
    page.setDatabase(m_db.get());
    QCOMPARE(page.versionsTable()->rowCount(), 1);
    QVERIFY(page.textView()->toPlainText().contains(QStringLiteral("\"basePoints\"")));

    QJsonObject rules = QJsonDocument::fromJson(CreditRuleSet::defaultJson()).object();
    rules.insert(QStringLiteral("version"), 2);
    rules.insert(QStringLiteral("effectiveFrom"), QDate::currentDate().addDays(30).toString(Qt::ISODate));
    rules.insert(QStringLiteral("tierz"), 1);
    RuleVersionDialog dialog(m_db->connection(), QJsonDocument(rules).toJson());
    QVERIFY(!dialog.hasUnsavedInput());
    QVERIFY(!dialog.check());
    QVERIFY2(dialog.statusText().contains(QStringLiteral("tierz")), qPrintable(dialog.statusText()));
    QVERIFY(!dialog.save());
    QCOMPARE(CreditRuleStore::versionList(m_db->connection()).size(), 1);
    rules.remove(QStringLiteral("tierz"));
    dialog.editor()->setPlainText(QString::fromUtf8(QJsonDocument(rules).toJson()));
    QVERIFY(dialog.hasUnsavedInput());
    // Escape over an edited version asks; No keeps the text.
    dialog.show();
    QTimer::singleShot(0, this, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::No)->click();
    });
    dialog.reject();
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.editor()->toPlainText().contains(QStringLiteral("tierz")));
    QVERIFY(dialog.check());
    QVERIFY(dialog.save());
    page.setDatabase(m_db.get());
    QCOMPARE(page.versionsTable()->rowCount(), 2);
}

int runCreditPagesTest(int argc, char **argv)
{
    CreditPagesTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "CreditPagesTest.moc"
