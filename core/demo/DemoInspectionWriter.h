#pragma once

#include <QDate>
#include <QList>
#include <QPair>

class DemoContext;
class DemoRandom;

// Inspection history: quarterly plans, visits (joint where departments share an
// enterprise), tasks with their items, officers, findings, inspection codes and the
// enterprises' satisfaction ratings; plus officers' declared conflicts of interest.
class DemoInspectionWriter final
{
public:
    explicit DemoInspectionWriter(DemoContext &context) : m_context(context) {}

    void writeConflicts();
    void writePlans();
    void writeMonth(const QDate &monthStart);

private:
    void writeVisit(DemoRandom &rng, const QDate &date);
    qint64 planFor(const QDate &date) const;

    DemoContext &m_context;
    QList<QPair<QDate, qint64>> m_plans; // quarter start → plan id
};
