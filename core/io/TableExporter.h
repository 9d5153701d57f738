#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <functional>

// Writes a table to CSV (UTF-8 with BOM, so Excel opens Chinese correctly; fields
// quoted when needed) or XLSX (bold shaded header, column widths, frozen header
// row), chosen by the file's extension. The file appears only when complete.
class TableExporter final
{
    Q_DECLARE_TR_FUNCTIONS(TableExporter)

public:
    // next fills one row and returns true, or returns false at the end.
    static qint64 write(const QString &path, const QStringList &headers, const std::function<bool(QStringList &)> &next);
};
