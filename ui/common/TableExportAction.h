#pragma once

#include <QCoreApplication>

#include <functional>

class Database;
class QTableWidget;

// Adds "Export…" to a table's context menu: writes what the table shows (headers and
// rows, as displayed, so masked where the screen masks) to .xlsx or .csv. When the rows
// come from the open database, the export is recorded in its audit log like every other.
class TableExportAction final
{
    Q_DECLARE_TR_FUNCTIONS(TableExportAction)

public:
    using DatabaseOf = std::function<Database *()>;
    static void install(QTableWidget *table, const QString &suggestedName, const DatabaseOf &database = {});
    // Returns the number of rows written; throws DatabaseError on failure.
    static qint64 write(const QTableWidget *table, const QString &path);
    // write(), recorded in db's audit log under `what` when db is given.
    static qint64 exportTo(const QTableWidget *table, const QString &path, const Database *db, const QString &what);
};
