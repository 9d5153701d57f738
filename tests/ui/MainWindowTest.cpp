#include "common/FormDialog.h"
#include "settings/AuditTab.h"
#include "db/AuditLog.h"
#include "db/AuditText.h"
#include "db/DatabaseError.h"
#include "db/BackupRotation.h"
#include "users/Session.h"
#include "users/UserStore.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "demo/DemoCountyGenerator.h"
#include "registry/EnterpriseExport.h"
#include "io/Importer.h"
#include "registry/EnterpriseQuery.h"
#include "credit/EnterpriseCreditPane.h"
#include "enterprise/EnterpriseDetailPane.h"
#include "enterprise/EnterprisePage.h"
#include "enterprise/EnterpriseTableModel.h"
#include "main/DatabaseController.h"
#include "main/MainWindow.h"
#include "main/PageRegistry.h"
#include "util/TranslationLoader.h"
#include "Version.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <sys/stat.h>

// Offscreen tests of the frame and the enterprise register page.
class MainWindowTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void welcomeWithoutDatabase();
    void opensDatabaseOnEnterprisePage();
    void registerIsLazy();
    void registerCountsOffTheGuiThread();
    void searchAndFilterRunInSql();
    void headerClickSortsInSql();
    void selectingShowsTheRecord();
    void foreignFileIsRefusedAndKeepsCurrent();
    void chineseInterface();
    void aboutNamesVersionLicenceAndFile();
    void damagedFileOffersTheLatestGoodBackup();
    void fileWithUsersAsksToSignIn();
    void auditViewerFiltersAndChecksTheChain();
    void auditViewerShowsAnImportedRowsInsert();
    void windowKeepsItsLockWhileItsBackupRuns();
    void secondWindowOpensReadOnly();
    void restoresWithNoDatabaseOpen();
    void demoFilesOnlyFromTheDemo();

private:
    void typeText(QWidget *widget, const QString &text);
    void closeNextMessageBox();

    QTemporaryDir m_dir;
    QString m_demoPath;
};

void MainWindowTest::initTestCase()
{
    QSettings().clear();
    m_demoPath = m_dir.filePath(QStringLiteral("county.db"));
    const Database db = Database::open(m_demoPath);
    DemoOptions options;
    options.seed = 9;
    options.enterprises = 3000;
    options.asOf = QDate(2026, 11, 29);
    DemoCountyGenerator::generate(db, options);
}

void MainWindowTest::typeText(QWidget *widget, const QString &text)
{
    // QTest::keyClicks cannot type Chinese; an input-method commit can.
    widget->setFocus();
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}

void MainWindowTest::closeNextMessageBox()
{
    QTimer::singleShot(50, this, [] {
        if (QWidget *modal = QApplication::activeModalWidget())
            modal->close();
    });
}

void MainWindowTest::welcomeWithoutDatabase()
{
    DatabaseController controller;
    MainWindow window(&controller);
    QCOMPARE(window.currentPageId(), QStringLiteral("welcome"));
    QVERIFY(!window.findChild<QListWidget *>(QStringLiteral("navigation"))->isEnabled());
    QVERIFY(!window.showPage(QStringLiteral("enterprises")));
    QCOMPARE(window.findChild<QListWidget *>(QStringLiteral("navigation"))->count(), PageRegistry::areaIds().size());
}

void MainWindowTest::opensDatabaseOnEnterprisePage()
{
    DatabaseController controller;
    MainWindow window(&controller);
    QVERIFY(controller.openFile(m_demoPath, &window));
    QCOMPARE(window.currentPageId(), QStringLiteral("enterprises"));
    QTRY_COMPARE(window.findChild<EnterprisePage *>()->model()->rowCount(), 3000);
    for (const QString &id : MainWindow::pageIds()) {
        QVERIFY(window.showPage(id));
        QCOMPARE(window.currentPageId(), id);
    }
    QCOMPARE(controller.recentFiles().value(0), QFileInfo(m_demoPath).absoluteFilePath());
}

