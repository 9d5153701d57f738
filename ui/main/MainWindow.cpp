#include "MainWindow.h"

#include "DatabaseController.h"
#include "Version.h"
#include "WelcomePage.h"
#include "common/BackgroundTask.h"
#include "common/ErrorDialog.h"
#include "common/FormDialog.h"
#include "common/PlaceholderPage.h"
#include "common/SettingValue.h"
#include "common/TabNavigation.h"
#include "common/WindowPlacement.h"
#include "credit/CreditOverviewPage.h"
#include "credit/CreditRulesPage.h"
#include "dashboard/DashboardPage.h"
#include "db/BackupRotation.h"
#include "db/Database.h"
#include "db/DatabaseBackup.h"
#include "db/DatabaseError.h"
#include "discretion/DiscretionPage.h"
#include "discretion/PenaltyCasePage.h"
#include "enterprise/EnterprisePage.h"
#include "help/HelpWindow.h"
#include "io/ImportDialog.h"
#include "planning/InspectionsPage.h"
#include "report/ReportPage.h"
#include "services/ServicesPage.h"
#include "settings/AuditTab.h"
#include "supervision/CluesTab.h"
#include "supervision/ReviewTab.h"
#include "supervision/SupervisionPage.h"
#include "users/Session.h"
#include "users/UserStore.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>

namespace {
const SettingValue<QByteArray> kGeometry(QStringLiteral("mainWindow/geometry"));
const SettingValue<QString> kLastPage(QStringLiteral("mainWindow/page"), QStringLiteral("enterprises"));
const QString kFileFilter = QStringLiteral("FairCheck (*.db *.sqlite);;* (*)");
} // namespace

MainWindow::MainWindow(DatabaseController *controller, QWidget *parent)
    : QMainWindow(parent)
    , m_controller(controller)
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
{
    setWindowTitle(tr("FairCheck Enforcement Supervision"));
    TabNavigation::install();
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFixedWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 14);
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setSpacing(2);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    buildPages();
    buildMenus();
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_controller->database() && row >= 0)
            m_stack->setCurrentIndex(row);
    });
    connect(m_controller, &DatabaseController::databaseChanged, this, &MainWindow::onDatabaseChanged);
    connect(m_welcome, &WelcomePage::openDemoRequested, this, [this] { m_controller->openDemo(this); });
    connect(m_welcome, &WelcomePage::openFileRequested, this, &MainWindow::chooseAndOpen);
    connect(m_welcome, &WelcomePage::createFileRequested, this, &MainWindow::chooseAndCreate);

    WindowPlacement::place(this, kGeometry.get());
    onDatabaseChanged();
}

QStringList MainWindow::areaIds()
{
    return {QStringLiteral("dashboard"), QStringLiteral("inspections"), QStringLiteral("enterprises"),
            QStringLiteral("discretion"), QStringLiteral("supervision"), QStringLiteral("services"),
            QStringLiteral("reports"), QStringLiteral("settings")};
}

QStringList MainWindow::pageIds()
{
    // Areas, plus the tabs of the enterprise area.
    return areaIds() + QStringList{QStringLiteral("credit"), QStringLiteral("credit-rules"), QStringLiteral("cases")};
}

