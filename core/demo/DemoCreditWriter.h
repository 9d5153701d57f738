#pragma once

#include <QDate>

class CreditRuleBook;
class DemoContext;

// Credit history through the credit engine itself: the ledger derives events from
// the visits, findings, cases and complaints written before; honours and a few
// credit repairs are added; scores are computed; the first sandbox list is admitted
// by decision; one member then breaks a red line and is taken out automatically.
class DemoCreditWriter final
{
public:
    explicit DemoCreditWriter(DemoContext &context) : m_context(context) {}

    void write(const CreditRuleBook &book);

private:
    void writeHonours(const CreditRuleBook &book);
    void writeRepairs();
    void writeSandbox(const CreditRuleBook &book);

    DemoContext &m_context;
};
