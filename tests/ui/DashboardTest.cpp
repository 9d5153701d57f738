#include "domain/ClueState.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/GettingStartedPanel.h"
#include "dashboard/IndicatorTile.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "demo/DemoCountyGenerator.h"
#include "io/Importer.h"
#include "report/IndicatorModel.h"
#include "report/ReportPage.h"
#include "supervision/ClueStore.h"

#include <QBarCategoryAxis>
#include <QChartView>
#include <QComboBox>
#include <QFileInfo>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

// The dashboard shows the indicator model's figures, computed off the UI thread.
class DashboardTest final : public QObject
{
    Q_OBJECT

private slots:
    void tilesShowTheModelsFigures();
    void reportPageWritesEveryFormat();
    void reportPageOffersNoMonthToCome();
    void newFileSaysWhatToDoFirst();
};

void DashboardTest::tilesShowTheModelsFigures()
{
    QTemporaryDir dir;
    Database db = Database::open(dir.filePath(QStringLiteral("dash.db")));
    DemoOptions options;
    options.seed = 8;
    options.enterprises = 500;
    options.asOf = QDate::currentDate();
    DemoCountyGenerator::generate(db, options);
    // Clues in three states, so that their order shows (alphabetical would put assigned first).
    Sql::exec(db.connection(), QStringLiteral("UPDATE clue SET state = 'received' WHERE id = (SELECT min(id) FROM clue)"));
    Sql::exec(db.connection(), QStringLiteral("UPDATE clue SET state = 'assigned' WHERE id = (SELECT max(id) FROM clue)"));
    // A visit due yesterday still without results.
    Sql::exec(db.connection(), QStringLiteral("UPDATE visit SET scheduled_date = date('now', '-1 day') "
                                              "WHERE id = (SELECT min(id) FROM visit WHERE status = 'planned')"));

    DashboardPage page;
    QSignalSpy refreshed(&page, &DashboardPage::refreshed);
    page.setDatabase(&db);
    QVERIFY(page.isComputing() || refreshed.count() > 0);
    QVERIFY(refreshed.count() > 0 || refreshed.wait(20000));

    const auto values = IndicatorModel::compute(db.connection(), IndicatorModel::Scope::month(QDate::currentDate()));
    for (const IndicatorModel::Value &v : values) {
        if (IndicatorTile *tile = page.tile(v.id))
            QCOMPARE(tile->valueText(), IndicatorModel::format(*IndicatorModel::definition(v.id), v));
    }
    QVERIFY(page.tile(QStringLiteral("visits"))->toolTip().size() > 10); // the definition
    QCOMPARE(page.data().trend.size(), 12);
    QVERIFY(page.attentionList()->count() >= 1); // the demo's red-line exit, overdue clues, yesterday's visit …

    // The clue chart names states as Supervision does, in the workflow's order.
    QStringList expected;
    for (const QString &state : ClueState::codes()) {
        for (const auto &[s, n] : page.data().cluesByState) {
            if (s == state)
                expected.append(ClueState::nameOf(state));
        }
    }
    QVERIFY2(expected.size() >= 3, qPrintable(expected.join(u',')));
    bool found = false;
    for (QChartView *view : page.findChildren<QChartView *>()) {
        if (!view->chart() || view->chart()->title() != DashboardPage::tr("Clues by state (%1 overdue)")
                                                             .arg(page.data().value(QStringLiteral("clues_overdue"))))
            continue;
        const auto axes = view->chart()->axes(Qt::Horizontal);
        QVERIFY(!axes.isEmpty());
        auto *categories = qobject_cast<QBarCategoryAxis *>(axes.first());
        QVERIFY(categories);
        QCOMPARE(categories->categories(), expected);
        found = true;
    }
    QVERIFY(found);

    // Every to-do line names its record: activating it asks for that record.
    QSignalSpy opened(&page, &DashboardPage::recordRequested);
    for (int i = 0; i < page.attentionList()->count(); ++i)
        emit page.attentionList()->itemActivated(page.attentionList()->item(i));
    QCOMPARE(opened.count(), page.data().attention.size());
    for (int i = 0; i < opened.size(); ++i) {
        QCOMPARE(opened.at(i).at(0).toString(), page.data().attention.at(i).kind);
        QVERIFY(opened.at(i).at(1).toLongLong() > 0);
    }
    // A tile opens the records its figure counts, for the month shown.
    QSignalSpy drilled(&page, &DashboardPage::indicatorRequested);
    QTest::mouseClick(page.tile(QStringLiteral("clues_overdue")), Qt::LeftButton);
    QCOMPARE(drilled.count(), 1);
    QCOMPARE(drilled.first().at(0).toString(), QStringLiteral("clues_overdue"));
    QCOMPARE(drilled.first().at(1).toDate(), page.data().scope.from);
}

