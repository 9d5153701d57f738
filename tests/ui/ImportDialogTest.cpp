#include "db/Database.h"
#include "db/Sql.h"
#include "demo/DemoCountyGenerator.h"
#include "enterprise/EnterprisePage.h"
#include "enterprise/EnterpriseTableModel.h"
#include "io/ImportDialog.h"
#include "io/TableReader.h"
#include "io/ValueMappingPanel.h"
#include "UiTestSupport.h"

#include <QComboBox>
#include <QMessageBox>
#include <QPushButton>
#include <QHeaderView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QLineEdit>
#include <QUrl>
#include <QtTest>

// Offscreen tests of the import dialog and of exporting from the register.
class ImportDialogTest final : public QObject
{
    Q_OBJECT

private slots:
    void previewCheckAndImport();
    void badFileIsListedAndNotImported();
    void registerExportsWhatItShows();
    void pathsCanBeTypedOrPasted();
    void valuesWrittenAnotherWayAreMappedOnce();
    void columnsCanBeRemappedAndAreRemembered();

private:
    static QString fixture(const char *name)
    {
        return QStringLiteral(FAIRCHECK_TEST_DATA "/import/") + QString::fromLatin1(name);
    }
    QTemporaryDir m_dir;
};

void ImportDialogTest::previewCheckAndImport()
{
    Database db = Database::open(m_dir.filePath(QStringLiteral("import-ui.db")));
    ImportDialog dialog(&db, QStringLiteral("enterprises"));
    dialog.setFile(fixture("titled-roster.xlsx"));
    QCOMPARE(dialog.previewTable()->rowCount(), 6);
    QVERIFY(dialog.previewTable()->horizontalHeaderItem(0)->text().contains(QStringLiteral("统一社会信用代码")));
    QVERIFY(dialog.check(false));
    QCOMPARE(Sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM enterprise")).toInt(), 0);
    QVERIFY(dialog.runImport(false));
    QCOMPARE(Sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM enterprise")).toInt(), 3);
}

void ImportDialogTest::badFileIsListedAndNotImported()
{
    Database db = Database::open(m_dir.filePath(QStringLiteral("bad-ui.db")));
    ImportDialog dialog(&db, QStringLiteral("enterprises"));
    dialog.setFile(fixture("bad-rows.csv"));
    QVERIFY(!dialog.check(false));
    QCOMPARE(dialog.rejectedTable()->rowCount(), 6);
    QCOMPARE(dialog.rejectedTable()->item(0, 0)->text(), QStringLiteral("3"));
    QCOMPARE(dialog.rejectedTable()->item(0, 1)->text(), QStringLiteral("A"));
    // The rejected cell is marked in the preview, its reason as the tooltip; a good one is not.
    const int rowOfLine3 = 2; // file rows 1 (header), 2, 3
    QCOMPARE(dialog.previewTable()->verticalHeaderItem(rowOfLine3)->text(), QStringLiteral("3"));
    QTableWidgetItem *bad = dialog.previewTable()->item(rowOfLine3, 0);
    QVERIFY(bad->background().color() != QColor(Qt::white) && bad->background().style() != Qt::NoBrush);
    QCOMPARE(bad->toolTip(), dialog.rejectedTable()->item(0, 4)->text());
    QCOMPARE(dialog.previewTable()->item(1, 0)->background().style(), Qt::NoBrush);
    QVERIFY(!dialog.runImport(false));
    QCOMPARE(Sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM enterprise")).toInt(), 0);
}

void ImportDialogTest::pathsCanBeTypedOrPasted()
{
    // As Windows' "Copy as path" gives it, and as a file manager's URL.
    const QString path = fixture("titled-roster.xlsx");
    QCOMPARE(ImportDialog::cleanPath(QStringLiteral("  \"%1\" ").arg(path)), path);
    QCOMPARE(ImportDialog::cleanPath(QUrl::fromLocalFile(path).toString()), path);
    Database db = Database::open(m_dir.filePath(QStringLiteral("typed.db")));
    ImportDialog dialog(&db, QStringLiteral("enterprises"));
    QVERIFY(!dialog.fileField()->isReadOnly());
    dialog.fileField()->setText(QStringLiteral("\"%1\"").arg(path));
    emit dialog.fileField()->editingFinished();
    QCOMPARE(dialog.previewTable()->rowCount(), 6);
    QVERIFY(dialog.check(false));
}

void ImportDialogTest::valuesWrittenAnotherWayAreMappedOnce()
{
    Database db = Database::open(m_dir.filePath(QStringLiteral("mapping.db")));
    DemoOptions options;
    options.seed = 3;
    options.enterprises = 100;
    options.asOf = QDate(2026, 11, 29);
    DemoCountyGenerator::generate(db, options);
    ImportDialog dialog(&db, QStringLiteral("hotline"));
    dialog.setFile(fixture("hotline-12345-export.csv"));
    QVERIFY(!dialog.check(false));
    // Each unknown value once, its closest name chosen and ticked to remember.
    ValueMappingPanel *panel = dialog.mappingPanel();
    QVERIFY(!panel->isHidden());
    QVERIFY(!dialog.hasUnsavedInput()); // the suggestions alone are nothing typed
    QCOMPARE(panel->table()->rowCount(), 8); // five departments and three townships, of 60 rows
    QCOMPARE(panel->table()->item(0, 1)->text(), QStringLiteral("市场监管局"));
    QCOMPARE(panel->chosen().value(QStringLiteral("department")).value(QStringLiteral("市场监管局")), QStringLiteral("清溪县市场监督管理局"));
    // FAIRCHECK_TEST_SHOTS: the dialog as the user sees it at this step.
    if (const QString folder = qEnvironmentVariable("FAIRCHECK_TEST_SHOTS"); !folder.isEmpty()) {
        dialog.resize(1000, 720);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(folder + QStringLiteral("/import-mapping.png")));
        dialog.hide();
    }
    // One mapping kept for this import only; the rest remembered.
    panel->choose(1, QStringLiteral("城关镇"), false);
    QVERIFY(dialog.hasUnsavedInput());
    // Escape over chosen mappings asks; No keeps the dialog and the choices.
    dialog.show();
    UiTestSupport::answerNextQuestion(this, QMessageBox::No);
    dialog.reject();
    QVERIFY(dialog.isVisible());
    QVERIFY(!panel->remembered().value(QStringLiteral("township")).contains(QStringLiteral("城关")));
    QCOMPARE(panel->chosen().value(QStringLiteral("township")).value(QStringLiteral("城关")), QStringLiteral("城关镇"));
    dialog.hide();
    QVERIFY(dialog.applyMappings(false));
    QVERIFY(panel->isHidden());
    QVERIFY(dialog.runImport(false));
    QVERIFY(!dialog.hasUnsavedInput()); // imported: nothing left to lose
    QCOMPARE(Sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM hotline_order WHERE order_no LIKE '12345-202611%' AND length(order_no) = 19")).toInt(), 60);
    QCOMPARE(Sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM value_alias")).toInt(), 7);
    QVERIFY(!Sql::scalar(db.connection(), QStringLiteral("SELECT 1 FROM value_alias WHERE value = '城关'")).isValid());
}

void ImportDialogTest::registerExportsWhatItShows()
{
    Database db = Database::open(m_dir.filePath(QStringLiteral("export-ui.db")));
    ImportDialog dialog(&db, QStringLiteral("enterprises"));
    dialog.setFile(fixture("titled-roster.xlsx"));
    QVERIFY(dialog.runImport(false));
    EnterprisePage page;
    page.setDatabase(&db);
    page.townshipFilter()->setCurrentIndex(page.townshipFilter()->findText(QStringLiteral("城关镇")));
    QCOMPARE(page.model()->totalCount(), 2);
    const QString out = m_dir.filePath(QStringLiteral("shown.xlsx"));
    QCOMPARE(page.exportTo(out), 2);
    auto reader = TableReader::open(out);
    TableRow row;
    int rows = 0;
    while (reader->next(row))
        ++rows;
    QCOMPARE(rows, 3); // header and the two enterprises of 城关镇
}

void ImportDialogTest::columnsCanBeRemappedAndAreRemembered()
{
    Database db = Database::open(m_dir.filePath(QStringLiteral("remap-ui.db")));
    {
        ImportDialog dialog(&db, QStringLiteral("enterprises"));
        dialog.setFile(fixture("titled-roster.xlsx"));
        dialog.mapColumn(2, QStringLiteral("address")); // column C holds the legal representative
        QVERIFY(dialog.previewTable()->horizontalHeaderItem(2)->text().contains(QStringLiteral("住所")));
        dialog.mapColumn(3, QString());                 // column D (联系电话) not imported
        QVERIFY(dialog.hasUnsavedInput());
        QVERIFY(!dialog.previewTable()->horizontalHeaderItem(3)->text().contains(QStringLiteral("→")));
        QVERIFY(dialog.runImport(false));
    }
    QCOMPARE(Sql::scalar(db.connection(), QStringLiteral("SELECT address FROM enterprise WHERE uscc = '91330100799655058B'")).toString(),
             QStringLiteral("张三"));
    QVERIFY(Sql::scalar(db.connection(), QStringLiteral("SELECT legal_representative FROM enterprise WHERE uscc = '91330100799655058B'"))
                .toString().isEmpty());
    QVERIFY(Sql::scalar(db.connection(), QStringLiteral("SELECT phone FROM enterprise WHERE uscc = '91330100799655058B'"))
                .toString().isEmpty());
    // The next file of this kind is read with the same choices.
    ImportDialog again(&db, QStringLiteral("enterprises"));
    again.setFile(fixture("titled-roster.xlsx"));
    QVERIFY(again.check(false));
    QVERIFY(again.summary().contains(QStringLiteral("3")));
}

int runImportDialogTest(int argc, char **argv)
{
    ImportDialogTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "ImportDialogTest.moc"
