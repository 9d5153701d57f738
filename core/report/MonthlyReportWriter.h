#pragma once

#include "MonthlyReport.h"

#include <QCoreApplication>

// Lays the report out as PDF (A4, a font whose Chinese text extracts correctly, page
// numbers), XLSX (one sheet per strand, values not formulas) or DOCX (editable, East
// Asian fonts set so Word and WPS keep the Chinese styling), by the extension.
class MonthlyReportWriter final
{
    Q_DECLARE_TR_FUNCTIONS(MonthlyReportWriter)

public:
    static void write(const MonthlyReport &report, const QString &path);

private:
    static void writePdf(const MonthlyReport &report, const QString &path);
    static void writeXlsx(const MonthlyReport &report, const QString &path);
    static void writeDocx(const MonthlyReport &report, const QString &path);
};
