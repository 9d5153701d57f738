#include "TableExportAction.h"

#include "ErrorDialog.h"
#include "db/DatabaseError.h"
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

void TableExportAction::install(QTableWidget *table, const QString &suggestedName)
{
    table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *action = new QAction(tr("Export…"), table);
    QObject::connect(action, &QAction::triggered, table, [table, suggestedName] {
        const QString path = QFileDialog::getSaveFileName(table, tr("Export"), suggestedName, tr("Spreadsheets (*.xlsx *.csv)"));
        if (path.isEmpty())
            return;
        try {
            write(table, path);
        } catch (const DatabaseError &error) {
            ErrorDialog::show(table, error);
        }
    });
    table->addAction(action);
}
