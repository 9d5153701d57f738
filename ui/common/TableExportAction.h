#pragma once

#include <QCoreApplication>

class QTableWidget;

// Adds "Export…" to a table's context menu: writes what the table shows (headers and
// rows, as displayed) to .xlsx or .csv.
class TableExportAction final
{
    Q_DECLARE_TR_FUNCTIONS(TableExportAction)

public:
    static void install(QTableWidget *table, const QString &suggestedName);
    // Returns the number of rows written; throws DatabaseError on failure.
    static qint64 write(const QTableWidget *table, const QString &path);
};
