#pragma once

#include <QDate>

class DemoContext;

// Service history: forums with enterprises and the requests raised there, and
// training sessions with the enterprises that attended.
class DemoServiceWriter final
{
public:
    explicit DemoServiceWriter(DemoContext &context) : m_context(context) {}

    void writeMonth(const QDate &monthStart);

private:
    DemoContext &m_context;
};
