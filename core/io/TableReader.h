#pragma once

#include "TableRow.h"

#include <QCoreApplication>

#include <memory>

// Reads a table row by row from CSV, XLSX or XLS, whatever produced it. Rows come
// one at a time, so a million-row file never sits in memory as cells. Errors are
// DatabaseError (Rejected) naming the file and the place.
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

    // Chooses the reader by the file's extension; sheet = empty for the first.
    static std::unique_ptr<TableReader> open(const QString &path, const QString &sheet = QString());
};