void MainWindowTest::registerIsLazy()
{
    DatabaseController controller;
    MainWindow window(&controller);
    window.resize(1200, 700);
    window.show();
    QVERIFY(controller.openFile(m_demoPath, &window));
    QApplication::processEvents();
    EnterpriseTableModel *model = window.findChild<EnterprisePage *>()->model();
    // Only the pages around what is visible were read: 3000 rows would be 12 pages.
    QVERIFY(model->pagesFetched() >= 1);
    QVERIFY2(model->pagesFetched() <= 2, qPrintable(QString::number(model->pagesFetched())));
    // A deep page is fetched by the loader thread: "…" first, the row when it arrives.
    QVERIFY(!model->isPageLoaded(2999));
    window.findChild<EnterprisePage *>()->table()->scrollToBottom();
    QApplication::processEvents();
    QTRY_VERIFY(model->isPageLoaded(2999));
    const QString last = model->index(2999, EnterpriseQuery::Name).data().toString();
    QVERIFY(!last.isEmpty() && last != u"…");
    QVERIFY(model->pagesFetched() <= 4);
}

void MainWindowTest::registerCountsOffTheGuiThread()
{
    // The first page shows at once; the COUNT runs on the loader's thread and its answer
    // arrives through the event loop, which has not run yet here.
    Database db = Database::open(m_demoPath, Database::OpenMode::ExistingOnly);
    EnterpriseTableModel model;
    QSignalSpy counted(&model, &EnterpriseTableModel::countChanged);
    model.setDatabase(db.connection());
    QVERIFY(model.isCounting());
    QCOMPARE(model.rowCount(), EnterpriseTableModel::PageSize);
    QVERIFY(model.isPageLoaded(0));
    QCOMPARE(counted.count(), 0);
    QVERIFY(counted.wait(5000));
    QCOMPARE(counted.count(), 1);
    QCOMPARE(counted.first().first().toLongLong(), 3000);
    QVERIFY(!model.isCounting());
    QCOMPARE(model.rowCount(), 3000);
    // A query with fewer rows than a page is counted by its first page alone.
    EnterpriseQuery few;
    few.text = QStringLiteral("五金");
    model.setQuery(few);
    QVERIFY(!model.isCounting());
    QVERIFY(model.rowCount() < EnterpriseTableModel::PageSize);
    QCOMPARE(counted.count(), 2);
}

void MainWindowTest::searchAndFilterRunInSql()
{
    DatabaseController controller;
    MainWindow window(&controller);
    QVERIFY(controller.openFile(m_demoPath, &window));
    EnterprisePage *page = window.findChild<EnterprisePage *>();
    const QSqlDatabase db = controller.database()->connection();
    QTRY_COMPARE(page->model()->totalCount(), 3000); // the whole register, counted by the loader
    QSignalSpy counted(page->model(), &EnterpriseTableModel::countChanged);

    typeText(page->searchField(), QStringLiteral("五金"));
    QVERIFY(counted.wait(2000));
    const qint64 expected = Sql::scalar(db, QStringLiteral("SELECT count(*) FROM enterprise WHERE name LIKE '%五金%'")).toLongLong();
    QVERIFY(expected > 0);
    QTRY_COMPARE(page->model()->totalCount(), expected);
    for (int row = 0; row < page->model()->rowCount(); ++row)
        QVERIFY(page->model()->index(row, EnterpriseQuery::Name).data().toString().contains(QStringLiteral("五金")));

    page->searchField()->clear();
    QVERIFY(counted.wait(2000));
    QComboBox *township = page->townshipFilter();
    township->setCurrentIndex(2);
    const qint64 townshipId = township->currentData().toLongLong();
    QTRY_COMPARE(page->model()->totalCount(),
                 Sql::scalar(db, QStringLiteral("SELECT count(*) FROM enterprise WHERE township_id = ?"), {townshipId}).toLongLong());
    page->tierFilter()->setCurrentIndex(page->tierFilter()->findData(QStringLiteral("B")));
    QTRY_COMPARE(page->model()->totalCount(),
                 Sql::scalar(db, QStringLiteral("SELECT count(*) FROM enterprise WHERE township_id = ? AND credit_tier = 'B'"),
                             {townshipId}).toLongLong());
}

