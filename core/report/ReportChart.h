#pragma once

#include "report/MonthlyReport.h"

#include <QCoreApplication>
#include <QFont>
#include <QImage>

// A strand's figures as small multiples: one row per figure, its twelve months as bars
// on the figure's own scale (1,820 visits and 3 sandbox exits are each readable), this
// month darker and its value written beside. Drawn with QPainter for the PDF and the
// DOCX (core has no Qt Charts). Needs fonts: a drawing application.
class ReportChart final
{
    Q_DECLARE_TR_FUNCTIONS(ReportChart)

public:
    static QImage strand(const MonthlyReport::Strand &strand, const QList<QDate> &months, const QFont &font);
    // The height of a bar of `value` where the figure's largest month is `top`: at least
    // a hairline for any value above zero, so a small month is not mistaken for none.
    static int barHeight(double value, double top, int full);
};
