#include "db/Database.h"
#include "db/Sql.h"
#include "demo/DemoCountyGenerator.h"
#include "supervision/ClueStore.h"
#include "supervision/CluesTab.h"
#include "supervision/FindingsTab.h"
#include "supervision/HotlineCategory.h"
#include "supervision/OfficersTab.h"
#include "supervision/ReviewTab.h"
#include "supervision/SupervisionFindings.h"
#include "supervision/SupervisionPage.h"

#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfWriter>
#include <QPolarChart>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QPushButton>
#include <QMessageBox>
#include <QTimer>
#include <QApplication>
#include <QAbstractButton>
#include <QtTest>

// The supervision area offscreen: clue lists, a review with the case file beside the
// checklist, an officer's profile.
class SupervisionPageTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void overdueListShowsOnlyOverdue();
    void reviewBesideTheCaseFile();
    void officerProfileHasItsRadar();
    void findingsBecomeClues();

private:
    QString shot(QWidget *widget, const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void SupervisionPageTest::initTestCase()
{
    m_db = std::make_unique<Database>(Database::open(m_dir.filePath(QStringLiteral("supervision.db"))));
    DemoOptions options;
    options.seed = 15;
    options.enterprises = 300;
    options.asOf = QDate::currentDate();
    DemoCountyGenerator::generate(*m_db, options);
}

QString SupervisionPageTest::shot(QWidget *widget, const QString &name)
{
    // Screenshots for people to look at, when asked for (FAIRCHECK_TEST_SHOTS=folder).
    const QString folder = qEnvironmentVariable("FAIRCHECK_TEST_SHOTS");
    if (folder.isEmpty())
        return {};
    const QString path = QDir(folder).filePath(name);
    widget->grab().save(path);
    return path;
}

void SupervisionPageTest::overdueListShowsOnlyOverdue()
{
    SupervisionPage page;
    page.resize(1280, 760);
    page.setDatabase(m_db.get());
    CluesTab *clues = page.clues();
    clues->listing()->setCurrentIndex(clues->listing()->findData(int(ClueStore::Listing::Overdue)));
    for (int r = 0; r < clues->table()->rowCount(); ++r)
        QVERIFY(clues->table()->item(r, 4)->text().toInt() < 0);
    clues->listing()->setCurrentIndex(clues->listing()->findData(int(ClueStore::Listing::All)));
    QVERIFY(clues->table()->rowCount() > 0);
    // Nothing picked: no steps to act on; a clue picked: what was reported, whole.
    auto *detail = clues->findChild<QTextBrowser *>(QStringLiteral("clueDetail"));
    QVERIFY(detail && detail->toPlainText().isEmpty() && !detail->placeholderText().isEmpty());
    const auto buttons = clues->findChildren<QPushButton *>();
    QVERIFY(!buttons.isEmpty());
    for (QPushButton *button : buttons)
        QVERIFY(!button->isEnabled());
    clues->table()->selectRow(0);
    const qint64 id = clues->table()->item(0, 0)->text().toLongLong();
    const QString content = Sql::scalar(m_db->connection(), QStringLiteral("SELECT o.content FROM clue c JOIN hotline_order o ON o.id = c.hotline_order_id WHERE c.id = ?"),
                                        {id}).toString();
    QVERIFY(!content.isEmpty());
    QVERIFY(detail->toPlainText().contains(content));
    // The order's category by its name, not its stored code.
    const QString category = Sql::scalar(m_db->connection(), QStringLiteral("SELECT o.category FROM clue c JOIN hotline_order o "
                                                                            "ON o.id = c.hotline_order_id WHERE c.id = ?"), {id}).toString();
    QVERIFY(detail->toPlainText().contains(HotlineCategory::name(category)));
    for (QPushButton *button : buttons)
        QVERIFY(button->isEnabled());
    page.show();
    shot(&page, QStringLiteral("supervision-clues.png"));
}

void SupervisionPageTest::reviewBesideTheCaseFile()
{
    // A case file of two pages, as a scanner would give it.
    const QString pdf = m_dir.filePath(QStringLiteral("案卷.pdf"));
    {
        QPdfWriter writer(pdf);
        QPainter painter(&writer);
        painter.setFont(QFont(QStringLiteral("WenQuanYi Micro Hei"), 18));
        painter.drawText(QRect(0, 0, writer.width(), 800), Qt::AlignCenter, QStringLiteral("行政处罚案卷 第一册"));
        writer.newPage();
        painter.drawText(QRect(0, 0, writer.width(), 800), Qt::AlignCenter, QStringLiteral("询问笔录"));
    }
    SupervisionPage page;
    page.resize(1280, 760);
    page.setDatabase(m_db.get());
    page.setCurrentWidget(page.review());
    ReviewTab *review = page.review();
    QVERIFY(!review->save().isEmpty()); // no case chosen yet
    review->cases()->selectRow(0);
    QVERIFY(review->openCaseFile(pdf));
    QCOMPARE(review->document()->pageCount(), 2);
    review->setDeduction(QStringLiteral("evidence_chain"), 11, QStringLiteral("2"));
    QCOMPARE(review->currentScore().total, 89.0);
    QCOMPARE(review->currentScore().grade, QStringLiteral("pass"));
    review->setVeto(QStringLiteral("two_officers"), true);
    QCOMPARE(review->currentScore().grade, QStringLiteral("fail"));
    review->setVeto(QStringLiteral("two_officers"), false);
    // Choosing another case with the sheet unsaved asks; "No" keeps the case and its sheet.
    QVERIFY(review->hasUnsavedReview());
    QTimer::singleShot(50, this, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::No)->click();
    });
    review->cases()->selectRow(1);
    QCOMPARE(review->cases()->currentRow(), 0);
    QCOMPARE(review->currentScore().total, 89.0);
    review->setReviewer(QStringLiteral("李评查"));
    review->setOfficers(QStringLiteral("NO-SUCH-CERT"));
    QVERIFY(review->save().contains(QStringLiteral("NO-SUCH-CERT")));
    const QString certificate = Sql::scalar(m_db->connection(), QStringLiteral("SELECT certificate_no FROM officer WHERE active = 1 AND certificate_no IS NOT NULL LIMIT 1")).toString();
    review->setOfficers(certificate);
    const int before = Sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM attachment")).toInt();
    const int linked = Sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM review_officer")).toInt();
    QCOMPARE(review->save(), QString());
    QCOMPARE(Sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM review_officer")).toInt(), linked + 1);
    QCOMPARE(Sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM attachment")).toInt(), before + 1);
    QVERIFY(!review->hasUnsavedReview());
    // Saved: the next case starts with a clean sheet and no case file.
    review->cases()->selectRow(1);
    QCOMPARE(review->currentScore().total, 100.0);
    QCOMPARE(review->document()->pageCount(), 0);
    page.show();
    QTest::qWait(100);
    shot(&page, QStringLiteral("supervision-review.png"));
}

void SupervisionPageTest::officerProfileHasItsRadar()
{
    SupervisionPage page;
    page.resize(1280, 760);
    page.setDatabase(m_db.get());
    page.setCurrentWidget(page.officers());
    OfficersTab *officers = page.officers();
    QVERIFY(officers->table()->rowCount() > 0);
    officers->table()->selectRow(0);
    QVERIFY(officers->profileTitle()->text().contains(officers->table()->item(0, 1)->text()));
    auto *radar = officers->findChildren<QChartView *>().constFirst();
    QVERIFY(qobject_cast<QPolarChart *>(radar->chart()));
    QCOMPARE(radar->chart()->series().size(), 1);
    page.show();
    shot(&page, QStringLiteral("supervision-officer.png"));
}

void SupervisionPageTest::findingsBecomeClues()
{
    SupervisionPage page;
    page.setDatabase(m_db.get());
    FindingsTab *findings = page.findings();
    // The month with findings in the demo county: the tab lists what the core finds.
    int month = -1;
    for (int i = 0; i < findings->monthBox()->count() && month < 0; ++i) {
        findings->monthBox()->setCurrentIndex(i);
        if (findings->table()->rowCount() > 0)
            month = i;
    }
    QVERIFY2(month >= 0, "no month of the demo county has a finding");
    const QDate from = findings->monthBox()->currentData().toDate();
    const auto expected = SupervisionFindings::list(m_db->connection(), from, qMin(from.addMonths(1).addDays(-1), QDate::currentDate()));
    QCOMPARE(findings->table()->rowCount(), int(expected.size()));
    page.resize(1100, 520);
    page.setCurrentWidget(findings);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    shot(&page, QStringLiteral("findings.png"));
    // One click makes the selected finding a clue; the table says so and the button rests.
    findings->table()->selectRow(0);
    const int clues = Sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM clue")).toInt();
    const qint64 clue = findings->makeClue(false);
    QVERIFY(clue > 0);
    QCOMPARE(Sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM clue")).toInt(), clues + 1);
    QCOMPARE(findings->table()->item(0, 5)->text(), QString::number(clue));
    findings->table()->selectRow(0);
    QCOMPARE(findings->makeClue(false), clue); // the same finding, the same clue
    QCOMPARE(Sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM clue")).toInt(), clues + 1);
}

int runSupervisionPageTest(int argc, char **argv)
{
    SupervisionPageTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "SupervisionPageTest.moc"