void MainWindowTest::headerClickSortsInSql()
{
    DatabaseController controller;
    MainWindow window(&controller);
    QVERIFY(controller.openFile(m_demoPath, &window));
    EnterprisePage *page = window.findChild<EnterprisePage *>();
    page->table()->sortByColumn(EnterpriseQuery::Score, Qt::DescendingOrder);
    const int top = Sql::scalar(controller.database()->connection(), QStringLiteral("SELECT max(credit_score) FROM enterprise")).toInt();
    QCOMPARE(page->model()->index(0, EnterpriseQuery::Score).data().toInt(), top);
    QCOMPARE(page->model()->query().sortColumn, EnterpriseQuery::Score);
    QVERIFY(page->model()->query().descending);
}

void MainWindowTest::selectingShowsTheRecord()
{
    DatabaseController controller;
    MainWindow window(&controller);
    QVERIFY(controller.openFile(m_demoPath, &window));
    EnterprisePage *page = window.findChild<EnterprisePage *>();
    page->selectRow(5);
    const QString name = page->model()->index(5, EnterpriseQuery::Name).data().toString();
    QVERIFY(!name.isEmpty());
    QVERIFY(page->detailPane()->text().contains(name.toHtmlEscaped()));
    QVERIFY(page->creditPane()->summaryText().contains(name.toHtmlEscaped())); // the credit tab names it too
    // The ID number is masked on screen until a role that needs it asks; that is audited.
    QVERIFY(page->detailPane()->text().contains(QStringLiteral("********")));
    const int reveals = Sql::scalar(controller.database()->connection(),
                                    QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'personal_data'")).toInt();
    QVERIFY(page->detailPane()->reveal());
    QVERIFY(!page->detailPane()->text().contains(QStringLiteral("********")));
    QCOMPARE(Sql::scalar(controller.database()->connection(),
                         QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'personal_data'")).toInt(), reveals + 1);

    // A new filter empties both panes rather than leave a record the table may not show.
    QSignalSpy counted(page->model(), &EnterpriseTableModel::countChanged);
    page->tierFilter()->setCurrentIndex(page->tierFilter()->findData(QStringLiteral("D")));
    QVERIFY(counted.count() > 0 || counted.wait(2000));
    QVERIFY(!page->detailPane()->text().contains(name.toHtmlEscaped()));
    QVERIFY(!page->creditPane()->summaryText().contains(name.toHtmlEscaped()));
}

void MainWindowTest::foreignFileIsRefusedAndKeepsCurrent()
{
    DatabaseController controller;
    MainWindow window(&controller);
    QVERIFY(controller.openFile(m_demoPath, &window));
    const QString junk = m_dir.filePath(QStringLiteral("letter.db"));
    QFile file(junk);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    closeNextMessageBox();
    QVERIFY(!controller.openFile(junk, &window));
    QCOMPARE(controller.database()->path(), QFileInfo(m_demoPath).absoluteFilePath());
    QFile check(junk);
    QVERIFY(check.open(QIODevice::ReadOnly));
    QCOMPARE(check.readAll(), QByteArray(4096, 'x'));
}

void MainWindowTest::chineseInterface()
{
    TranslationLoader::install(*QCoreApplication::instance(), QStringLiteral("zh_CN"));
    DatabaseController controller;
    MainWindow window(&controller);
    QVERIFY(controller.openFile(m_demoPath, &window));
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    QCOMPARE(navigation->item(2)->text(), QStringLiteral("企业"));
    QCOMPARE(window.findChild<EnterprisePage *>()->model()->headerData(EnterpriseQuery::Uscc, Qt::Horizontal).toString(),
             QStringLiteral("统一社会信用代码"));
    QVERIFY(window.findChild<EnterprisePage *>()->searchField()->placeholderText().contains(QStringLiteral("名称")));
    // Installing another language replaces this one: a window made now speaks English.
    TranslationLoader::install(*QCoreApplication::instance(), QStringLiteral("en"));
    {
        MainWindow english(&controller);
        QCOMPARE(english.findChild<QListWidget *>(QStringLiteral("navigation"))->item(2)->text(), QStringLiteral("Enterprises"));
    }
    // The tests that follow run in the language they were started in.
    TranslationLoader::install(*QCoreApplication::instance(), qEnvironmentVariable("FAIRCHECK_TEST_LANG", QStringLiteral("en")));
}

int runMainWindowTest(int argc, char **argv)
{
    MainWindowTest test;
    return QTest::qExec(&test, argc, argv);
}


void MainWindowTest::aboutNamesVersionLicenceAndFile()
{
    DatabaseController controller;
    MainWindow window(&controller);
    QVERIFY(controller.openFile(m_demoPath, &window));
    QAction *about = nullptr;
    const QList<QAction *> actions = window.menuBar()->findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->text().contains(QStringLiteral("About")) || action->text().contains(QStringLiteral("关于")))
            about = action;
    }
    QVERIFY(about);
    QString text;
    QTimer::singleShot(50, this, [&text] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            text = box->text();
            box->close();
        }
    });
    about->trigger();
    QVERIFY(text.contains(QStringLiteral(FAIRCHECK_VERSION)));
    QVERIFY(text.contains(QStringLiteral("GPL-3.0-or-later")));
    QVERIFY2(text.contains(QDir::toNativeSeparators(QFileInfo(m_demoPath).absoluteFilePath())), qPrintable(text));
}

