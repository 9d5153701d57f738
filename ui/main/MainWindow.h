#pragma once

#include <QMainWindow>
#include <QStringList>

class AuditTab;
class CreditOverviewPage;
class CreditRulesPage;
class DashboardPage;
class DiscretionPage;
class InspectionsPage;
class ServicesPage;
class SupervisionPage;
class ReportPage;
class DatabaseController;
class EnterprisePage;
class HelpWindow;
class QAction;
class QListWidget;
class QMenu;
class QStackedWidget;
class QTabWidget;
class WelcomePage;

// The frame: a navigation sidebar for every area, one page widget per area, the File
// and Help menus. Pages do their own work; this class only switches between them
// and hands them the open database.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(DatabaseController *controller, QWidget *parent = nullptr);

    // Stable ids of the navigation areas: dashboard, inspections, enterprises,
    // discretion, supervision, services, reports, settings.
    static QStringList areaIds();
    // Ids accepted by --page: the areas plus credit and credit-rules (tabs of the
    // enterprise area) and cases (the discretion area's penalty cases).
    static QStringList pageIds();
    bool showPage(const QString &id);
    // The manual at the current page (F1); the window, for tests.
    void showManual();
    HelpWindow *helpWindow() const { return m_help; }
    // A dashboard to-do line's record, opened where it is worked on and selected.
    void openRecord(const QString &kind, qint64 recordId, const QString &uscc, const QDate &date);
    // A dashboard tile's records: the list its figure counts from.
    void openIndicator(const QString &indicatorId, const QDate &from, const QDate &to);
    QString currentPageId() const;

    EnterprisePage *enterprisePage() const { return m_enterprisePage; }
    DashboardPage *dashboardPage() const { return m_dashboard; }
    ReportPage *reportPage() const { return m_reports; }
    CreditOverviewPage *creditOverviewPage() const { return m_creditOverview; }
    CreditRulesPage *creditRulesPage() const { return m_creditRules; }
    DiscretionPage *discretionPage() const { return m_discretion; }
    ServicesPage *servicesPage() const { return m_services; }
    InspectionsPage *inspectionsPage() const { return m_inspections; }
    SupervisionPage *supervisionPage() const { return m_supervision; }
    AuditTab *auditPage() const { return m_audit; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildPages();
    void buildMenus();
    void refreshRecentMenu();
    void onDatabaseChanged();
    void chooseAndOpen();
    void chooseAndCreate();
    void backUp();
    void restoreFromBackup();
    void importEnterprises();
    void importFile(const QString &kind);
    void openEnterprise(const QString &uscc);
    void showAbout();

    DatabaseController *m_controller;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    WelcomePage *m_welcome;
    DashboardPage *m_dashboard = nullptr;
    ReportPage *m_reports = nullptr;
    EnterprisePage *m_enterprisePage = nullptr;
    CreditOverviewPage *m_creditOverview = nullptr;
    CreditRulesPage *m_creditRules = nullptr;
    DiscretionPage *m_discretion = nullptr;
    ServicesPage *m_services = nullptr;
    InspectionsPage *m_inspections = nullptr;
    SupervisionPage *m_supervision = nullptr;
    HelpWindow *m_help = nullptr;
    QAction *m_manualAction = nullptr;
    AuditTab *m_audit = nullptr;
    QTabWidget *m_enterpriseTabs = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_backupAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QAction *m_importAction = nullptr;
};
