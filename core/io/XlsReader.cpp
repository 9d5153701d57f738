#include "XlsReader.h"

#include "util/Refusal.h"

#include <QFile>

#include <freexl.h>

XlsReader::XlsReader(const QString &path, const QString &sheet)
    : m_path(path)
{
    if (freexl_open(QFile::encodeName(path).constData(), &m_handle) != FREEXL_OK)
        throw Refusal(tr("%1 is not a readable .xls workbook.").arg(path));
    unsigned int count = 0;
    freexl_get_info(m_handle, FREEXL_BIFF_SHEET_COUNT, &count);
    QStringList names;
    int chosen = -1;
    for (unsigned short i = 0; i < count; ++i) {
        const char *name = nullptr;
        freexl_get_worksheet_name(m_handle, i, &name);
        names.append(QString::fromUtf8(name));
        if (chosen < 0 && (sheet.isEmpty() || names.last() == sheet))
            chosen = i;
    }
    if (chosen < 0)
        throw Refusal(tr("%1 has no sheet named “%2”; it has: %3.").arg(path, sheet, names.join(QStringLiteral(", "))));
    m_sheet = names.at(chosen);
    if (freexl_select_active_worksheet(m_handle, (unsigned short)chosen) != FREEXL_OK
        || freexl_worksheet_dimensions(m_handle, &m_rows, &m_columns) != FREEXL_OK)
        throw Refusal(tr("%1, sheet %2: the sheet cannot be read.").arg(path, m_sheet));
}

XlsReader::~XlsReader()
{
    if (m_handle)
        freexl_close(m_handle);
}

bool XlsReader::next(TableRow &row)
{
    if (m_next >= m_rows)
        return false;
    row.row = int(m_next) + 1;
    row.cells.clear();
    for (unsigned short c = 0; c < m_columns; ++c) {
        FreeXL_CellValue cell;
        if (freexl_get_cell_value(m_handle, m_next, c, &cell) != FREEXL_OK) {
            row.cells.append(QString());
            continue;
        }
        switch (cell.type) {
        case FREEXL_CELL_INT:
            row.cells.append(QString::number(cell.value.int_value));
            break;
        case FREEXL_CELL_DOUBLE:
            row.cells.append(cell.value.double_value == double(qint64(cell.value.double_value))
                                 ? QString::number(qint64(cell.value.double_value))
                                 : QString::number(cell.value.double_value, 'g', 15));
            break;
        case FREEXL_CELL_TEXT:
        case FREEXL_CELL_SST_TEXT:
        case FREEXL_CELL_DATE:
        case FREEXL_CELL_DATETIME:
        case FREEXL_CELL_TIME:
            row.cells.append(QString::fromUtf8(cell.value.text_value));
            break;
        default:
            row.cells.append(QString());
        }
    }
    while (!row.cells.isEmpty() && row.cells.last().isEmpty())
        row.cells.removeLast();
    ++m_next;
    checkRow(m_path, row);
    return true;
}
