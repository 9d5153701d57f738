#pragma once

#include <QDate>
#include <QString>
#include <QVariant>

class DemoContext;

// Credit history derived from everything written before: events from visits,
// findings, cases and verified complaints, honours, credit repairs, the cached
// score and tier on each enterprise, the first sandbox list and one red-line exit.
//
// The cached score uses the DESIGN.md defaults directly; the credit engine issue
// owns the real computation and will refresh these columns from its rule sets.
class DemoCreditWriter final
{
public:
    explicit DemoCreditWriter(DemoContext &context) : m_context(context) {}

    void writeEvents();
    void writeRepairs();
    void refreshCachedScores();
    void writeSandbox();

private:
    void event(qint64 enterprise, const QDate &date, const QString &kind, int points, const QString &sourceTable,
               const QVariant &sourceId, const QString &reason, int publicityMonths, bool redLine = false);

    DemoContext &m_context;
};