void MainWindowTest::damagedFileOffersTheLatestGoodBackup()
{
    const QString path = m_dir.filePath(QStringLiteral("damaged.db"));
    {
        const Database db = Database::open(path);
        Sql::exec(db.connection(), QStringLiteral("INSERT INTO township (code, name) VALUES ('T1', '城关镇')"));
        BackupRotation::backUp(db);
    }
    {
        // The schema page overwritten, as a failing disk would.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(100);
        file.write(QByteArray(200, '\xff'));
    }
    DatabaseController controller;
    MainWindow window(&controller);
    bool asked = false;
    QTimer::singleShot(50, this, [&asked] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            asked = true;
            box->button(QMessageBox::Yes)->click();
        }
    });
    QVERIFY(controller.openFile(path, &window));
    QVERIFY(asked);
    QCOMPARE(Sql::scalar(controller.database()->connection(), QStringLiteral("SELECT name FROM township WHERE code = 'T1'")).toString(),
             QStringLiteral("城关镇"));
    QVERIFY(QFileInfo::exists(path + QStringLiteral(".before-restore")));
}

void MainWindowTest::fileWithUsersAsksToSignIn()
{
    const QString path = m_dir.filePath(QStringLiteral("users.db"));
    {
        const Database db = Database::open(path);
        UserStore::add(db.connection(), QStringLiteral("wang"), QStringLiteral("王"), QStringLiteral("admin"), QStringLiteral("admin-pass-1"));
        Session::signOut();
    }
    DatabaseController controller;
    MainWindow window(&controller);
    QString refusal;
    QTimer::singleShot(50, this, [&refusal] {
        auto *form = qobject_cast<FormDialog *>(QApplication::activeModalWidget());
        QVERIFY(form);
        qobject_cast<QLineEdit *>(form->field(QStringLiteral("user")))->setText(QStringLiteral("wang"));
        auto *password = qobject_cast<QLineEdit *>(form->field(QStringLiteral("password")));
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        password->setText(QStringLiteral("wrong-one"));
        QVERIFY(!form->submit());
        refusal = form->message();
        password->setText(QStringLiteral("admin-pass-1"));
        QVERIFY(form->submit());
        form->accept();
    });
    QVERIFY(controller.openFile(path, &window));
    QVERIFY(!refusal.isEmpty());
    QCOMPARE(Session::username(), QStringLiteral("wang"));
    QCOMPARE(Session::role(), QStringLiteral("admin"));
    Session::signOut();
}

