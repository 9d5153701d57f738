#pragma once

#include <QString>
#include <QStringList>

// One row read from a spreadsheet or CSV file, with where it came from, so every
// message about it can name the file, sheet, row and column.
struct TableRow
{
    int row = 0; // 1-based, as the spreadsheet program shows it
    QStringList cells;

    QString cell(int column) const { return column >= 0 && column < cells.size() ? cells.at(column) : QString(); }
};

struct SourcePosition
{
    QString file;
    QString sheet; // empty for CSV
    int row = 0;
    int column = -1; // 0-based; -1 = the whole row

    // "A", "B" … "Z", "AA" …
    static QString columnName(int column)
    {
        QString name;
        for (int c = column + 1; c > 0; c = (c - 1) / 26)
            name.prepend(QChar(char16_t(u'A' + (c - 1) % 26)));
        return name;
    }
};
