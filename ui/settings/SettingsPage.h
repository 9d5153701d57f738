#pragma once

#include "common/Page.h"

#include <QTabWidget>

class AuditTab;
class ExchangeTab;

// Settings: the audit trail and the exchange with other offices.
class SettingsPage final : public QTabWidget, public Page
{
    Q_OBJECT

public:
    explicit SettingsPage(QWidget *parent = nullptr);

    void setDatabase(Database *database) override;
    void showSubPage(const QString &id) override;
    QString currentSubPage() const override;
    void recordsImported(Database *database) override;
    AuditTab *audit() const { return m_audit; }
    ExchangeTab *exchange() const { return m_exchange; }

private:
    AuditTab *m_audit;
    ExchangeTab *m_exchange;
};
