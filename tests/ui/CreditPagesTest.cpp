#include "common/TableExportAction.h"
#include "credit/CreditOverviewPage.h"
#include "credit/CreditRuleForm.h"
#include "credit/CreditRuleBook.h"
#include "credit/CreditRuleSet.h"
#include "credit/CreditRuleStore.h"
#include "credit/CreditRulesPage.h"
#include "credit/EnterpriseCreditPane.h"
#include "credit/RuleVersionDialog.h"
#include "credit/SandboxStore.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "demo/DemoCountyGenerator.h"
#include "io/TableReader.h"
#include "UiTestSupport.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonDocument>
#include <QLineEdit>
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
    void rulesAreWrittenOnAForm();

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
    // Mended in the JSON text (the form keeps what it does not show, the stray key too).
    QVERIFY(dialog.showView(1));
    rules.remove(QStringLiteral("tierz"));
    dialog.editor()->setPlainText(QString::fromUtf8(QJsonDocument(rules).toJson()));
    QVERIFY(dialog.hasUnsavedInput());
    // Escape over an edited version asks; No keeps the text.
    dialog.show();
    UiTestSupport::answerNextQuestion(this, QMessageBox::No);
    dialog.reject();
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.editor()->toPlainText().contains(QStringLiteral("tierz")));
    dialog.hide();
    QVERIFY(dialog.check());
    QVERIFY(dialog.save());
    page.setDatabase(m_db.get());
    QCOMPARE(page.versionsTable()->rowCount(), 2);
}

void CreditPagesTest::rulesAreWrittenOnAForm()
{
    QJsonObject rules = QJsonDocument::fromJson(CreditRuleSet::defaultJson()).object();
    rules.insert(QStringLiteral("version"), CreditRuleStore::versionList(m_db->connection()).last().version + 1);
    rules.insert(QStringLiteral("effectiveFrom"), QDate::currentDate().addDays(60).toString(Qt::ISODate));
    RuleVersionDialog dialog(m_db->connection(), QJsonDocument(rules).toJson());
    CreditRuleForm *form = dialog.form();
    // Opened as it was stored: nothing changed, nothing to ask about.
    QCOMPARE(form->rules(), rules);
    QVERIFY(!dialog.hasUnsavedInput());
    // Each event under its name, with its points.
    const int standard = form->eventRow(QStringLiteral("standard_penalty"));
    QVERIFY(standard >= 0);
    QCOMPARE(form->eventsTable()->item(standard, 0)->text(), QStringLiteral("一般处罚"));
    auto *points = qobject_cast<QDoubleSpinBox *>(form->eventsTable()->cellWidget(standard, 1));
    QCOMPARE(int(points->value()), -10);
    points->setValue(-12);
    QVERIFY(dialog.hasUnsavedInput());
    // The JSON text carries the form's change, and the form the text's.
    QVERIFY(dialog.showView(1));
    const QJsonObject shown = QJsonDocument::fromJson(dialog.editor()->toPlainText().toUtf8()).object();
    QCOMPARE(shown.value(QStringLiteral("events")).toObject().value(QStringLiteral("standard_penalty")).toObject()
                 .value(QStringLiteral("points")).toInt(), -12);
    dialog.editor()->setPlainText(dialog.editor()->toPlainText().replace(QStringLiteral("-12"), QStringLiteral("-11")));
    QVERIFY(dialog.showView(0));
    QCOMPARE(int(qobject_cast<QDoubleSpinBox *>(form->eventsTable()->cellWidget(standard, 1))->value()), -11);
    // A text that is not JSON keeps the user on the text.
    QVERIFY(dialog.showView(1));
    dialog.editor()->setPlainText(QStringLiteral("{ broken"));
    QVERIFY(!dialog.showView(0));
    QVERIFY(dialog.statusText().contains(QStringLiteral("JSON")));
    dialog.editor()->setPlainText(QString::fromUtf8(QJsonDocument(rules).toJson()));
    QVERIFY(dialog.showView(0));
    // A deduction with no publicity class is refused, naming the event and the field.
    const int heavier = form->eventRow(QStringLiteral("heavier_penalty"));
    qobject_cast<QComboBox *>(form->eventsTable()->cellWidget(heavier, 3))->setCurrentIndex(0);
    QVERIFY(!dialog.check());
    QVERIFY2(dialog.statusText().contains(QStringLiteral("Events › 从重处罚 › Publicity class")), qPrintable(dialog.statusText()));
    QVERIFY2(dialog.statusText().contains(QStringLiteral("events.heavier_penalty.publicity")), qPrintable(dialog.statusText()));
    qobject_cast<QComboBox *>(form->eventsTable()->cellWidget(heavier, 3))->setCurrentIndex(1);
    qobject_cast<QDoubleSpinBox *>(form->eventsTable()->cellWidget(standard, 1))->setValue(-13);
    QVERIFY(dialog.check());
    QVERIFY2(dialog.save(), qPrintable(dialog.statusText()));
    const CreditRuleBook book = CreditRuleStore::load(m_db->connection());
    QCOMPARE(book.forDate(QDate::currentDate().addDays(60)).rule(QStringLiteral("standard_penalty"))->points, -13);
    QCOMPARE(book.forDate(QDate::currentDate().addDays(60)).rule(QStringLiteral("heavier_penalty"))->publicityClass, QStringLiteral("general"));
}

int runCreditPagesTest(int argc, char **argv)
{
    CreditPagesTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "CreditPagesTest.moc"
