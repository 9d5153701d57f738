#pragma once

#include "MonthlyReport.h"

#include <QCoreApplication>

// Lays the report out as PDF (A4, a font whose Chinese text extracts correctly, page
// numbers) or XLSX (one sheet per strand, values not formulas), by the extension.
class MonthlyReportWriter final
{
    Q_DECLARE_TR_FUNCTIONS(MonthlyReportWriter)

public:
    static void write(const MonthlyReport &report, const QString &path);

private:
    static void writePdf(const MonthlyReport &report, const QString &path);
    static void writeXlsx(const MonthlyReport &report, const QString &path);
};
