#include "common/BarChart.h"
#include "common/FormDialog.h"
#include "common/SimpleTable.h"
#include "common/TabNavigation.h"
#include "common/WindowPlacement.h"
#include "db/Database.h"
#include "demo/DemoCountyGenerator.h"
#include "main/DatabaseController.h"
#include "enterprise/EnterprisePage.h"
#include "main/MainWindow.h"
#include "registry/EnterpriseQuery.h"
#include "supervision/CluesTab.h"
#include "util/TranslationLoader.h"
#include "UiTestSupport.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QValueAxis>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QTableView>
#include <QTableWidget>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QtTest>

// The window fits the screens of office PCs: 1366×768 and 1024×768 less the task bar
// and the title bar.
class ScreenSizeTest final : public QObject
{
    Q_OBJECT

private slots:
    void firstStartFitsTheScreen();
    void everyPageFitsA1024By768Screen();
    void chartsLabelEveryBar();
    void tabLeavesTables();
    void formsAskBeforeLosingInput();
    void stretchColumnIsNeverSqueezed();
};

void ScreenSizeTest::firstStartFitsTheScreen()
{
    // A large screen: the preferred size, centred.
    const QRect large(0, 0, 1920, 1040);
    const QRect onLarge = WindowPlacement::initialGeometry(large);
    QCOMPARE(onLarge.size(), QSize(1280, 800));
    QCOMPARE(onLarge.center(), large.center());
    QVERIFY(!WindowPlacement::needsMaximising(large));
    // 1366×768 with a 40-pixel task bar leaves 1366×728: 800 would run off the bottom.
    for (const QRect &small : {QRect(0, 0, 1366, 728), QRect(0, 0, 1024, 728), QRect(0, 40, 1024, 728)}) {
        const QRect placed = WindowPlacement::initialGeometry(small);
        QVERIFY2(small.contains(placed), qPrintable(QStringLiteral("%1x%2").arg(placed.width()).arg(placed.height())));
        QVERIFY(WindowPlacement::needsMaximising(small));
    }
}

void ScreenSizeTest::everyPageFitsA1024By768Screen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fit.db"));
    {
        const Database db = Database::open(path);
        DemoOptions options;
        options.seed = 4;
        options.enterprises = 400;
        options.asOf = QDate::currentDate();
        DemoCountyGenerator::generate(db, options);
    }
    // In the users' language, whose labels set the widths.
    TranslationLoader::install(*QCoreApplication::instance(), QStringLiteral("zh_CN"));
    QSettings().clear();
    DatabaseController controller;
    MainWindow window(&controller);
    QVERIFY(controller.openFile(path, &window));
    // What a maximised window gets on 1024×768: less a 40-pixel task bar, a 30-pixel title bar.
    const QSize screen(1024, 768 - 40 - 30);
    QStringList tooLarge;
    auto *stack = window.findChild<QStackedWidget *>();
    QVERIFY(stack);
    for (const QString &id : MainWindow::pageIds()) {
        QVERIFY(window.showPage(id));
        const QSize needed = window.minimumSizeHint().expandedTo(window.minimumSize());
        if (needed.width() > screen.width() || needed.height() > screen.height())
            tooLarge.append(QStringLiteral("%1 %2x%3").arg(id).arg(needed.width()).arg(needed.height()));
    }
    QVERIFY2(tooLarge.isEmpty(), qPrintable(tooLarge.join(QStringLiteral("; "))));

    // At that size the columns a supervisor works by are on screen without scrolling.
    window.setWindowState(Qt::WindowNoState);
    window.resize(screen);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto fullyVisible = [](QAbstractItemView *view, QHeaderView *header, int column) {
        return header->sectionViewportPosition(column) >= 0
            && header->sectionViewportPosition(column) + header->sectionSize(column) <= view->viewport()->width();
    };
    QVERIFY(window.showPage(QStringLiteral("supervision")));
    QApplication::processEvents();
    CluesTab *clues = window.findChild<CluesTab *>();
    QVERIFY(clues && clues->table()->rowCount() > 0);
    for (int column : {2, 3, 4}) // state, deadline, working days left
        QVERIFY2(fullyVisible(clues->table(), clues->table()->horizontalHeader(), column),
                 qPrintable(clues->table()->horizontalHeaderItem(column)->text()));
    QVERIFY(window.showPage(QStringLiteral("enterprises")));
    QApplication::processEvents();
    QTableView *register_ = window.findChild<EnterprisePage *>()->table();
    for (int column : {EnterpriseQuery::Uscc, EnterpriseQuery::Name, EnterpriseQuery::Township})
        QVERIFY2(fullyVisible(register_, register_->horizontalHeader(), column), qPrintable(QString::number(column)));
    window.close();
    TranslationLoader::install(*QCoreApplication::instance(), qEnvironmentVariable("FAIRCHECK_TEST_LANG", QStringLiteral("en")));
}

