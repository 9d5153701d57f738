#include "GuiStartup.h"

#include "dashboard/DashboardPage.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "db/OutputFile.h"
#include "enterprise/EnterprisePage.h"
#include "enterprise/EnterpriseTableModel.h"
#include "main/DatabaseController.h"
#include "main/MainWindow.h"
#include "report/ReportPage.h"
#include "util/Refusal.h"

#include <QApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QTextStream>
#include <QTimer>

bool GuiStartup::needsNoDisplay(int argc, char *argv[])
{
    // A screenshot, the version and the help only print or write a file: they must work
    // over ssh or in a terminal without a desktop.
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (qstrcmp(arg, "--screenshot") == 0 || qstrncmp(arg, "--screenshot=", 13) == 0
            || qstrcmp(arg, "--version") == 0 || qstrcmp(arg, "-v") == 0
            || qstrcmp(arg, "--help") == 0 || qstrcmp(arg, "-h") == 0 || qstrcmp(arg, "--help-all") == 0)
            return true;
    }
    return false;
}

int GuiStartup::run(DatabaseController &controller, MainWindow &window)
{
    m_parser.setApplicationDescription(tr("FairCheck enforcement supervision workstation."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions({
        {QStringLiteral("db"), tr("Open this database file (created if missing)."), tr("path")},
        {QStringLiteral("demo"), tr("Open the demo county (built on first use).")},
        {QStringLiteral("lang"), tr("Language of the interface (zh_CN or en)."), tr("language")},
        {QStringLiteral("page"), tr("Page to show: %1.").arg(MainWindow::pageIds().join(QStringLiteral(", "))), tr("page")},
        {QStringLiteral("screenshot"), tr("Render the window offscreen to this PNG file and exit."), tr("file")},
        {QStringLiteral("size"), tr("Window size for --screenshot, such as 1366x768 (the default) or 1024x768."), tr("size")},
    });
    m_parser.process(*QCoreApplication::instance());

    const bool screenshotMode = m_parser.isSet(QStringLiteral("screenshot"));
    const QString page = m_parser.value(QStringLiteral("page"));
    if (!page.isEmpty() && !MainWindow::pageIds().contains(page)) {
        QTextStream(stderr) << tr("Unknown page %1; choose one of: %2")
                                   .arg(page, MainWindow::pageIds().join(QStringLiteral(", ")))
                            << Qt::endl;
        return 2;
    }
    openInitialDatabase(controller, window, !screenshotMode);
    if (!page.isEmpty())
        window.showPage(page);
    if (screenshotMode)
        return screenshot(window);
    window.show();
    return -1;
}

void GuiStartup::openInitialDatabase(DatabaseController &controller, MainWindow &window, bool interactive)
{
    // Without a user to answer (a screenshot), questions are not asked: a file another
    // window has is opened read-only, one with users for viewing only.
    QWidget *parent = interactive ? &window : nullptr;
    if (m_parser.isSet(QStringLiteral("demo"))) {
        controller.openDemo(&window, interactive);
        return;
    }
    const QString explicitPath = Database::resolvePath(m_parser.value(QStringLiteral("db")));
    if (m_parser.isSet(QStringLiteral("db")) || !qEnvironmentVariableIsEmpty("FAIRCHECK_DB")) {
        controller.createFile(explicitPath, parent);
        return;
    }
    // Otherwise the last database used, then the default file; with neither, the
    // welcome page asks.
    for (const QString &candidate : {controller.lastDatabase(), Database::defaultPath()}) {
        if (!candidate.isEmpty() && QFileInfo::exists(candidate) && controller.openFile(candidate, parent))
            return;
    }
}

int GuiStartup::screenshot(MainWindow &window)
{
    // The whole screen of a common office PC less its task bar and title bar, so that
    // what is clipped here would be clipped there.
    const QStringList size = m_parser.value(QStringLiteral("size")).split(QLatin1Char('x'));
    int width = 1366, height = 768;
    if (m_parser.isSet(QStringLiteral("size"))) {
        bool okWidth = false, okHeight = false;
        if (size.size() == 2) {
            width = size.at(0).toInt(&okWidth);
            height = size.at(1).toInt(&okHeight);
        }
        if (!okWidth || !okHeight || width < 320 || height < 240 || width > 8192 || height > 8192) {
            QTextStream(stderr) << tr("Write the size as WIDTHxHEIGHT, such as 1024x768.") << Qt::endl;
            return 2;
        }
    }
    window.setWindowState(Qt::WindowNoState);
    window.resize(width, height - 40 - 30); // task bar and title bar
    window.show();
    // The dashboard's and the report's figures, and the register's count, come from a
    // worker thread: wait for them (at most a minute).
    QEventLoop loop;
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    EnterpriseTableModel *register_ = window.findChild<EnterprisePage *>()->model();
    if (window.currentPageId() == u"enterprises" && register_->isCounting()) {
        QObject::connect(register_, &EnterpriseTableModel::countChanged, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (window.currentPageId() == u"enterprises")
        window.findChild<EnterprisePage *>()->selectRow(0);
    if (window.currentPageId() == u"dashboard" && window.findChild<DashboardPage *>()->isComputing()) {
        QObject::connect(window.findChild<DashboardPage *>(), &DashboardPage::refreshed, &loop, &QEventLoop::quit);
        loop.exec();
    } else if (window.currentPageId() == u"reports" && window.findChild<ReportPage *>()->isComputing()) {
        QObject::connect(window.findChild<ReportPage *>(), &ReportPage::previewed, &loop, &QEventLoop::quit);
        loop.exec();
    }
    QApplication::processEvents();
    const QString file = m_parser.value(QStringLiteral("screenshot"));
    try {
        OutputFile out(file, {QStringLiteral("png")});
        if (!window.grab().save(out.temporaryPath(), "PNG"))
            throw Refusal(tr("Cannot write the screenshot %1.").arg(file));
        out.commit();
    } catch (const Error &error) {
        QTextStream(stderr) << error.message() << Qt::endl;
        return 2;
    }
    QTextStream(stdout) << tr("Screenshot of the %1 page written to %2.").arg(window.currentPageId(), file) << Qt::endl;
    return 0;
}
