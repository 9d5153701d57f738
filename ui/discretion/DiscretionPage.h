#pragma once

#include <QTabWidget>

class Database;
class DiscretionLookupPage;
class PenaltyCasePage;

// The discretion area: the benchmark lookup and the penalty cases, as tabs.
class DiscretionPage final : public QTabWidget
{
    Q_OBJECT

public:
    explicit DiscretionPage(QWidget *parent = nullptr);

    void setDatabase(Database *database);
    DiscretionLookupPage *lookupPage() const { return m_lookup; }
    PenaltyCasePage *casePage() const { return m_cases; }

private:
    DiscretionLookupPage *m_lookup;
    PenaltyCasePage *m_cases;
};