void MainWindowTest::auditViewerFiltersAndChecksTheChain()
{
    DatabaseController controller;
    MainWindow window(&controller);
    QVERIFY(controller.openFile(m_demoPath, &window));
    QVERIFY(window.showPage(QStringLiteral("settings")));
    AuditTab *audit = window.findChild<AuditTab *>();
    audit->findChildren<QDateEdit *>().at(0)->setDate(QDate(2000, 1, 1));
    audit->setRecordFilter(QStringLiteral("schema"), 0);
    QVERIFY(audit->table()->rowCount() >= 1);
    for (int r = 0; r < audit->table()->rowCount(); ++r)
        QCOMPARE(audit->table()->item(r, 4)->text(), AuditText::table(QStringLiteral("schema")));
    audit->setRecordFilter(QStringLiteral("no_such_table"), 0);
    QCOMPARE(audit->table()->rowCount(), 0);
    // A table named as the list names it works as its code does.
    audit->setRecordFilter(AuditText::table(QStringLiteral("schema")), 0);
    QVERIFY(audit->table()->rowCount() >= 1);
    // One record: its captured changes, row by row, each with the entry that sealed it.
    audit->setRecordFilter(QStringLiteral("enterprise"), 1);
    QVERIFY(audit->changes()->rowCount() >= 1);
    const int last = audit->changes()->rowCount() - 1;
    QVERIFY(audit->changes()->item(last, 3)->text().contains(u"USCC: "));
    QVERIFY(audit->changes()->item(last, 4)->text().toLongLong() > 0);
    QVERIFY(audit->verifyChain().contains(QString::number(
        Sql::scalar(controller.database()->connection(), QStringLiteral("SELECT count(*) FROM audit_log")).toInt())));
    // An anchor from a report or backup: the file's own head holds; a wrong hash does not.
    const QString head = AuditLog::head(controller.database()->connection());
    QCOMPARE(audit->checkAnchor(head), AuditTab::tr("The trail still holds entry %1 unchanged: nothing up to it was rewritten.")
                                           .arg(head.section(u':', 0, 0)));
    QVERIFY(audit->checkAnchor(head.section(u':', 0, 0) + QLatin1Char(':') + QString(64, u'0'))
                .startsWith(AuditTab::tr("The anchor does not hold: %1.").section(u'%', 0, 0)));
    QCOMPARE(audit->checkAnchor(QStringLiteral("12")),
             AuditTab::tr("Write the anchor as printed: the entry number, a colon and the 64-digit hash."));
}

namespace {

// Whether this process holds a POSIX lock on the file (/proc/locks).
bool holdsLock(const QString &path)
{
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly))
        return false;
    const QByteArray pid = QByteArray::number(QCoreApplication::applicationPid());
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) // stat opens no descriptor
        return false;
    const QByteArray inode = QByteArray::number(quint64(st.st_ino));
    for (const QByteArray &line : locks.readAll().split('\n')) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() >= 6 && f.at(1) == "POSIX" && f.at(4) == pid && f.at(5).endsWith(':' + inode))
            return true;
    }
    return false;
}

} // namespace

void MainWindowTest::windowKeepsItsLockWhileItsBackupRuns()
{
    // Opening starts the daily backup on a worker thread with a connection of its own;
    // its closing must not take the window's lock on the file with it.
    const QString path = m_dir.filePath(QStringLiteral("locked.db"));
    QVERIFY(QFile::copy(m_demoPath, path));
    DatabaseController controller;
    MainWindow window(&controller);
    QVERIFY(controller.openFile(path, &window));
    QTRY_VERIFY_WITH_TIMEOUT(!BackupRotation::list(path).isEmpty(), 10000);
    QTest::qWait(200);
    QVERIFY(holdsLock(path));
    QVERIFY(QFileInfo::exists(path + QStringLiteral(".lock")));
}

void MainWindowTest::secondWindowOpensReadOnly()
{
    const QString path = m_dir.filePath(QStringLiteral("shared.db"));
    QVERIFY(QFile::copy(m_demoPath, path));
    DatabaseController first;
    MainWindow firstWindow(&first);
    QVERIFY(first.openFile(path, &firstWindow));
    QVERIFY(first.readOnlyReason().isEmpty());

    // Asked, the user declines: nothing opens.
    DatabaseController second;
    MainWindow secondWindow(&second);
    bool asked = false;
    QTimer::singleShot(50, this, [&asked] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            asked = box->text().contains(QString::number(QCoreApplication::applicationPid()));
            box->button(QMessageBox::No)->click();
        }
    });
    QVERIFY(!second.openFile(path, &secondWindow));
    QVERIFY(asked);
    QVERIFY(!second.database());
    // Accepted: read-only, every change refused, and the status bar says so.
    QTimer::singleShot(50, this, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Yes)->click();
    });
    QVERIFY(second.openFile(path, &secondWindow));
    QVERIFY(second.database()->isReadOnly());
    QVERIFY(!second.readOnlyReason().isEmpty());
    QVERIFY(secondWindow.statusBar()->currentMessage().contains(MainWindow::tr(" — read-only (%1)").arg(second.readOnlyReason())));
    QVERIFY_THROWS_EXCEPTION(DatabaseError, Sql::exec(second.database()->connection(), QStringLiteral("DELETE FROM township")));
    second.close();
    // The first window still has its claim and its lock.
    QVERIFY(holdsLock(path));
    QVERIFY(!first.database()->isReadOnly());
}

