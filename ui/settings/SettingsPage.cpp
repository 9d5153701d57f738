#include "SettingsPage.h"

#include "AuditTab.h"
#include "ExchangeTab.h"

SettingsPage::SettingsPage(QWidget *parent)
    : QTabWidget(parent)
    , m_audit(new AuditTab(this))
    , m_exchange(new ExchangeTab(this))
{
    addTab(m_audit, tr("Audit trail"));
    addTab(m_exchange, tr("Data exchange"));
}

void SettingsPage::setDatabase(Database *database)
{
    m_audit->setDatabase(database);
    m_exchange->setDatabase(database);
}

void SettingsPage::showSubPage(const QString &id)
{
    setCurrentWidget(id == u"exchange" ? static_cast<QWidget *>(m_exchange) : m_audit);
}

QString SettingsPage::currentSubPage() const
{
    return currentWidget() == m_exchange ? QStringLiteral("exchange") : QString();
}

void SettingsPage::recordsImported(Database *database)
{
    m_audit->setDatabase(database);
}