void ScreenSizeTest::chartsLabelEveryBar()
{
    // Eight departments do not fit side by side: they stand upright. Five tiers do.
    QCOMPARE(BarChart::labelAngle(8, 4), -90);
    QCOMPARE(BarChart::labelAngle(5, 3), 0);
    // Whole-number ticks: an empty chart counts 0, 1, not "0 0 1 1"; 1,769 in steps of 500.
    QCOMPARE(BarChart::tickStep(1.2, 5), 1.0);
    QCOMPARE(BarChart::tickStep(1538 * 1.15, 5), 500.0);
    QCOMPARE(BarChart::tickStep(73, 3), 50.0);
    QValueAxis axis;
    BarChart::countAxis(&axis, 1.2);
    QCOMPARE(axis.min(), 0.0);
    QCOMPARE(axis.max(), 2.0);
    QCOMPARE(axis.tickInterval(), 1.0);
    const QList<BarChart::Bar> bars = {{QStringLiteral("A"), 1538, {}}, {QStringLiteral("D"), 3, {}}};
    std::unique_ptr<QChart> chart(BarChart::make(QStringLiteral("tiers"), bars));
    auto *series = qobject_cast<QAbstractBarSeries *>(chart->series().value(0));
    QVERIFY(series);
    QVERIFY(series->isLabelsVisible()); // a bar of 3 beside 1,538 is read by its number
    QCOMPARE(series->barSets().first()->at(1), 3.0);
    // Horizontal bars read top-down in the given order.
    std::unique_ptr<QChart> narrow(BarChart::make(QStringLiteral("states"), bars, Qt::Horizontal));
    auto *categories = qobject_cast<QBarCategoryAxis *>(narrow->axes(Qt::Vertical).value(0));
    QVERIFY(categories);
    QCOMPARE(categories->categories(), QStringList({QStringLiteral("D"), QStringLiteral("A")})); // bottom-up
}

void ScreenSizeTest::tabLeavesTables()
{
    TabNavigation::install();
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *table = new QTableWidget(3, 3, &window);
    auto *next = new QLineEdit(&window);
    layout->addWidget(table);
    layout->addWidget(next);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    table->setFocus();
    table->setCurrentCell(0, 0);
    QCOMPARE(QApplication::focusWidget(), table);
    QTest::keyClick(table, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), next); // not the next cell
    QCOMPARE(table->currentColumn(), 0);
}

void ScreenSizeTest::formsAskBeforeLosingInput()
{
    FormDialog form(QStringLiteral("form"));
    form.addText(QStringLiteral("name"), QStringLiteral("Name"), QStringLiteral("given"));
    form.addLongText(QStringLiteral("note"), QStringLiteral("Note"));
    form.addPassword(QStringLiteral("secret"), QStringLiteral("Password"));
    QVERIFY(!form.hasUnsavedInput()); // what it opened with is not new input
    qobject_cast<QLineEdit *>(form.field(QStringLiteral("secret")))->setText(QStringLiteral("x"));
    QVERIFY(!form.hasUnsavedInput()); // a password is not kept anyway
    qobject_cast<QPlainTextEdit *>(form.field(QStringLiteral("note")))->setPlainText(QStringLiteral("typed"));
    QVERIFY(form.hasUnsavedInput());
    // Escape asks; answering No keeps the dialog and what was typed.
    form.show();
    UiTestSupport::answerNextQuestion(this, QMessageBox::No);
    form.reject();
    QVERIFY(form.isVisible());
    QCOMPARE(form.text(QStringLiteral("note")), QStringLiteral("typed"));
    UiTestSupport::answerNextQuestion(this, QMessageBox::Yes);
    form.reject();
    QVERIFY(!form.isVisible());
}

void ScreenSizeTest::stretchColumnIsNeverSqueezed()
{
    QTableWidget *table = SimpleTable::create({QStringLiteral("Date"), QStringLiteral("Enterprise"), QStringLiteral("Officers")}, 1, nullptr);
    std::unique_ptr<QTableWidget> owner(table);
    const QString name = QStringLiteral("清溪县东湖万家农业专业合作社");
    SimpleTable::setRows(table, {{QStringLiteral("2026-10-05"), name, QStringLiteral("卢涛、郭丽、林娟、杜伟、彭敏、许伟")}});
    const int needed = table->fontMetrics().horizontalAdvance(name);
    // Narrower than the columns: the enterprise keeps its whole name (the table scrolls).
    table->resize(300, 200);
    table->show();
    QVERIFY(QTest::qWaitForWindowExposed(table));
    QVERIFY2(table->columnWidth(1) >= needed, qPrintable(QString::number(table->columnWidth(1))));
    // Wider: it takes the room left, and the columns end at the window's edge.
    table->resize(1200, 200);
    QCoreApplication::processEvents();
    const int total = table->columnWidth(0) + table->columnWidth(1) + table->columnWidth(2);
    QCOMPARE(total, table->viewport()->width());
    QVERIFY(table->columnWidth(1) > needed);
}

int runScreenSizeTest(int argc, char **argv)
{
    ScreenSizeTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "ScreenSizeTest.moc"
