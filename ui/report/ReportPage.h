#pragma once

#include <QWidget>

class Database;
class QComboBox;
class QDateEdit;
class QLabel;
class QTableWidget;

// The monthly supervision report: choose month and township, read the summary and
// every figure (its definition as a tooltip), and write PDF, XLSX or DOCX in one
// click (on a worker thread). The months offered are the past ones, newest first, and
// the one running (marked as not over: its figures are as of today); none to come.
class ReportPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ReportPage(QWidget *parent = nullptr);

    void setDatabase(Database *database);
    void preview();
    // Writes the report for the chosen month and township; returns false on failure.
    bool exportTo(const QString &path, bool interactive = true);
    QString previewText() const;
    QDate month() const;
    // Chooses the month (its first day); false when it is not offered.
    bool setMonth(const QDate &anyDay);
    QComboBox *monthBox() const { return m_month; }
    QTableWidget *figuresTable() const { return m_figures; }

private:
    void chooseAndExport(const QString &suffix);

    Database *m_database = nullptr;
    QComboBox *m_month;
    QComboBox *m_township;
    QLabel *m_summary;
    QTableWidget *m_figures;
    QLabel *m_status;
};
