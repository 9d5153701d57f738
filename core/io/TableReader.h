#pragma once

#include "TableRow.h"

#include <QCoreApplication>

#include <memory>

// Reads a table row by row from CSV, XLSX or XLS, whatever produced it. Rows come
// one at a time, so a million-row file never sits in memory as cells. Errors are
// Refusal naming the file and the place.
class TableReader
{
    Q_DECLARE_TR_FUNCTIONS(TableReader)

public:
    virtual ~TableReader() = default;

    // Fills row and returns true, or returns false at the end.
    virtual bool next(TableRow &row) = 0;
    virtual QString sheetName() const { return {}; }
    // What the file was read as: "UTF-8", "GB18030", "UTF-16LE", "XLSX" …
    virtual QString encoding() const = 0;
    // How much of the file has been read, 0–100, or -1 when unknown.
    virtual int percentRead() const { return -1; }

    // Chooses the reader by what the file is (an XLSX or XLS workbook by its first bytes,
    // whatever its name says), else by its extension; sheet = empty for the first.
    // A web page saved with a spreadsheet's name is read as its table; XML Spreadsheet
    // 2003 is refused saying so.
    static std::unique_ptr<TableReader> open(const QString &path, const QString &sheet = QString());

protected:
    // Refuses a cell longer than Excel allows or holding a control character (other than
    // tab and line breaks), and a file with more cells than ReadLimits::MaxCells, naming
    // the file, sheet, row and column. XLSX and XLS rows go through this; the CSV reader
    // checks while it scans.
    void checkRow(const QString &path, const TableRow &row);
    [[noreturn]] static void refuseCell(const QString &path, const QString &sheet, int row, int column, const QString &problem);
    static QString controlCharacterProblem(QChar c);
    static QString tooLongProblem();
    qint64 m_cellsRead = 0;
};
