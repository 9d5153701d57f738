#pragma once

#include "DemoCatalog.h"

#include <QString>

class DemoContext;
class SeededRandom;

// The county's registers: townships and their justice offices (with duty lists),
// departments and their inspection items, industries, officers, enterprises,
// conflicts of interest and the program's users.
class DemoRegistryWriter final
{
public:
    explicit DemoRegistryWriter(DemoContext &context) : m_context(context) {}

    void writeCounty();
    // Enterprises are written in slices so the caller can report progress; returns
    // false once all have been written.
    bool writeEnterprises(int slice);

private:
    void writeOfficers();
    void writeUsers();
    QString enterpriseName(SeededRandom &rng, int type, const QString &township, const DemoCatalog::Industry &industry) const;

    DemoContext &m_context;
    qint64 m_enterprisesWritten = 0;
};
