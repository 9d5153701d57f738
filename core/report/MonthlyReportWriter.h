#pragma once

#include "MonthlyReport.h"

#include <QCoreApplication>

// Lays the report out as PDF (A4, a font whose Chinese text extracts correctly, each
// strand's twelve-month charts), XLSX (one sheet per strand: numbers as numbers, this
// month, last month, the change and twelve months, with a chart) or DOCX (the layout of
// an official document, GB/T 9704, with the charts, to edit in WPS or Word), by the
// extension.
class MonthlyReportWriter final
{
    Q_DECLARE_TR_FUNCTIONS(MonthlyReportWriter)

public:
    static void write(const MonthlyReport &report, const QString &path);
    // A heading's number in the report's language: 一、二、… in Chinese, 1. 2. … otherwise.
    static QString headingNumber(int index);

private:
    static void writePdf(const MonthlyReport &report, const QString &path);
    static void writeXlsx(const MonthlyReport &report, const QString &path);
    static void writeDocx(const MonthlyReport &report, const QString &path);
    static QString findingsHtml(const MonthlyReport &report);
};
