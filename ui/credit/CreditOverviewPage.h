#pragma once

#include <QMap>
#include <QWidget>

class Database;
class QChartView;
class QLabel;
class QTableWidget;

// The county's credit at a glance: enterprises per tier, the sandbox members, recent
// exits, candidates for admission, and the recompute that keeps it all current.
class CreditOverviewPage final : public QWidget
{
    Q_OBJECT

public:
    explicit CreditOverviewPage(QWidget *parent = nullptr);

    void setDatabase(Database *database);
    void refresh();
    // Runs the recompute (interactive = false: on this thread, no dialog).
    bool recompute(bool full, bool interactive = true);
    void findCandidates(bool interactive = true);

    QTableWidget *membersTable() const { return m_members; }
    QTableWidget *exitsTable() const { return m_exits; }
    QTableWidget *candidatesTable() const { return m_candidates; }
    qint64 tierCount(const QString &tier) const;

private:
    void admitSelected();

    Database *m_database = nullptr;
    QChartView *m_tiers;
    QLabel *m_summary;
    QTableWidget *m_members;
    QTableWidget *m_exits;
    QTableWidget *m_candidates;
    QMap<QString, qint64> m_tierCounts;
};
