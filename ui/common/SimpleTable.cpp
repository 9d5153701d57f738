#include "SimpleTable.h"

#include <QEvent>
#include <QHeaderView>
#include <QStyle>
#include <QTableWidget>

namespace {

// Whole numbers sort as numbers (12 after 9), everything else as text.
class SortableItem final : public QTableWidgetItem
{
public:
    using QTableWidgetItem::QTableWidgetItem;
    bool operator<(const QTableWidgetItem &other) const override
    {
        bool a = false, b = false;
        const qint64 left = text().toLongLong(&a);
        const qint64 right = other.text().toLongLong(&b);
        return a && b ? left < right : text() < other.text();
    }
};

// The stretch column takes the room the others leave, but never less than its text
// needs: with QHeaderView::Stretch, a table wider than its window squeezed the column
// that matters most (the enterprise's name) to "…".
void fillStretchColumn(QTableWidget *table)
{
    const int stretch = table->property("stretchColumn").toInt();
    const int natural = table->property("naturalWidth").toInt();
    if (stretch < 0 || stretch >= table->columnCount() || natural <= 0)
        return;
    int others = 0;
    for (int c = 0; c < table->columnCount(); ++c) {
        if (c != stretch && !table->isColumnHidden(c))
            others += table->columnWidth(c);
    }
    table->setColumnWidth(stretch, qMax(natural, table->viewport()->width() - others));
}

class StretchFiller final : public QObject
{
public:
    explicit StretchFiller(QTableWidget *table)
        : QObject(table), m_table(table)
    {
        table->viewport()->installEventFilter(this);
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize && watched == m_table->viewport())
            fillStretchColumn(m_table);
        return false;
    }

private:
    QTableWidget *m_table;
};

} // namespace

QTableWidget *SimpleTable::create(const QStringList &headers, int stretchColumn, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->setProperty("stretchColumn", stretchColumn);
    new StretchFiller(table);
    return table;
}

void SimpleTable::setRows(QTableWidget *table, const QList<QStringList> &rows, const QList<qint64> &ids)
{
    table->clearContents();
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows.at(r).size() && c < table->columnCount(); ++c) {
            auto *item = new SortableItem(rows.at(r).at(c));
            item->setToolTip(rows.at(r).at(c)); // the whole text where the column cuts it
            if (c == 0 && r < ids.size())
                item->setData(Qt::UserRole, ids.at(r));
            table->setItem(r, c, item);
        }
    }
    table->resizeColumnsToContents();
    // One long text (a department's full name) must not push the columns after it off a
    // small screen: widths are capped, the tooltip has the rest.
    const int widest = table->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 20;
    for (int c = 0; c < table->columnCount(); ++c) {
        if (table->columnWidth(c) > widest)
            table->setColumnWidth(c, widest);
    }
    // Short columns (an id) sized by their numbers left no room for the header's text
    // beside the sort arrow; keep the whole header readable.
    QHeaderView *header = table->horizontalHeader();
    for (int c = 0; c < table->columnCount(); ++c) {
        const QTableWidgetItem *title = table->horizontalHeaderItem(c);
        const int needed = header->fontMetrics().horizontalAdvance(title ? title->text() : QString())
                           + header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header)
                           + 4 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        if (table->columnWidth(c) < needed)
            table->setColumnWidth(c, needed);
    }
    const int stretch = table->property("stretchColumn").toInt();
    if (stretch >= 0 && stretch < table->columnCount()) {
        table->setProperty("naturalWidth", table->columnWidth(stretch));
        fillStretchColumn(table);
    }
}

qint64 SimpleTable::selectedId(const QTableWidget *table)
{
    const QList<QTableWidgetItem *> selected = table->selectedItems();
    if (selected.isEmpty())
        return 0;
    const QTableWidgetItem *first = table->item(selected.first()->row(), 0);
    return first ? first->data(Qt::UserRole).toLongLong() : 0;
}
