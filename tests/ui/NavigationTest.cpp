#include "common/SimpleTable.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "demo/DemoCountyGenerator.h"
#include "discretion/DiscretionPage.h"
#include "discretion/PenaltyCasePage.h"
#include "enterprise/EnterpriseDetailPane.h"
#include "enterprise/EnterprisePage.h"
#include "enterprise/EnterpriseTableModel.h"
#include "help/HelpWindow.h"
#include "main/DatabaseController.h"
#include "main/MainWindow.h"
#include "main/PageRegistry.h"
#include "report/IndicatorModel.h"
#include "services/ServicesPage.h"
#include "services/TrainingsTab.h"
#include "common/Page.h"
#include "planning/InspectionsPage.h"
#include "planning/VisitPane.h"
#include "supervision/CluesTab.h"
#include "supervision/SupervisionPage.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

// Getting from what the dashboard names to the record, and from any page to its help.
class NavigationTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void toDoLinesOpenTheirRecords();
    void f1OpensTheManualAtThePage();
    void everyIndicatorOpensOnePage();

private:
    QTemporaryDir m_dir;
    QString m_demoPath;
};

void NavigationTest::initTestCase()
{
    QSettings().clear();
    m_demoPath = m_dir.filePath(QStringLiteral("county.db"));
    const Database db = Database::open(m_demoPath);
    DemoOptions options;
    options.seed = 9;
    options.enterprises = 1000;
    options.asOf = QDate(2026, 11, 29);
    DemoCountyGenerator::generate(db, options);
}

void NavigationTest::f1OpensTheManualAtThePage()
{
    // Every page has its page in the manual, and every picture a page shows is there.
    for (const QString &id : MainWindow::pageIds()) {
        const QUrl url = HelpWindow::pageUrl(id);
        QVERIFY2(url.path().endsWith(id + QStringLiteral(".html")), qPrintable(id));
        QFile page(QLatin1Char(':') + url.path());
        QVERIFY(page.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(page.readAll());
        static const QRegularExpression image(QStringLiteral("<img src=\"([^\"]+)\""));
        auto it = image.globalMatch(html);
        QVERIFY2(it.hasNext(), qPrintable(id)); // a screenshot of the page
        while (it.hasNext()) {
            const QString src = it.next().captured(1);
            QVERIFY2(QFile::exists(QFileInfo(QLatin1Char(':') + url.path()).dir().filePath(src)), qPrintable(src));
        }
    }
    DatabaseController controller;
    MainWindow window(&controller);
    QVERIFY(controller.openFile(m_demoPath, &window));
    QVERIFY(window.showPage(QStringLiteral("supervision")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_F1);
    QVERIFY(window.helpWindow());
    QVERIFY(window.helpWindow()->isVisible());
    QVERIFY(window.helpWindow()->source().path().endsWith(QStringLiteral("supervision.html")));
    QVERIFY(window.helpWindow()->browser()->toPlainText().size() > 100);
    window.helpWindow()->close();
}

void NavigationTest::toDoLinesOpenTheirRecords()
{
    DatabaseController controller;
    MainWindow window(&controller);
    QVERIFY(controller.openFile(m_demoPath, &window));
    const QSqlDatabase db = controller.database()->connection();
    // A clue: Supervision, the clue selected among all clues.
    const qint64 clue = Sql::scalar(db, QStringLiteral("SELECT max(id) FROM clue")).toLongLong();
    window.openRecord(QStringLiteral("overdue_clue"), clue, QString(), QDate());
    QCOMPARE(window.currentPageId(), QStringLiteral("supervision"));
    QCOMPARE(SimpleTable::selectedId(window.findChild<SupervisionPage *>()->clues()->table()), clue);
    // A visit: its plan, the visit selected and its sheet beside.
    const qint64 visit = Sql::scalar(db, QStringLiteral("SELECT min(id) FROM visit WHERE status = 'planned'")).toLongLong();
    window.openRecord(QStringLiteral("visit_without_results"), visit, QString(), QDate());
    QCOMPARE(window.currentPageId(), QStringLiteral("inspections"));
    QCOMPARE(window.findChild<InspectionsPage *>()->visitPane()->visitId(), visit);
    // A case decided long ago: the period widens to show it.
    QSqlQuery oldest = Sql::exec(db, QStringLiteral("SELECT id, decided_on FROM penalty_case ORDER BY decided_on LIMIT 1"));
    QVERIFY(oldest.next());
    window.openRecord(QStringLiteral("case_outside_band"), oldest.value(0).toLongLong(), QString(),
                      QDate::fromString(oldest.value(1).toString(), Qt::ISODate));
    QCOMPARE(window.currentPageId(), QStringLiteral("cases"));
    QVERIFY(window.findChild<DiscretionPage *>()->casePage()->selectedCase());
    QCOMPARE(window.findChild<DiscretionPage *>()->casePage()->selectedCase()->id, oldest.value(0).toLongLong());
    // An enterprise: found and selected, its record beside.
    const QString uscc = Sql::scalar(db, QStringLiteral("SELECT uscc FROM enterprise ORDER BY id DESC LIMIT 1")).toString();
    QSignalSpy counted(window.findChild<EnterprisePage *>()->model(), &EnterpriseTableModel::countChanged);
    window.openRecord(QStringLiteral("sandbox_exit"), 1, uscc, QDate());
    QVERIFY(counted.count() > 0 || counted.wait(2000));
    QApplication::processEvents();
    QCOMPARE(window.currentPageId(), QStringLiteral("enterprises"));
    QVERIFY(window.findChild<EnterprisePage *>()->detailPane()->text().contains(uscc));
    // The overdue tile: the overdue listing.
    window.openIndicator(QStringLiteral("clues_overdue"), QDate(2026, 11, 1), QDate(2026, 11, 30));
    QCOMPARE(window.findChild<SupervisionPage *>()->clues()->listing()->currentData().toInt(), int(ClueStore::Listing::Overdue));
}

void NavigationTest::everyIndicatorOpensOnePage()
{
    // Each tile of the dashboard opens the list of one page; a new indicator that no page
    // claims, or two pages claiming one, fails here.
    DatabaseController controller;
    MainWindow window(&controller);
    QVERIFY(controller.openFile(m_demoPath, &window));
    for (const IndicatorModel::Definition &definition : IndicatorModel::definitions()) {
        int claimed = 0;
        for (const PageRegistry::Entry &entry : PageRegistry::all()) {
            const Page *page = dynamic_cast<const Page *>(window.findChild<QWidget *>(entry.id + QStringLiteral("Page")));
            QVERIFY2(page, qPrintable(entry.id));
            claimed += page->indicatorIds().contains(definition.id) ? 1 : 0;
        }
        QVERIFY2(claimed == 1, qPrintable(definition.id));
    }
    window.showPage(QStringLiteral("dashboard"));
    window.openIndicator(QStringLiteral("sandbox_members"), QDate(2026, 11, 1), QDate(2026, 11, 30));
    QCOMPARE(window.currentPageId(), QStringLiteral("credit"));
    window.openIndicator(QStringLiteral("trainings"), QDate(2026, 11, 1), QDate(2026, 11, 30));
    QCOMPARE(window.currentPageId(), QStringLiteral("services"));
    QCOMPARE(window.findChild<ServicesPage *>()->currentWidget(), static_cast<QWidget *>(window.findChild<ServicesPage *>()->trainings()));
}

int runNavigationTest(int argc, char **argv)
{
    NavigationTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "NavigationTest.moc"
