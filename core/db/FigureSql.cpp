#include "FigureSql.h"

QString FigureSql::overdueClue()
{
    // Received, not closed and past its deadline on :asof (the month's end, or today).
    return QStringLiteral("AND c.received_on <= :asof AND (c.closed_on IS NULL OR c.closed_on > :asof) AND c.deadline < :asof ");
}

QString FigureSql::lenientCase()
{
    return QStringLiteral("p.outcome IN ('no_penalty', 'reduced', 'lighter')");
}

QString FigureSql::fineWaived()
{
    return QStringLiteral("max(0, COALESCE(p.reference_fen, 0) - p.fine_fen)");
}

QString FigureSql::visitCount()
{
    return QStringLiteral("SELECT count(*) FROM ({VISITS})");
}

QString FigureSql::jointVisits()
{
    return QStringLiteral("SELECT count(*) FROM ({VISITS}) s WHERE (SELECT count(DISTINCT t.department_id) FROM inspection_task t "
                          "WHERE t.visit_id = s.id) >= 2");
}

QString FigureSql::taskCount()
{
    return QStringLiteral("SELECT count(*) FROM inspection_task t WHERE t.visit_id IN ({VISITS}) {DEPT}");
}
