#pragma once

#include "common/Page.h"

#include <QTabWidget>

class Database;
class DiscretionLookupPage;
class PenaltyCasePage;

// The discretion area: the benchmark lookup and the penalty cases, as tabs.
class DiscretionPage final : public QTabWidget, public Page
{
    Q_OBJECT

public:
    explicit DiscretionPage(QWidget *parent = nullptr);

    void setDatabase(Database *database) override;
    void showSubPage(const QString &id) override;
    QString currentSubPage() const override;
    QStringList recordKinds() const override;
    void openRecord(const QString &kind, qint64 recordId, const QString &uscc, const QDate &date) override;
    QStringList indicatorIds() const override;
    void openIndicator(const QString &indicatorId, const QDate &from, const QDate &to) override;
    DiscretionLookupPage *lookupPage() const { return m_lookup; }
    PenaltyCasePage *casePage() const { return m_cases; }

private:
    DiscretionLookupPage *m_lookup;
    PenaltyCasePage *m_cases;
};
