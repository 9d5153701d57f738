#pragma once

#include <QDate>

class DemoContext;

// Service history: forums with enterprises and the requests raised there (with their
// steps and the enterprises' feedback), training sessions with the enterprises that
// attended, invitations (the invited visits' own come with the visits), and
// credit-repair help.
class DemoServiceWriter final
{
public:
    explicit DemoServiceWriter(DemoContext &context) : m_context(context) {}

    void writeMonth(const QDate &monthStart);
    // The invitation behind an invited visit, with its "1 + 1" team and advice.
    void writeInvitation(qint64 visit, qint64 enterprise, qint64 department, const QDate &date, bool done);
    // After the credit history: repairs of enterprises trained in credit repair before
    // applying count as helped, with the notice they were sent.
    void writeRepairHelp();

private:
    DemoContext &m_context;
};
