#pragma once

#include <QWidget>

class Database;
class EnterpriseCreditPane;
class EnterpriseDetailPane;
class EnterpriseTableModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

// The enterprise register: search by USCC or name, filters by township, industry and
// credit tier, a lazy table and the selected enterprise's record.
class EnterprisePage final : public QWidget
{
    Q_OBJECT

public:
    explicit EnterprisePage(QWidget *parent = nullptr);

    void setDatabase(Database *database);
    void selectRow(int row);
    // Finds the enterprise by its code and selects it, its record and credit beside.
    void showEnterprise(const QString &uscc);
    // Writes the rows the table shows (filter and sort) to .xlsx or .csv; -1 on error.
    qint64 exportTo(const QString &path);

    EnterpriseTableModel *model() const { return m_model; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *townshipFilter() const { return m_township; }
    QComboBox *tierFilter() const { return m_tier; }
    EnterpriseDetailPane *detailPane() const { return m_detail; }
    EnterpriseCreditPane *creditPane() const { return m_credit; }
    QTableView *table() const { return m_table; }

private:
    void applyFilters();
    void showCurrent();
    void fillFilters();

    Database *m_database = nullptr;
    EnterpriseTableModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_township;
    QComboBox *m_industry;
    QComboBox *m_tier;
    QLabel *m_count;
    QTableView *m_table;
    EnterpriseDetailPane *m_detail;
    EnterpriseCreditPane *m_credit;
    QTimer *m_searchDelay;
};
