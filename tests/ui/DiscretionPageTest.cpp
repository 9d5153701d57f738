#include "db/Database.h"
#include "db/Sql.h"
#include "demo/DemoCountyGenerator.h"
#include "discretion/AssessmentDialog.h"
#include "discretion/CaseDocumentsDialog.h"
#include "discretion/DiscretionPage.h"
#include "discretion/DiscretionLookupPage.h"
#include "discretion/DiscretionStore.h"
#include "discretion/NewCaseDialog.h"
#include "discretion/PenaltyCasePage.h"

#include <QApplication>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

// The discretion area offscreen: lookup as you type, the assessment, the case list
// with its benchmark flags, and the documents of a case.
class DiscretionPageTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lookupAnswersAsYouType();
    void assessmentFollowsTheFacts();
    void caseListFlagsAndDocuments();
    void importedCasesShowAtOnce();
    void newCaseKeepsInputWhenRefused();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void DiscretionPageTest::initTestCase()
{
    m_db = std::make_unique<Database>(Database::open(m_dir.filePath(QStringLiteral("discretion.db"))));
    DemoOptions options;
    options.seed = 6;
    options.enterprises = 200;
    options.asOf = QDate(2026, 11, 29);
    DemoCountyGenerator::generate(*m_db, options);
}

void DiscretionPageTest::lookupAnswersAsYouType()
{
    DiscretionLookupPage page;
    page.resize(1200, 700);
    page.setDatabase(m_db.get());
    QCOMPARE(page.results()->rowCount(), 200); // 600-odd items: the first shown, all counted
    QVERIFY(page.countLabel()->text().contains(
        Sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM discretion_item")).toString()));
    // Chinese typed through the input method, as a user would.
    page.searchField()->setFocus();
    QInputMethodEvent typed;
    typed.setCommitString(QStringLiteral("遵守进货查验"));
    QApplication::sendEvent(page.searchField(), &typed);
    QTRY_COMPARE(page.results()->rowCount(), 1); // after the typing pause
    QCOMPARE(page.results()->item(0, 0)->text(), QStringLiteral("SC-01"));
    QVERIFY(page.results()->item(0, 2)->text().contains(QStringLiteral("【遵守进货查验】")));
    QCOMPARE(page.results()->item(0, 2)->toolTip(), QStringLiteral("食品经营者未按规定建立并遵守进货查验记录制度"));
    QVERIFY(page.details()->toPlainText().contains(QStringLiteral("SC-01")));
    QVERIFY(page.details()->toPlainText().contains(PenaltyOutcome(PenaltyOutcome::Lighter).name()));

    page.searchField()->clear();
    auto *redLine = page.findChildren<QComboBox *>().at(2);
    redLine->setCurrentIndex(redLine->findData(1));
    page.searchNow();
    QVERIFY(page.results()->rowCount() > 0);
    for (int row = 0; row < page.results()->rowCount(); ++row)
        QVERIFY(!page.results()->item(row, 3)->text().isEmpty());
    // Hundreds of red-line items: the first rows shown, all of them counted.
    const int red = Sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM discretion_item WHERE red_line = 1")).toInt();
    QVERIFY(red > 200);
    QCOMPARE(page.results()->rowCount(), 200);
    QVERIFY(page.countLabel()->text().contains(QString::number(red)));
    QVERIFY(page.countLabel()->text().contains(QStringLiteral("200")));

    // A fine the law sets as a multiple has no amounts in the list: said so, not "none".
    redLine->setCurrentIndex(0);
    page.searchField()->setText(QStringLiteral("无准运证"));
    page.searchNow();
    int yc01 = -1;
    for (int row = 0; row < page.results()->rowCount() && yc01 < 0; ++row)
        yc01 = page.results()->item(row, 0)->text() == u"YC-01" ? row : -1;
    QVERIFY(yc01 >= 0);
    page.results()->selectRow(yc01);
    QVERIFY(page.details()->toPlainText().contains(DiscretionLookupPage::tr("no fixed amount in the list: as the penalty provision sets "
                                                                            "it (a multiple of illegal income or value)")));
}

void DiscretionPageTest::assessmentFollowsTheFacts()
{
    const auto item = DiscretionStore::item(m_db->connection(), QStringLiteral("SC-01"), QDate::currentDate());
    QVERIFY(item);
    AssessmentDialog dialog(*item);
    // Nothing stated yet: nothing assumed; the facts that decide are asked for.
    QCOMPARE(dialog.result().outcome, DiscretionAssessment::Outcome::Standard);
    QVERIFY(dialog.markedMissing().contains(QStringLiteral("harm")));
    QVERIFY(dialog.markedMissing().contains(QStringLiteral("no_fault")));
    dialog.setFact(QStringLiteral("corrected"), true);
    QCOMPARE(dialog.result().outcome, DiscretionAssessment::Outcome::Standard); // harm unknown is not "no harm"
    QVERIFY(dialog.markedMissing().contains(QStringLiteral("harm")));
    dialog.setHarm(DiscretionAssessment::Harm::Slight);
    dialog.setFact(QStringLiteral("first_violation"), true);
    dialog.setFact(QStringLiteral("corrected"), true);
    QCOMPARE(dialog.result().outcome, DiscretionAssessment::Outcome::DiscretionaryNoPenalty);
    QVERIFY(dialog.resultLabel()->text().contains(DiscretionAssessment::outcomeName(DiscretionAssessment::Outcome::DiscretionaryNoPenalty)));
    dialog.setFact(QStringLiteral("corrected"), false);
    dialog.setFact(QStringLiteral("confessed"), true);
    QCOMPARE(dialog.result().outcome, DiscretionAssessment::Outcome::LighterOrReduced);
    QVERIFY(dialog.resultLabel()->text().contains(QStringLiteral("18,500.00")) || dialog.resultLabel()->text().contains(QStringLiteral("18500.00")));

    const auto red = DiscretionStore::item(m_db->connection(), QStringLiteral("SC-02"), QDate::currentDate());
    QVERIFY(red && red->redLine);
    AssessmentDialog redDialog(*red);
    redDialog.setHarm(DiscretionAssessment::Harm::Slight);
    redDialog.setFact(QStringLiteral("first_violation"), true);
    redDialog.setFact(QStringLiteral("corrected"), true);
    QCOMPARE(redDialog.result().outcome, DiscretionAssessment::Outcome::Standard); // never 首违不罚
    QVERIFY(redDialog.result().lenientBlocked);
    QVERIFY(redDialog.resultLabel()->text().contains(
        QCoreApplication::translate("AssessmentDialog", "Red-line item: art. 33 (1) and 首违不罚 do not apply; arts. 32 and 33 (2) still do.")));
    // The law's mandatory rules bind red lines too.
    redDialog.setFact(QStringLiteral("no_fault"), true);
    QCOMPARE(redDialog.result().outcome, DiscretionAssessment::Outcome::NoPenalty);
}

void DiscretionPageTest::caseListFlagsAndDocuments()
{
    PenaltyCasePage page;
    page.setDatabase(m_db.get());
    page.setPeriod(QDate(2025, 1, 1), QDate(2026, 11, 29));
    const int all = page.table()->rowCount();
    QVERIFY(all > 0);
    page.setFlaggedOnly(true);
    QCOMPARE(page.table()->rowCount(), 0); // the demo county follows its benchmarks

    const QString uscc = Sql::scalar(m_db->connection(), QStringLiteral("SELECT uscc FROM enterprise LIMIT 1")).toString();
    PenaltyCaseStore::record(m_db->connection(), {QStringLiteral("测试罚〔2026〕1号"), uscc, QStringLiteral("SC-01"), QDate(2026, 11, 2),
                                                  PenaltyOutcome::Lighter, 3000000, QStringLiteral("超出从轻幅度"), false, {}, {}, false});
    page.refresh();
    QCOMPARE(page.table()->rowCount(), 1);
    // The summary counts the one case outside its benchmark (the tests may run in either language).
    QVERIFY(page.summary()->text().contains(QRegularExpression(QStringLiteral("(1 outside|偏离裁量基准 1 件)"))));
    QCOMPARE(page.table()->item(0, 7)->text(), PenaltyCaseStore::flagText(QStringLiteral("above_band")));

    page.table()->selectRow(0);
    const auto row = page.selectedCase();
    QVERIFY(row);
    const auto documents = CaseDocuments::build(*row, CaseDocuments::loadTemplates(m_db->path()));
    CaseDocumentsDialog dialog(m_db->connection(), *row, documents);
    QCOMPARE(dialog.tabs()->count(), 3);
    auto *view = qobject_cast<QTextBrowser *>(dialog.tabs()->widget(0));
    QVERIFY(view && view->toPlainText().contains(QStringLiteral("叁万元整")));
    QTemporaryDir out;
    QCOMPARE(dialog.saveTo(out.path()).size(), 6);
    auto *attach = page.findChild<QPushButton *>(QStringLiteral("attachItem"));
    QVERIFY(attach);
    QVERIFY(!attach->isEnabled()); // this case has its item

    // A case without an item: no documents, but an item can be attached.
    page.setFlaggedOnly(false);
    int unlisted = -1;
    for (int r = 0; r < page.table()->rowCount() && unlisted < 0; ++r)
        unlisted = page.table()->item(r, 4)->text().isEmpty() ? r : -1;
    QVERIFY(unlisted >= 0);
    page.table()->selectRow(unlisted);
    QVERIFY(attach->isEnabled());
    auto buttons = page.findChildren<QPushButton *>();
    const auto documentsButton = std::find_if(buttons.cbegin(), buttons.cend(), [](QPushButton *b) {
        return b->text() == PenaltyCasePage::tr("Documents…");
    });
    QVERIFY(documentsButton != buttons.cend());
    QVERIFY(!(*documentsButton)->isEnabled());
    if (const QString shots = qEnvironmentVariable("FAIRCHECK_TEST_SHOTS"); !shots.isEmpty()) {
        page.resize(1280, 640);
        page.grab().save(shots + QStringLiteral("/penalty-cases-unlisted.png"));
    }
}

void DiscretionPageTest::newCaseKeepsInputWhenRefused()
{
    const int before = Sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM penalty_case")).toInt();
    const QString uscc = Sql::scalar(m_db->connection(), QStringLiteral("SELECT uscc FROM enterprise ORDER BY id DESC LIMIT 1")).toString();
    NewCaseDialog dialog(m_db.get());
    QVERIFY(!dialog.hasUnsavedInput());
    dialog.setInput({QStringLiteral("测试罚〔2026〕2号"), QStringLiteral("91330100799655058C"), QStringLiteral("SC-01"),
                     QDate(2026, 11, 3), PenaltyOutcome::Standard, 2000000, QStringLiteral("事实"), false, {}, {}, false});
    QVERIFY(!dialog.save());
    QVERIFY(dialog.error().contains(QStringLiteral("91330100799655058C")));
    QCOMPARE(dialog.input().caseNo, QStringLiteral("测试罚〔2026〕2号")); // nothing typed is lost
    QVERIFY(dialog.hasUnsavedInput());
    QCOMPARE(Sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM penalty_case")).toInt(), before);
    auto fixed = dialog.input();
    fixed.uscc = uscc;
    dialog.setInput(fixed);
    QVERIFY2(dialog.save(), qPrintable(dialog.error()));
    QCOMPARE(dialog.recorded().caseNo, QStringLiteral("测试罚〔2026〕2号"));
    QCOMPARE(dialog.recorded().fineFen, 2000000);
    QVERIFY(!dialog.recorded().outsideBenchmark());
    QCOMPARE(Sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM penalty_case")).toInt(), before + 1);
}

int runDiscretionPageTest(int argc, char **argv)
{
    DiscretionPageTest test;
    return QTest::qExec(&test, argc, argv);
}


void DiscretionPageTest::importedCasesShowAtOnce()
{
    // An import tells every page; the case list reads its records again without being
    // touched (it used to keep its old count until a filter changed).
    DiscretionPage area;
    area.setDatabase(m_db.get());
    auto *cases = area.findChild<PenaltyCasePage *>();
    QVERIFY(cases);
    cases->setPeriod(QDate(2025, 1, 1), QDate(2026, 11, 29));
    const int before = cases->table()->rowCount();
    const QString uscc = Sql::scalar(m_db->connection(), QStringLiteral("SELECT uscc FROM enterprise LIMIT 1")).toString();
    PenaltyCaseStore::record(m_db->connection(), {QStringLiteral("测试罚〔2026〕9号"), uscc, QStringLiteral("SC-01"), QDate(2026, 11, 3),
                                                  PenaltyOutcome::Lighter, 600000, QStringLiteral("从轻"), false, {}, {}, false});
    QCOMPARE(cases->table()->rowCount(), before);
    static_cast<Page &>(area).recordsImported(m_db.get());
    QCOMPARE(cases->table()->rowCount(), before + 1);
}

#include "DiscretionPageTest.moc"
