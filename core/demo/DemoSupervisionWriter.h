#pragma once

#include <QDate>

class DemoContext;

// Supervision history: 12345 work orders, the clues taken from them with every step
// to closure, and officers' score events with the grade they lead to.
class DemoSupervisionWriter final
{
public:
    explicit DemoSupervisionWriter(DemoContext &context) : m_context(context) {}

    void writeHotlineMonth(const QDate &monthStart);
    void writeOfficerScores();

private:
    DemoContext &m_context;
    int m_orderSerial = 0;
};