void MainWindow::buildPages()
{
    m_dashboard = new DashboardPage(this);
    connect(m_dashboard, &DashboardPage::openRecord, this, &MainWindow::openRecord);
    connect(m_dashboard, &DashboardPage::openIndicator, this, &MainWindow::openIndicator);
    connect(m_dashboard, &DashboardPage::importRequested, this, &MainWindow::importFile);
    connect(m_dashboard, &DashboardPage::demoRequested, this, [this] { m_controller->openDemo(this); });
    m_reports = new ReportPage(this);
    m_discretion = new DiscretionPage(this);
    m_services = new ServicesPage(this);
    m_inspections = new InspectionsPage(this);
    m_supervision = new SupervisionPage(this);
    m_audit = new AuditTab(this);
    // The enterprise area: the register, the county's credit, the credit rules.
    m_enterprisePage = new EnterprisePage(this);
    m_creditOverview = new CreditOverviewPage(this);
    m_creditRules = new CreditRulesPage(this);
    m_enterpriseTabs = new QTabWidget(this);
    m_enterpriseTabs->setDocumentMode(true);
    m_enterpriseTabs->addTab(m_enterprisePage, tr("Register"));
    m_enterpriseTabs->addTab(m_creditOverview, tr("Credit and sandbox"));
    m_enterpriseTabs->addTab(m_creditRules, tr("Credit rules"));

    // In the order of areaIds(); areas without a page yet say what will be there.
    struct Area { QString title; QString description; QStyle::StandardPixmap icon; QWidget *page; };
    const Area areas[] = {
        {tr("Dashboard"), QString(), QStyle::SP_ComputerIcon, m_dashboard},
        {tr("Inspections"), QString(), QStyle::SP_FileDialogContentsView, m_inspections},
        {tr("Enterprises"), QString(), QStyle::SP_DirHomeIcon, m_enterpriseTabs},
        {tr("Discretion"), QString(), QStyle::SP_FileDialogDetailedView, m_discretion},
        {tr("Supervision"), QString(), QStyle::SP_MessageBoxWarning, m_supervision},
        {tr("Services"), QString(), QStyle::SP_DialogHelpButton, m_services},
        {tr("Reports"), QString(), QStyle::SP_FileIcon, m_reports},
        {tr("Settings"), QString(), QStyle::SP_FileDialogListView, m_audit},
    };
    for (const Area &area : areas) {
        auto *item = new QListWidgetItem(style()->standardIcon(area.icon), area.title, m_navigation);
        item->setSizeHint(QSize(0, fontMetrics().height() * 2 + 4));
        m_stack->addWidget(area.page ? area.page : new PlaceholderPage(area.title, area.description, this));
    }
    m_stack->addWidget(m_welcome);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New database…"), this, &MainWindow::chooseAndCreate);
    file->addAction(tr("&Open database…"), QKeySequence::Open, this, &MainWindow::chooseAndOpen);
    file->addAction(tr("Open the &demo county"), this, [this] { m_controller->openDemo(this); });
    m_recentMenu = file->addMenu(tr("&Recent files"));
    file->addSeparator();
    // Every list the county keeps: the register, departments, officers, items, benchmark
    // lists, 12345 orders (chosen in the dialog).
    m_importAction = file->addAction(tr("&Import a list…"), this, &MainWindow::importEnterprises);
    file->addSeparator();
    m_backupAction = file->addAction(tr("&Back up…"), this, &MainWindow::backUp);
    m_restoreAction = file->addAction(tr("&Restore from a backup…"), this, &MainWindow::restoreFromBackup);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    // F1 opens the manual at the page in front of the user.
    m_manualAction = help->addAction(tr("User &manual"), QKeySequence::HelpContents, this, &MainWindow::showManual);
    help->addAction(tr("&About FairCheck"), this, &MainWindow::showAbout);
}

