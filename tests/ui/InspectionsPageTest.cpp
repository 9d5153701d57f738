#include "db/Database.h"
#include "db/Sql.h"
#include "demo/DemoCountyGenerator.h"
#include "planning/InspectionCode.h"
#include "planning/InspectionsPage.h"
#include "planning/PlanDialog.h"
#include "planning/ResultDialog.h"
#include "planning/VisitPane.h"
#include "UiTestSupport.h"

#include <QComboBox>
#include <QMessageBox>
#include <QPushButton>
#include <QDir>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QSqlQuery>
#include <QPdfWriter>
#include <QtTest>

// The inspections area offscreen: a plan drawn from the dialog (preview first), its
// visits by day, a visit's sheet with its code, results that need every item.
class InspectionsPageTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void planIsDrawnPreviewedAndShown();
    void resultsNeedEveryItem();
    void noticePrintsAndCodeCarriesACaption();
    void planDialogAsksBeforeLosingInput();

private:
    void shot(QWidget *widget, const QString &name);
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void InspectionsPageTest::initTestCase()
{
    m_db = std::make_unique<Database>(Database::open(m_dir.filePath(QStringLiteral("inspections.db"))));
    DemoOptions options;
    options.seed = 16;
    options.enterprises = 400;
    options.asOf = QDate(2026, 6, 30);
    DemoCountyGenerator::generate(*m_db, options);
}

void InspectionsPageTest::shot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("FAIRCHECK_TEST_SHOTS");
    if (!folder.isEmpty())
        widget->grab().save(QDir(folder).filePath(name));
}

void InspectionsPageTest::planIsDrawnPreviewedAndShown()
{
    PlanDialog dialog(m_db.get());
    dialog.setPeriod(QDate(2026, 7, 1), QDate(2026, 9, 30));
    dialog.setSeed(QStringLiteral("ui-2026Q3"));
    dialog.preview(false);
    QVERIFY2(dialog.summary().contains(u"ui-2026Q3"), qPrintable(dialog.summary()));
    const int plansBefore = Sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM inspection_plan")).toInt();
    dialog.resize(560, 560);
    shot(&dialog, QStringLiteral("plan-dialog.png"));
    QVERIFY(dialog.create(false));
    QVERIFY(dialog.createdPlan() > 0);
    // A second plan over the same quarter is refused inside the dialog and writes nothing.
    PlanDialog again(m_db.get());
    again.setPeriod(QDate(2026, 8, 1), QDate(2026, 8, 31));
    QVERIFY(!again.create(false));
    QVERIFY(!again.summary().isEmpty());
    QCOMPARE(Sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM inspection_plan")).toInt(), plansBefore + 1);

    InspectionsPage page;
    page.resize(1280, 760);
    page.setDatabase(m_db.get());
    page.showPlan(dialog.createdPlan());
    QVERIFY(page.currentPlan() == dialog.createdPlan() || page.visits()->rowCount() > 0);
    const int all = page.visits()->rowCount();
    QVERIFY(all > 0);
    QVERIFY(page.figures().contains(u"ui-2026Q3"));
    // One day's visits only.
    page.dayFilter()->setCurrentIndex(1);
    QVERIFY(page.visits()->rowCount() > 0);
    QVERIFY(page.visits()->rowCount() < all);
    for (int r = 0; r < page.visits()->rowCount(); ++r)
        QCOMPARE(page.visits()->item(r, 0)->text(), page.dayFilter()->currentText());
    page.visits()->selectRow(0);
    QVERIFY(page.visitPane()->visitId() > 0);
    QVERIFY(page.visitPane()->hasCode());
    shot(&page, QStringLiteral("inspections.png"));
}

void InspectionsPageTest::planDialogAsksBeforeLosingInput()
{
    PlanDialog untouched(m_db.get());
    QVERIFY(!untouched.hasUnsavedInput());
    untouched.show();
    untouched.reject(); // nothing typed: closes without a question
    QVERIFY(!untouched.isVisible());

    PlanDialog dialog(m_db.get());
    dialog.setSeed(QStringLiteral("typed-seed"));
    QVERIFY(dialog.hasUnsavedInput());
    dialog.show();
    UiTestSupport::answerNextQuestion(this, QMessageBox::No);
    dialog.reject();
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.request().seed, QStringLiteral("typed-seed"));
    UiTestSupport::answerNextQuestion(this, QMessageBox::Yes);
    dialog.reject();
    QVERIFY(!dialog.isVisible());
}

