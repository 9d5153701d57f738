#include "MainWindow.h"

#include "DatabaseController.h"
#include "PageRegistry.h"
#include "Version.h"
#include "WelcomePage.h"
#include "common/BackgroundTask.h"
#include "common/ErrorDialog.h"
#include "common/FormDialog.h"
#include "common/Page.h"
#include "common/SettingValue.h"
#include "common/TabNavigation.h"
#include "common/WindowPlacement.h"
#include "db/BackupRotation.h"
#include "db/Database.h"
#include "db/DatabaseBackup.h"
#include "db/DatabaseError.h"
#include "demo/DemoCountyGenerator.h"
#include "demo/DemoSourceFiles.h"
#include "help/HelpWindow.h"
#include "io/ImportDialog.h"
#include "users/Session.h"
#include "users/UserStore.h"
#include "domain/Role.h"

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

QStringList MainWindow::pageIds()
{
    return PageRegistry::pageIds();
}

void MainWindow::buildPages()
{
    for (const PageRegistry::Entry &entry : PageRegistry::all()) {
        QWidget *widget = entry.make(this);
        widget->setObjectName(entry.id + QStringLiteral("Page"));
        Page *page = dynamic_cast<Page *>(widget);
        Q_ASSERT(page);
        page->attach(this);
        m_pages.append(page);
        auto *item = new QListWidgetItem(style()->standardIcon(entry.icon), entry.translatedTitle(), m_navigation);
        item->setSizeHint(QSize(0, fontMetrics().height() * 2 + 4));
        m_stack->addWidget(widget);
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
    // Only the demo county's file: invented records never go beside a real county's.
    m_demoFilesAction = file->addAction(tr("Save the demo county's source &files…"), this, &MainWindow::saveDemoFiles);
    m_demoFilesAction->setObjectName(QStringLiteral("saveDemoFiles"));
    m_demoFilesAction->setVisible(false);
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
    m_demoFilesAction->setVisible(db != nullptr && DemoCountyGenerator::isDemo(db->connection()));
    refreshRecentMenu();
    for (Page *page : std::as_const(m_pages))
        page->setDatabase(db);
    if (!db) {
        m_stack->setCurrentWidget(m_welcome);
        statusBar()->showMessage(tr("No database open"));
        return;
    }
    const QString who = Session::username().isEmpty()
        ? (UserStore::hasUsers(db->connection()) ? tr("view only (not signed in)") : QString())
        : tr("%1 (%2)").arg(Session::username(), Role::nameOf(Session::role()));
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
    const int index = PageRegistry::areaOf(id);
    if (!m_controller->database() || index < 0)
        return false;
    m_navigation->setCurrentRow(index);
    m_stack->setCurrentIndex(index);
    m_pages.at(index)->showSubPage(id == PageRegistry::all().at(index).id ? QString() : id);
    return true;
}

QString MainWindow::currentPageId() const
{
    const int index = m_stack->currentIndex();
    if (index < 0 || index >= m_pages.size())
        return QStringLiteral("welcome");
    const QString sub = m_pages.at(index)->currentSubPage();
    return sub.isEmpty() ? PageRegistry::all().at(index).id : sub;
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

void MainWindow::saveDemoFiles()
{
    Database *db = m_controller->database();
    if (!db)
        return;
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for the demo county's source files"), QDir::homePath());
    if (folder.isEmpty())
        return;
    QList<DemoSourceFiles::File> files;
    if (!ErrorDialog::attempt(this, [&] { files = DemoSourceFiles::write(db->connection(), folder, QDate(), DemoOptions().seed); }))
        return;
    QStringList lines;
    for (const DemoSourceFiles::File &file : std::as_const(files))
        lines.append(tr("%1 (%n row(s))", nullptr, file.rows).arg(QDir::toNativeSeparators(file.path)));
    QMessageBox::information(this, tr("Demo files saved"),
                             tr("A month of the demo county's records as its systems export them:\n\n%1\n\n"
                                "Import them with File → Import a list… as 12345 orders, penalty cases and inspection "
                                "records; the import asks how to read the names the register writes otherwise. "
                                "Supervision → Findings then shows what they reveal.")
                                 .arg(lines.join(QLatin1Char('\n'))));
}

void MainWindow::openDemo()
{
    m_controller->openDemo(this);
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
    // that show them read them again.
    for (Page *page : std::as_const(m_pages))
        page->recordsImported(db);
    statusBar()->showMessage(dialog.summary(), 10000);
    // What the import leaves to a person (cases to match to their item, rows left out) is
    // said, not only written to the status bar.
    const QStringList notes = dialog.notes();
    if (!notes.isEmpty()) {
        constexpr int shown = 20;
        QString text = dialog.summary() + QStringLiteral("\n\n") + notes.mid(0, shown).join(QLatin1Char('\n'));
        if (notes.size() > shown)
            text += QLatin1Char('\n') + tr("… and %n more.", nullptr, int(notes.size() - shown));
        QMessageBox box(QMessageBox::Information, tr("Imported: to follow up"), text, QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("importNotes"));
        box.exec();
    }
}

void MainWindow::openRecord(const QString &kind, qint64 recordId, const QString &uscc, const QDate &date)
{
    // What a to-do line names, opened where it is worked on, selected; a line about an
    // enterprise that no page claims opens the enterprise.
    for (const QString &claimed : {kind, uscc.isEmpty() ? QString() : QStringLiteral("enterprise")}) {
        for (int i = 0; i < m_pages.size(); ++i) {
            if (!claimed.isEmpty() && m_pages.at(i)->recordKinds().contains(claimed) && showPage(PageRegistry::all().at(i).id)) {
                m_pages.at(i)->openRecord(kind, recordId, uscc, date);
                return;
            }
        }
    }
}

void MainWindow::openIndicator(const QString &indicatorId, const QDate &from, const QDate &to)
{
    // Each tile opens the list its figure counts from.
    for (int i = 0; i < m_pages.size(); ++i) {
        if (m_pages.at(i)->indicatorIds().contains(indicatorId) && showPage(PageRegistry::all().at(i).id)) {
            m_pages.at(i)->openIndicator(indicatorId, from, to);
            return;
        }
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
    // A page with unsaved input asks before it goes.
    for (Page *page : std::as_const(m_pages)) {
        if (!page->mayClose()) {
            event->ignore();
            return;
        }
    }
    kGeometry.set(saveGeometry());
    if (m_controller->database()) {
        kLastPage.set(currentPageId());
        m_controller->backUpOnClose(this);
    }
    event->accept();
}
