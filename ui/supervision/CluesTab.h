#pragma once

#include "supervision/ClueStore.h"

#include <QHash>
#include <QWidget>

class Database;
class QChartView;
class QComboBox;
class QPushButton;
class QTableWidget;
class QTextBrowser;

// Supervision clues: open, overdue, due soon or all, with each clue's steps, the next
// step (only the moves the workflow allows), the supervision notice and evidence; a
// chart of the clues by state.
class CluesTab final : public QWidget
{
    Q_OBJECT

public:
    explicit CluesTab(QWidget *parent = nullptr);

    void setDatabase(Database *database);
    void refresh();
    QTableWidget *table() const { return m_table; }
    QComboBox *listing() const { return m_listing; }
    // Shows the clue selected, in the given listing (all clues by default); false when
    // it is not there.
    bool selectClue(qint64 clueId, ClueStore::Listing listing = ClueStore::Listing::All);
    void showListing(ClueStore::Listing listing);

private:
    void showSelected();
    void nextStep();
    void attachEvidence();
    void refreshChart();

    Database *m_database = nullptr;
    QComboBox *m_listing;
    QTableWidget *m_table;
    QTextBrowser *m_steps;
    QChartView *m_chart;
    QPushButton *m_next;
    QPushButton *m_attach;
    QHash<qint64, ClueStore::Clue> m_clues; // the listed ones, by id
};
