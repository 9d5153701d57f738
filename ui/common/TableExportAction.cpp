#include "TableExportAction.h"

#include "ErrorDialog.h"
#include "db/DatabaseError.h"
#include "db/Database.h"
#include "io/ExportPolicy.h"
#include "io/TableExporter.h"

#include <QAction>
#include <QFileDialog>
#include <QTableWidget>

qint64 TableExportAction::write(const QTableWidget *table, const QString &path)
{
    QStringList headers;
    for (int c = 0; c < table->columnCount(); ++c) {
        const QTableWidgetItem *header = table->horizontalHeaderItem(c);
        headers.append(header ? header->text() : QString());
    }
    int row = 0;
    return TableExporter::write(path, headers, [&](QStringList &cells) {
        if (row >= table->rowCount())
            return false;
        cells.clear();
        for (int c = 0; c < table->columnCount(); ++c) {
            const QTableWidgetItem *item = table->item(row, c);
            cells.append(item ? item->text() : QString());
        }
        ++row;
        return true;
    });
}

qint64 TableExportAction::exportTo(const QTableWidget *table, const QString &path, const Database *db, const QString &what)
{
    if (db)
        ExportPolicy::refuseWhenUnrecordable(db->connection());
    const qint64 rows = write(table, path);
    if (db)
        ExportPolicy::record(db->connection(), what, rows, path, false);
    return rows;
}

void TableExportAction::install(QTableWidget *table, const QString &suggestedName, const DatabaseOf &database)
{
    table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *action = new QAction(tr("Export…"), table);
    QObject::connect(action, &QAction::triggered, table, [table, suggestedName, database] {
        const QString path = QFileDialog::getSaveFileName(table, tr("Export"), suggestedName, tr("Spreadsheets (*.xlsx *.csv)"));
        if (path.isEmpty())
            return;
        ErrorDialog::attempt(table, [&] {
            exportTo(table, path, database ? database() : nullptr, suggestedName);
        });
    });
    table->addAction(action);
}
