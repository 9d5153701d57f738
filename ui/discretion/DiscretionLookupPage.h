#pragma once

#include <QWidget>

class Database;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTextBrowser;
class QTimer;

// Benchmark lookup: answers as the supervisor types (violation, provision or
// department; matched words highlighted), filters by department, band and red line,
// shows the chosen item with its bands, and opens the assessment for it.
class DiscretionLookupPage final : public QWidget
{
    Q_OBJECT

public:
    explicit DiscretionLookupPage(QWidget *parent = nullptr);

    void setDatabase(Database *database);
    QLineEdit *searchField() const { return m_search; }
    QTableWidget *results() const { return m_results; }
    QLabel *countLabel() const { return m_count; }
    QTextBrowser *details() const { return m_details; }
    // Runs the pending search now (the field waits a moment after each key).
    void searchNow();
    void assessSelected();

private:
    void fillFilters();
    void showSelected();

    Database *m_database = nullptr;
    QLineEdit *m_search;
    QComboBox *m_department;
    QComboBox *m_band;
    QComboBox *m_redLine;
    QCheckBox *m_allVersions;
    QLabel *m_count;
    QTableWidget *m_results;
    QTextBrowser *m_details;
    QPushButton *m_assess;
    QTimer *m_typing;
};
