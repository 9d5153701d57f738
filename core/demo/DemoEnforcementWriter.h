#pragma once

#include <QDate>
#include <QList>

class DemoContext;
class SeededRandom;

// Enforcement history: the discretion benchmark and the county's lenient list with
// their bands, penalty cases (from violations found on visits, and others), 三书同达
// delivery, and case-file reviews.
class DemoEnforcementWriter final
{
public:
    explicit DemoEnforcementWriter(DemoContext &context) : m_context(context) {}

    void writeDiscretionLists();
    void writeCases();
    void writeReviews();

private:
    struct Item
    {
        qint64 id = 0;
        qint64 department = 0;
        qint64 minFen = 0;
        qint64 maxFen = 0;
        bool redLine = false;
        bool lenient = false;
    };
    void writeCase(SeededRandom &rng, qint64 enterprise, qint64 department, const QDate &decided);

    DemoContext &m_context;
    QList<Item> m_items;
    int m_caseSerial = 0;
};
