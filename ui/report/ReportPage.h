#pragma once

#include "common/Page.h"
#include "report/MonthlyReport.h"

#include <QFutureWatcher>
#include <QWidget>

class Database;
class QComboBox;
class QLabel;
class QTableWidget;

// The monthly supervision report: choose month and township, read the summary and
// every figure (its definition as a tooltip), and write PDF, XLSX or DOCX in one
// click. The preview and the files are made on worker threads through their own
// connection; the window stays responsive on a big county. The months offered are the past ones, newest first, and
// the one running (marked as not over: its figures are as of today); none to come.
class ReportPage final : public QWidget, public Page
{
    Q_OBJECT

public:
    explicit ReportPage(QWidget *parent = nullptr);
    ~ReportPage() override;

    void setDatabase(Database *database) override;
    // Computes the figures of the chosen month and township off the GUI thread;
    // previewed() when they are shown.
    void preview();
    bool isComputing() const { return m_watcher.isRunning(); }
    // Writes the report for the chosen month and township; returns false on failure.
    bool exportTo(const QString &path, bool interactive = true);
    QString previewText() const;
    QDate month() const;
    // Chooses the month (its first day); false when it is not offered.
    bool setMonth(const QDate &anyDay);
    QComboBox *monthBox() const { return m_month; }
    QTableWidget *figuresTable() const { return m_figures; }

signals:
    void previewed();

private:
    struct Preview
    {
        MonthlyReport report;
        QString error;
    };
    void showPreview();
    void chooseAndExport(const QString &suffix);

    Database *m_database = nullptr;
    QComboBox *m_month;
    QComboBox *m_township;
    QLabel *m_summary;
    QTableWidget *m_figures;
    QLabel *m_status;
    QFutureWatcher<Preview> m_watcher;
    bool m_again = false; // the choice changed while computing: once more when done
};
