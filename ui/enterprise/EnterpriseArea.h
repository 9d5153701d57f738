#pragma once

#include "common/Page.h"

#include <QTabWidget>

class CreditOverviewPage;
class CreditRulesPage;
class EnterprisePage;

// The enterprise area: the register, the county's credit and sandbox, the credit rules.
class EnterpriseArea final : public QTabWidget, public Page
{
    Q_OBJECT

public:
    explicit EnterpriseArea(QWidget *parent = nullptr);

    void setDatabase(Database *database) override;
    void recordsImported(Database *database) override;
    void showSubPage(const QString &id) override;
    QString currentSubPage() const override;
    QStringList recordKinds() const override;
    void openRecord(const QString &kind, qint64 recordId, const QString &uscc, const QDate &date) override;
    QStringList indicatorIds() const override;
    void openIndicator(const QString &indicatorId, const QDate &from, const QDate &to) override;

private:
    EnterprisePage *m_register;
    CreditOverviewPage *m_credit;
    CreditRulesPage *m_rules;
};
