#pragma once

#include <QWidget>

class Database;
class QChartView;
class QCheckBox;
class QLabel;
class QTableWidget;

// Officer points: every active officer with points and grade (sortable), those due for
// retraining, and the chosen officer's profile — a radar of the five dimensions and the
// points over time.
class OfficersTab final : public QWidget
{
    Q_OBJECT

public:
    explicit OfficersTab(QWidget *parent = nullptr);

    void setDatabase(Database *database);
    void refresh();
    void showOfficer(qint64 officerId);
    QTableWidget *table() const { return m_table; }
    QLabel *profileTitle() const { return m_title; }

private:
    Database *m_database = nullptr;
    QCheckBox *m_retrainingOnly;
    QTableWidget *m_table;
    QLabel *m_title;
    QChartView *m_radar;
    QChartView *m_history;
};
