#include "DiscretionPage.h"

#include "DiscretionLookupPage.h"
#include "PenaltyCasePage.h"

DiscretionPage::DiscretionPage(QWidget *parent)
    : QTabWidget(parent)
    , m_lookup(new DiscretionLookupPage(this))
    , m_cases(new PenaltyCasePage(this))
{
    setDocumentMode(true);
    addTab(m_lookup, tr("Benchmark lookup"));
    addTab(m_cases, tr("Penalty cases"));
}

void DiscretionPage::setDatabase(Database *database)
{
    m_lookup->setDatabase(database);
    m_cases->setDatabase(database);
}

void DiscretionPage::showSubPage(const QString &id)
{
    setCurrentWidget(id == u"cases" ? static_cast<QWidget *>(m_cases) : m_lookup);
}

QString DiscretionPage::currentSubPage() const
{
    return currentWidget() == m_cases ? QStringLiteral("cases") : QString();
}

QStringList DiscretionPage::recordKinds() const
{
    return {QStringLiteral("case_outside_band")};
}

void DiscretionPage::openRecord(const QString &, qint64 recordId, const QString &, const QDate &date)
{
    setCurrentWidget(m_cases);
    m_cases->selectCase(recordId, date);
}

QStringList DiscretionPage::indicatorIds() const
{
    return {QStringLiteral("lenient_cases"), QStringLiteral("fines_waived")};
}

void DiscretionPage::openIndicator(const QString &, const QDate &from, const QDate &to)
{
    setCurrentWidget(m_cases);
    m_cases->setPeriod(from, to);
}
