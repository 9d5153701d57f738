#pragma once

#include <QDate>
#include <QList>
#include <QPair>

class DemoContext;
class SeededRandom;
class DemoServiceWriter;

// Inspection history: quarterly plans, visits (joint where departments share an
// enterprise), tasks with their items, officers, findings, inspection codes and the
// enterprises' satisfaction ratings; plus officers' declared conflicts of interest.
class DemoInspectionWriter final
{
public:
    // Invited visits get their invitation from the service writer.
    DemoInspectionWriter(DemoContext &context, DemoServiceWriter &services) : m_context(context), m_services(services) {}

    void writeConflicts();
    void writePlans();
    void writeMonth(const QDate &monthStart);

private:
    void writeVisit(SeededRandom &rng, const QDate &date);
    qint64 planFor(const QDate &date) const;

    DemoContext &m_context;
    DemoServiceWriter &m_services;
    QList<QPair<QDate, qint64>> m_plans; // quarter start → plan id
};
