#pragma once

#include <QMainWindow>
#include <QStringList>

class DatabaseController;
class EnterprisePage;
class QListWidget;
class QMenu;
class QStackedWidget;
class WelcomePage;

// The frame: a navigation sidebar for every area, one page widget per area, the File
// and Help menus. Pages do their own work; this class only switches between them
// and hands them the open database.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(DatabaseController *controller, QWidget *parent = nullptr);

    // Stable page ids for --page: dashboard, inspections, enterprises, discretion,
    // supervision, services, reports, settings.
    static QStringList pageIds();
    bool showPage(const QString &id);
    QString currentPageId() const;

    EnterprisePage *enterprisePage() const { return m_enterprisePage; }

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
    void showAbout();

    DatabaseController *m_controller;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    WelcomePage *m_welcome;
    EnterprisePage *m_enterprisePage = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_backupAction = nullptr;
};
