#pragma once

#include "credit/CreditRuleBook.h"

#include <QWidget>

#include <optional>

class Database;
class QLabel;
class QTableWidget;
class QChartView;

// The credit tab of the enterprise register: score, tier, sandbox standing, the
// score over the last two years, and every event with the points it gives today.
class EnterpriseCreditPane final : public QWidget
{
    Q_OBJECT

public:
    explicit EnterpriseCreditPane(QWidget *parent = nullptr);

    void setDatabase(Database *database);
    void showEnterprise(qint64 enterpriseId);

    QString summaryText() const;
    QTableWidget *explanationTable() const { return m_table; }
    int chartPointCount() const { return m_chartPoints; }

private:
    void clear(const QString &message);

    Database *m_database = nullptr;
    std::optional<CreditRuleBook> m_book;
    QLabel *m_summary;
    QChartView *m_chart;
    QTableWidget *m_table;
    int m_chartPoints = 0;
};