void MainWindowTest::restoresWithNoDatabaseOpen()
{
    // File -> Restore from a backup works when the damaged file cannot be opened at all.
    const QString path = m_dir.filePath(QStringLiteral("broken.db"));
    QString backup;
    {
        const Database db = Database::open(path);
        Sql::exec(db.connection(), QStringLiteral("INSERT INTO township (code, name) VALUES ('T9', '河口镇')"));
        backup = BackupRotation::backUp(db);
    }
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.write(QByteArray(100, '\x5a'));
    }
    DatabaseController controller;
    MainWindow window(&controller);
    QVERIFY(!controller.database());
    QVERIFY(controller.restoreBackup(backup, path, &window));
    QCOMPARE(Sql::scalar(controller.database()->connection(), QStringLiteral("SELECT name FROM township WHERE code = 'T9'")).toString(),
             QStringLiteral("河口镇"));
    QCOMPARE(controller.lastKeptAs(), QFileInfo(path).absoluteFilePath() + QStringLiteral(".before-restore"));
}

void MainWindowTest::auditViewerShowsAnImportedRowsInsert()
{
    // A first import is captured as one change; the viewer still lists each row's insert with its values.
    const QString csv = m_dir.filePath(QStringLiteral("register-for-audit.csv"));
    const QString path = m_dir.filePath(QStringLiteral("imported.db"));
    {
        const Database source = Database::open(m_demoPath);
        QVERIFY(EnterpriseExport::write(source.connection(), EnterpriseQuery(), csv) > 0);
        const Database target = Database::open(path);
        Importer::Options apply;
        apply.dryRun = false;
        QVERIFY(Importer::run(target.connection(), QStringLiteral("enterprises"), csv, apply).applied);
    }
    DatabaseController controller;
    MainWindow window(&controller);
    QVERIFY(controller.openFile(path, &window));
    QVERIFY(window.showPage(QStringLiteral("settings")));
    AuditTab *audit = window.findChild<AuditTab *>();
    audit->findChildren<QDateEdit *>().at(0)->setDate(QDate(2000, 1, 1));
    audit->setRecordFilter(QStringLiteral("enterprise"), 2);
    // Newest first: opening the file scored the enterprises (an update), the import's insert comes last.
    QVERIFY(audit->changes()->rowCount() >= 1);
    const int insert = audit->changes()->rowCount() - 1;
    QCOMPARE(audit->changes()->item(insert, 1)->text(), AuditTab::tr("Inserted (an import of %n rows)", nullptr,
                                                                int(Sql::scalar(controller.database()->connection(),
                                                                                QStringLiteral("SELECT count(*) FROM enterprise")).toInt())));
    QVERIFY(audit->changes()->item(insert, 3)->text().contains(u"USCC: "));
    QVERIFY(audit->changes()->item(insert, 4)->text().toLongLong() > 0);
    const QString folder = qEnvironmentVariable("FAIRCHECK_TEST_SHOTS");
    if (!folder.isEmpty()) {
        window.resize(1280, 800);
        window.grab().save(QDir(folder).filePath(QStringLiteral("audit-imported-row.png")));
    }
}


void MainWindowTest::demoFilesOnlyFromTheDemo()
{
    DatabaseController controller;
    MainWindow window(&controller);
    auto *action = window.findChild<QAction *>(QStringLiteral("saveDemoFiles"));
    QVERIFY(action);
    QVERIFY(!action->isVisible()); // nothing open
    QVERIFY(controller.openFile(m_demoPath, &window));
    QVERIFY(action->isVisible());
    // A county's own file never offers invented records.
    const QString own = m_dir.filePath(QStringLiteral("own-county.db"));
    QVERIFY(controller.createFile(own, &window));
    QVERIFY(!action->isVisible());
}

#include "MainWindowTest.moc"
