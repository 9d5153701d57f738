#pragma once

#include <QList>
#include <QStringList>

class QTableWidget;
class QWidget;

// The read-only tables of the service pages: whole rows selected, one stretching
// column, rows replaced at once. Each row may carry an id in its first cell.
class SimpleTable final
{
public:
    static QTableWidget *create(const QStringList &headers, int stretchColumn, QWidget *parent);
    static void setRows(QTableWidget *table, const QList<QStringList> &rows, const QList<qint64> &ids = {});
    // The id of the selected row, or 0.
    static qint64 selectedId(const QTableWidget *table);
};
