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