void MainWindow::refreshRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_controller->recentFiles();
    for (const QString &path : recent)
        m_recentMenu->addAction(path, this, [this, path] { m_controller->openFile(path, this); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::onDatabaseChanged()
{
    Database *db = m_controller->database();
    m_navigation->setEnabled(db != nullptr);
    m_backupAction->setEnabled(db != nullptr);
    m_restoreAction->setEnabled(true); // also with no database open: a damaged file is restored from here
    m_importAction->setEnabled(db != nullptr);
    refreshRecentMenu();
    m_dashboard->setDatabase(db);
    m_reports->setDatabase(db);
    m_enterprisePage->setDatabase(db);
    m_creditOverview->setDatabase(db);
    m_creditRules->setDatabase(db);
    m_discretion->setDatabase(db);
    m_services->setDatabase(db);
    m_inspections->setDatabase(db);
    m_supervision->setDatabase(db);
    m_audit->setDatabase(db);
    if (!db) {
        m_stack->setCurrentWidget(m_welcome);
        statusBar()->showMessage(tr("No database open"));
        return;
    }
    const QString who = Session::username().isEmpty()
        ? (UserStore::hasUsers(db->connection()) ? tr("view only (not signed in)") : QString())
        : tr("%1 (%2)").arg(Session::username(), UserStore::roleName(Session::role()));
    QString status = who.isEmpty() ? tr("Database: %1").arg(QDir::toNativeSeparators(db->path()))
                                   : tr("Database: %1 — %2").arg(QDir::toNativeSeparators(db->path()), who);
    if (!m_controller->readOnlyReason().isEmpty())
        status += tr(" — read-only (%1)").arg(m_controller->readOnlyReason());
    statusBar()->showMessage(status);
    if (!showPage(kLastPage.get()))
        showPage(QStringLiteral("enterprises"));
}

bool MainWindow::showPage(const QString &id)
{
    if (!m_controller->database() || !pageIds().contains(id))
        return false;
    int tab = 0;
    QString area = id;
    if (id == u"credit" || id == u"credit-rules") {
        tab = id == u"credit" ? 1 : 2;
        area = QStringLiteral("enterprises");
    } else if (id == u"cases") {
        tab = 1;
        area = QStringLiteral("discretion");
    }
    const int index = int(areaIds().indexOf(area));
    m_navigation->setCurrentRow(index);
    m_stack->setCurrentIndex(index);
    if (area == u"enterprises")
        m_enterpriseTabs->setCurrentIndex(tab);
    if (area == u"discretion")
        m_discretion->setCurrentIndex(tab);
    return true;
}

QString MainWindow::currentPageId() const
{
    const int index = m_stack->currentIndex();
    if (index < 0 || index >= areaIds().size())
        return QStringLiteral("welcome");
    if (areaIds().at(index) == u"enterprises" && m_enterpriseTabs->currentIndex() > 0)
        return m_enterpriseTabs->currentIndex() == 1 ? QStringLiteral("credit") : QStringLiteral("credit-rules");
    if (areaIds().at(index) == u"discretion" && m_discretion->currentIndex() == 1)
        return QStringLiteral("cases");
    return areaIds().at(index);
}

void MainWindow::chooseAndOpen()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open database"), QString(), kFileFilter);
    if (!path.isEmpty())
        m_controller->openFile(path, this);
}

void MainWindow::chooseAndCreate()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New database"), QStringLiteral("faircheck.db"), kFileFilter);
    if (!path.isEmpty())
        m_controller->createFile(path, this);
}

