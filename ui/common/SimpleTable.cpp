#include "SimpleTable.h"

#include <QHeaderView>
#include <QTableWidget>

QTableWidget *SimpleTable::create(const QStringList &headers, int stretchColumn, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->setProperty("stretchColumn", stretchColumn);
    return table;
}

void SimpleTable::setRows(QTableWidget *table, const QList<QStringList> &rows, const QList<qint64> &ids)
{
    table->clearContents();
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows.at(r).size() && c < table->columnCount(); ++c) {
            auto *item = new QTableWidgetItem(rows.at(r).at(c));
            if (c == 0 && r < ids.size())
                item->setData(Qt::UserRole, ids.at(r));
            table->setItem(r, c, item);
        }
    }
    table->resizeColumnsToContents();
    const int stretch = table->property("stretchColumn").toInt();
    if (stretch >= 0 && stretch < table->columnCount())
        table->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
}

qint64 SimpleTable::selectedId(const QTableWidget *table)
{
    const QList<QTableWidgetItem *> selected = table->selectedItems();
    if (selected.isEmpty())
        return 0;
    const QTableWidgetItem *first = table->item(selected.first()->row(), 0);
    return first ? first->data(Qt::UserRole).toLongLong() : 0;
}