void InspectionsPageTest::resultsNeedEveryItem()
{
    // A planned visit of a plan whose period has begun, with two items or more.
    QSqlQuery found = Sql::exec(m_db->connection(), QStringLiteral(
        "SELECT v.id, p.period_start FROM visit v JOIN inspection_plan p ON p.id = v.plan_id WHERE v.status = 'planned' "
        "AND p.period_start <= date('now') AND "
        "(SELECT count(*) FROM inspection_task t JOIN task_item ti ON ti.task_id = t.id WHERE t.visit_id = v.id) >= 2 LIMIT 1"));
    QVERIFY(found.next());
    const qint64 visit = found.value(0).toLongLong();
    const QDate periodStart = QDate::fromString(found.value(1).toString(), Qt::ISODate);
    ResultDialog dialog(m_db.get(), visit);
    QVERIFY(dialog.table()->rowCount() >= 2);
    QVERIFY(!dialog.hasUnsavedInput());
    dialog.table()->item(0, 5)->setText(QStringLiteral("现场记录"));
    QVERIFY(dialog.hasUnsavedInput()); // a note typed: closing would ask
    dialog.table()->item(0, 5)->setText(QString());
    QVERIFY(!dialog.hasUnsavedInput());
    // Nothing is presumed: with no result chosen, nothing is saved.
    QVERIFY(!dialog.save());
    QVERIFY(dialog.message().contains(dialog.table()->item(0, 1)->text()));
    for (int r = 0; r < dialog.table()->rowCount(); ++r)
        dialog.setResult(r, 0);
    QVERIFY(dialog.hasUnsavedInput()); // results chosen
    // A date before the plan's period, or in the future, is refused.
    dialog.setVisitedOn(periodStart.addDays(-1));
    QVERIFY(!dialog.save());
    dialog.setVisitedOn(QDate::currentDate().addDays(1));
    QVERIFY(!dialog.save());
    QCOMPARE(Sql::scalar(m_db->connection(), QStringLiteral("SELECT status FROM visit WHERE id = ?"), {visit}).toString(), QStringLiteral("planned"));
    // Rectify needs a deadline after the visit: the visit's day + 15 by default. Mark one
    // item to rectify and save.
    dialog.setVisitedOn(QDate::currentDate());
    dialog.setResult(0, 1);
    shot(&dialog, QStringLiteral("results.png"));
    QVERIFY2(dialog.save(), qPrintable(dialog.message()));
    QCOMPARE(Sql::scalar(m_db->connection(), QStringLiteral("SELECT status FROM visit WHERE id = ?"), {visit}).toString(), QStringLiteral("done"));
    // Saving again is refused and changes nothing.
    const int findings = Sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM finding")).toInt();
    QVERIFY(!dialog.save());
    QVERIFY(!dialog.message().isEmpty());
    QCOMPARE(Sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM finding")).toInt(), findings);
    // A supervisor corrects it, with a reason; the correction is audited.
    ResultDialog correction(m_db.get(), visit, ResultDialog::Mode::Correct);
    correction.setResult(0, 0);
    QVERIFY(!correction.save()); // no reason
    correction.setReason(QStringLiteral("整改项录入错误"));
    QVERIFY2(correction.save(), qPrintable(correction.message()));
    QCOMPARE(Sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM finding f JOIN inspection_task t ON t.id = f.task_id "
                                                           "WHERE t.visit_id = ? AND f.result = 'rectify'"), {visit}).toInt(), 0);
    QVERIFY(Sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'visit' AND row_id = ? "
                                                          "AND new_values LIKE '%整改项录入错误%'"), {visit}).toInt() == 1);
}

void InspectionsPageTest::noticePrintsAndCodeCarriesACaption()
{
    const qint64 visit = Sql::scalar(m_db->connection(), QStringLiteral("SELECT min(id) FROM visit WHERE status = 'planned'")).toLongLong();
    QVERIFY(visit > 0);
    VisitPane pane;
    pane.setDatabase(m_db.get());
    pane.showVisit(visit);
    // What the print preview lays out, on a PDF device standing in for the printer.
    const QString pdf = m_dir.filePath(QStringLiteral("printed-notice.pdf"));
    {
        QPdfWriter writer(pdf);
        QVERIFY(pane.printNoticeOn(&writer, false));
    }
    QFile printed(pdf);
    QVERIFY(printed.open(QIODevice::ReadOnly));
    QVERIFY(printed.read(5) == "%PDF-");
    QVERIFY(printed.size() > 5000); // text and the QR image

    // The saved code says which visit it is beneath the symbol.
    const QImage symbol = InspectionCode::image(InspectionCode::payload(m_db->connection(), visit), 8);
    const QImage withCaption = InspectionCode::captioned(symbol, {QStringLiteral("FC0001"), QStringLiteral("清溪县某公司"), QStringLiteral("2026年12月7日")});
    QVERIFY(withCaption.height() > symbol.height() + 30);
    int dark = 0;
    for (int y = symbol.height(); y < withCaption.height(); ++y) {
        for (int x = 0; x < withCaption.width(); ++x)
            dark += qGray(withCaption.pixel(x, y)) < 128 ? 1 : 0;
    }
    QVERIFY(dark > 100); // the caption's strokes
    const QString png = m_dir.filePath(QStringLiteral("code.png"));
    InspectionCode::save(m_db->connection(), visit, png);
    const QImage saved(png);
    QVERIFY(saved.height() > saved.width()); // symbol and caption
}

int runInspectionsPageTest(int argc, char **argv)
{
    InspectionsPageTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "InspectionsPageTest.moc"