void MainWindow::backUp()
{
    Database *db = m_controller->database();
    if (!db)
        return;
    const QString suggested = QStringLiteral("faircheck-%1.db").arg(QDate::currentDate().toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(this, tr("Back up to"), suggested, kFileFilter);
    if (path.isEmpty())
        return;
    // A county database can be hundreds of megabytes: copy it on a worker thread
    // through its own connection (the online backup API allows that while we work).
    const QString source = db->path();
    const BackgroundTask::Result result = BackgroundTask::run(this, tr("Backing up…"), [&](const BackgroundTask::Progress &) {
        const Database copy = Database::open(source, Database::OpenMode::ExistingOnly);
        DatabaseBackup::copyTo(copy, path);
    });
    if (result.ok)
        statusBar()->showMessage(tr("Backup written to %1").arg(QDir::toNativeSeparators(path)), 8000);
    else if (!result.cancelled)
        ErrorDialog::show(this, result.message, result.details);
}

void MainWindow::restoreFromBackup()
{
    Database *db = m_controller->database();
    // With no database open (it may be the damaged one), ask which file to restore.
    const QString path = db ? db->path() : QFileDialog::getOpenFileName(this, tr("The database to restore"), QString(), kFileFilter);
    if (path.isEmpty())
        return;
    QList<QPair<QString, QVariant>> choices;
    for (const BackupRotation::Backup &b : BackupRotation::list(path)) {
        const QString problem = BackupRotation::problem(b.path);
        choices.append({tr("%1 — %2 MB — %3").arg(b.taken.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                            .arg(b.size / 1048576.0, 0, 'f', 1)
                            .arg(problem.isEmpty() ? tr("checked, good") : problem),
                        b.path});
    }
    if (choices.isEmpty()) {
        QMessageBox::information(this, tr("Restore from a backup"), tr("There is no backup of this database yet."));
        return;
    }
    FormDialog form(tr("Restore from a backup"), this);
    form.addChoice(QStringLiteral("backup"), tr("Backup:"), choices);
    form.setAction([this, path](const FormDialog &f) {
        return m_controller->restoreBackup(f.choice(QStringLiteral("backup")).toString(), path, this)
            ? QString() : tr("The backup was not restored.");
    });
    if (form.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Restored from the backup; the replaced file is kept as %1.")
                                     .arg(QDir::toNativeSeparators(m_controller->lastKeptAs())), 10000);
}

void MainWindow::importEnterprises()
{
    importFile(QStringLiteral("enterprises"));
}

void MainWindow::importFile(const QString &kind)
{
    Database *db = m_controller->database();
    if (!db)
        return;
    ImportDialog dialog(db, kind, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The credit the records feed came with the import (its own transaction); the pages
    // show the new rows.
    m_enterprisePage->setDatabase(db);
    m_creditOverview->setDatabase(db);
    m_dashboard->setDatabase(db); // the checklist ticks what came in
    statusBar()->showMessage(dialog.summary(), 10000);
}

void MainWindow::openEnterprise(const QString &uscc)
{
    showPage(QStringLiteral("enterprises"));
    m_enterprisePage->showEnterprise(uscc);
}

void MainWindow::openRecord(const QString &kind, qint64 recordId, const QString &uscc, const QDate &date)
{
    // What a to-do line names, opened where it is worked on, selected.
    if (kind == u"overdue_clue" && showPage(QStringLiteral("supervision"))) {
        m_supervision->setCurrentWidget(m_supervision->clues());
        m_supervision->clues()->selectClue(recordId);
    } else if (kind == u"visit_without_results" && showPage(QStringLiteral("inspections"))) {
        m_inspections->showVisit(recordId);
    } else if (kind == u"case_outside_band" && showPage(QStringLiteral("cases"))) {
        m_discretion->casePage()->selectCase(recordId, date);
    } else if (!uscc.isEmpty()) {
        openEnterprise(uscc);
    }
}

void MainWindow::openIndicator(const QString &indicatorId, const QDate &from, const QDate &to)
{
    // Each tile opens the list its figure counts from.
    if (indicatorId == u"clues_overdue" && showPage(QStringLiteral("supervision"))) {
        m_supervision->setCurrentWidget(m_supervision->clues());
        m_supervision->clues()->showListing(ClueWorkflow::Listing::Overdue);
    } else if ((indicatorId == u"lenient_cases" || indicatorId == u"fines_waived") && showPage(QStringLiteral("cases"))) {
        m_discretion->casePage()->setPeriod(from, to);
    } else if (indicatorId == u"sandbox_members") {
        showPage(QStringLiteral("credit"));
    } else {
        showPage(QStringLiteral("inspections"));
    }
}

void MainWindow::showManual()
{
    if (!m_help)
        m_help = new HelpWindow(this);
    m_help->showPage(m_controller->database() ? currentPageId() : QString());
    m_help->show();
    m_help->raise();
    m_help->activateWindow();
}

void MainWindow::showAbout()
{
    const Database *db = m_controller->database();
    QMessageBox::about(this, tr("About FairCheck"),
                       tr("<h3>FairCheck %1</h3><p>Enforcement supervision workstation for township justice offices "
                          "and the county justice bureau.</p><p>Licence: GPL-3.0-or-later.</p><p>Data file: %2</p>")
                           .arg(QStringLiteral(FAIRCHECK_VERSION),
                                db ? QDir::toNativeSeparators(db->path()).toHtmlEscaped() : tr("none open")));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // An editor with unsaved input asks before it goes.
    if (m_supervision && m_supervision->review()->hasUnsavedReview()
        && QMessageBox::question(this, tr("Unsaved review"), tr("A case-file review is not saved. Close FairCheck all the same?"))
            != QMessageBox::Yes) {
        event->ignore();
        return;
    }
    kGeometry.set(saveGeometry());
    if (m_controller->database()) {
        kLastPage.set(currentPageId());
        m_controller->backUpOnClose(this);
    }
    event->accept();
}
