#pragma once

#include "common/Page.h"
#include "report/DashboardData.h"

#include <QFutureWatcher>
#include <QWidget>

class Database;
class GettingStartedPanel;
class IndicatorTile;
class QChartView;
class QComboBox;
class QLabel;
class QListWidget;

// The supervisor's morning view: indicator tiles with the change from last month,
// trends, inspections by department, credit tiers, clues by state, and what needs
// attention (double-click opens the enterprise). Figures are computed on a worker
// thread through their own connection; the window stays responsive.
class DashboardPage final : public QWidget, public Page
{
    Q_OBJECT

public:
    explicit DashboardPage(QWidget *parent = nullptr);
    ~DashboardPage() override;

    void setDatabase(Database *database) override;
    void attach(PageHost *host) override;
    // The checklist ticks what came in, the figures count it.
    void recordsImported(Database *database) override { setDatabase(database); }
    void refresh();
    bool isComputing() const { return m_watcher.isRunning(); }
    const DashboardData &data() const { return m_data; }
    IndicatorTile *tile(const QString &id) const;
    QListWidget *attentionList() const { return m_attention; }
    QComboBox *monthBox() const { return m_month; }
    GettingStartedPanel *gettingStarted() const { return m_gettingStarted; }

signals:
    void importRequested(const QString &kind);
    // A to-do line opened: the clue, visit or case it names (kind as DashboardData says).
    void recordRequested(const QString &kind, qint64 recordId, const QString &uscc, const QDate &date);
    // A figure's tile opened: the records it counts, for the month shown.
    void indicatorRequested(const QString &indicatorId, const QDate &from, const QDate &to);
    void demoRequested();
    void refreshed();

private:
    void apply();

    Database *m_database = nullptr;
    QComboBox *m_month;
    QComboBox *m_township;
    GettingStartedPanel *m_gettingStarted;
    QLabel *m_status;
    QList<IndicatorTile *> m_tiles;
    QChartView *m_trend;
    QChartView *m_departments;
    QChartView *m_tiers;
    QChartView *m_clues;
    QListWidget *m_attention;
    QFutureWatcher<DashboardData> m_watcher;
    DashboardData m_data;
    bool m_again = false;
};
