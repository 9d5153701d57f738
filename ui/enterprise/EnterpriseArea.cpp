#include "EnterpriseArea.h"

#include "EnterprisePage.h"
#include "credit/CreditOverviewPage.h"
#include "credit/CreditRulesPage.h"

EnterpriseArea::EnterpriseArea(QWidget *parent)
    : QTabWidget(parent)
    , m_register(new EnterprisePage(this))
    , m_credit(new CreditOverviewPage(this))
    , m_rules(new CreditRulesPage(this))
{
    setDocumentMode(true);
    addTab(m_register, tr("Register"));
    addTab(m_credit, tr("Credit and sandbox"));
    addTab(m_rules, tr("Credit rules"));
}

void EnterpriseArea::setDatabase(Database *database)
{
    m_register->setDatabase(database);
    m_credit->setDatabase(database);
    m_rules->setDatabase(database);
}

void EnterpriseArea::recordsImported(Database *database)
{
    // The register and the credit the records fed; the rule versions an import does not touch.
    m_register->setDatabase(database);
    m_credit->setDatabase(database);
}

void EnterpriseArea::showSubPage(const QString &id)
{
    setCurrentWidget(id == u"credit" ? static_cast<QWidget *>(m_credit) : id == u"credit-rules" ? static_cast<QWidget *>(m_rules)
                                                                                                : m_register);
}

QString EnterpriseArea::currentSubPage() const
{
    if (currentWidget() == m_credit)
        return QStringLiteral("credit");
    if (currentWidget() == m_rules)
        return QStringLiteral("credit-rules");
    return {};
}

QStringList EnterpriseArea::recordKinds() const
{
    // A sandbox exit, and any line that names an enterprise without a page of its own.
    return {QStringLiteral("sandbox_exit"), QStringLiteral("enterprise")};
}

void EnterpriseArea::openRecord(const QString &, qint64, const QString &uscc, const QDate &)
{
    setCurrentWidget(m_register);
    if (!uscc.isEmpty())
        m_register->showEnterprise(uscc);
}

QStringList EnterpriseArea::indicatorIds() const
{
    return {QStringLiteral("sandbox_members"), QStringLiteral("sandbox_entries"), QStringLiteral("sandbox_exits"),
            QStringLiteral("enterprises_scored"), QStringLiteral("credit_repairs")};
}

void EnterpriseArea::openIndicator(const QString &, const QDate &, const QDate &)
{
    setCurrentWidget(m_credit);
}
