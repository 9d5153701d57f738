#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Writes a table the way the county's source systems hand theirs out, so the demo's
// files exercise the same readers as the real ones: each has a title above the header
// row. Every file goes through OutputFile (a temporary file renamed into place).
class DemoFileFormats final
{
    Q_DECLARE_TR_FUNCTIONS(DemoFileFormats)

public:
    // An Excel workbook (the 12345 platform's export): a merged title row, the header,
    // every cell as text.
    static void writeXlsx(const QString &path, const QString &title, const QStringList &header, const QList<QStringList> &rows);
    // A CSV in GBK with CRLF line ends (双公示 systems): the title on the first line.
    static void writeGbkCsv(const QString &path, const QString &title, const QStringList &header, const QList<QStringList> &rows);
    // A web page saved as .xls in GBK (互联网+监管): a title table, then the data table
    // with a serial-number column first.
    static void writeHtmlXls(const QString &path, const QString &title, const QStringList &header, const QList<QStringList> &rows);
};