void DashboardTest::reportPageWritesEveryFormat()
{
    QTemporaryDir dir;
    Database db = Database::open(dir.filePath(QStringLiteral("report-ui.db")));
    DemoOptions options;
    options.seed = 5;
    options.enterprises = 300;
    options.asOf = QDate::currentDate();
    DemoCountyGenerator::generate(db, options);
    ReportPage page;
    QSignalSpy previewed(&page, &ReportPage::previewed);
    page.setDatabase(&db);
    // The figures come from a worker thread; the page stays usable meanwhile.
    QVERIFY(page.isComputing() || previewed.count() > 0);
    QVERIFY(previewed.count() > 0 || previewed.wait(20000));
    const IndicatorModel::Scope lastMonth = IndicatorModel::Scope::month(QDate::currentDate().addMonths(-1));
    const auto values = IndicatorModel::compute(db.connection(), lastMonth);
    QVERIFY(page.previewText().contains(IndicatorModel::format(*IndicatorModel::definition(QStringLiteral("visits")), values.first())));
    // Every indicator is on the page, each with its definition as a tooltip.
    QCOMPARE(page.figuresTable()->rowCount(), IndicatorModel::definitions().size());
    QStringList definitions;
    for (const IndicatorModel::Definition &d : IndicatorModel::definitions())
        definitions.append(d.definition);
    for (int r = 0; r < page.figuresTable()->rowCount(); ++r)
        QVERIFY(definitions.contains(page.figuresTable()->item(r, 1)->toolTip()));
    for (const char *suffix : {"pdf", "xlsx", "docx"}) {
        const QString path = dir.filePath(QStringLiteral("report.") + QString::fromLatin1(suffix));
        QVERIFY(page.exportTo(path, false));
        QVERIFY(QFileInfo(path).size() > 1000);
    }
}

void DashboardTest::reportPageOffersNoMonthToCome()
{
    ReportPage page;
    const QDate current(QDate::currentDate().year(), QDate::currentDate().month(), 1);
    QComboBox *box = page.monthBox();
    QVERIFY(box->count() >= 12);
    // Newest first: the running month, marked as not over, then the past ones.
    QCOMPARE(box->itemData(0).toDate(), current);
    QVERIFY(box->itemText(0) != current.toString(QStringLiteral("yyyy-MM")));
    for (int i = 1; i < box->count(); ++i)
        QVERIFY(box->itemData(i).toDate() < box->itemData(i - 1).toDate());
    // The default is the last complete month.
    QCOMPARE(page.month(), current.addMonths(-1));
    QVERIFY(!page.setMonth(current.addMonths(1)));
    QCOMPARE(page.month(), current.addMonths(-1));
    QVERIFY(page.setMonth(current.addMonths(-3).addDays(10)));
    QCOMPARE(page.month(), current.addMonths(-3));
}

void DashboardTest::newFileSaysWhatToDoFirst()
{
    QTemporaryDir dir;
    Database db = Database::open(dir.filePath(QStringLiteral("new.db")));
    DashboardPage page;
    page.setDatabase(&db);
    GettingStartedPanel *start = page.gettingStarted();
    QVERIFY(start->isVisibleTo(&page));
    QVERIFY(!start->progress().essentialsDone());
    QVERIFY(start->button(QStringLiteral("departments")));
    QVERIFY(start->button(QStringLiteral("enterprises")));
    QSignalSpy asked(&page, &DashboardPage::importRequested);
    start->button(QStringLiteral("departments"))->click();
    QCOMPARE(asked.count(), 1);
    QCOMPARE(asked.first().first().toString(), QStringLiteral("departments"));
    // Once the departments are in, their step is ticked and the rest still asked for.
    Importer::Options apply;
    apply.dryRun = false;
    Importer::run(db.connection(), QStringLiteral("departments"), QStringLiteral(FAIRCHECK_TEST_DATA "/import/departments-wps.csv"), apply);
    page.setDatabase(&db);
    QVERIFY(start->isVisibleTo(&page));
    QVERIFY(start->progress().departments > 0);
    QCOMPARE(start->button(QStringLiteral("departments"))->text(), GettingStartedPanel::tr("Import more…"));
    QCOMPARE(start->button(QStringLiteral("enterprises"))->text(), GettingStartedPanel::tr("Import…"));
    // A file with everything in shows no checklist.
    Database demo = Database::open(dir.filePath(QStringLiteral("demo.db")));
    DemoOptions options;
    options.seed = 2;
    options.enterprises = 100;
    options.asOf = QDate::currentDate();
    DemoCountyGenerator::generate(demo, options);
    page.setDatabase(&demo);
    QVERIFY(!start->isVisibleTo(&page));
}

int runDashboardTest(int argc, char **argv)
{
    DashboardTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "DashboardTest.moc"
#include "domain/ClueState.h"
