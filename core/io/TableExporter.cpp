#include "TableExporter.h"

#include "CsvFormulaGuard.h"
#include "db/OutputFile.h"

#include "db/DatabaseError.h"
#include "util/Refusal.h"

#include <QFile>
#include <QFileInfo>

#include <xlsxwriter.h>

#include <algorithm>
#include <vector>

namespace {

QByteArray csvField(const QString &value)
{
    QByteArray bytes = CsvFormulaGuard::neutralised(value).toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r')) {
        bytes.replace('"', "\"\"");
        bytes = '"' + bytes + '"';
    }
    return bytes;
}

qint64 writeCsv(const QString &path, const QStringList &headers, const std::function<bool(QStringList &)> &next)
{
    OutputFile out(path, {QStringLiteral("csv")});
    QFile file(out.temporaryPath());
    if (!file.open(QIODevice::WriteOnly))
        throw Refusal(TableExporter::tr("Cannot write %1.").arg(path), file.errorString());
    auto line = [&file](const QStringList &cells) {
        QByteArray bytes;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i)
                bytes += ',';
            bytes += csvField(cells.at(i));
        }
        file.write(bytes + "\r\n");
    };
    file.write("\xEF\xBB\xBF");
    line(headers);
    qint64 rows = 0;
    QStringList row;
    while (next(row)) {
        line(row);
        ++rows;
    }
    if (!file.flush() || file.error() != QFileDevice::NoError)
        throw DatabaseError(file.error() == QFileDevice::ResourceError ? DatabaseError::Kind::Full : DatabaseError::Kind::ReadOnly,
                            TableExporter::tr("Cannot write %1.").arg(path), file.errorString());
    file.close();
    out.commit();
    return rows;
}

qint64 writeXlsx(const QString &path, const QStringList &headers, const std::function<bool(QStringList &)> &next)
{
    OutputFile out(path, {QStringLiteral("xlsx")});
    lxw_workbook *workbook = workbook_new(QFile::encodeName(out.temporaryPath()).constData());
    if (!workbook)
        throw Refusal(TableExporter::tr("Cannot write %1.").arg(path));
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, nullptr);
    lxw_format *header = workbook_add_format(workbook);
    format_set_bold(header);
    format_set_bg_color(header, 0xDDE6F2);
    format_set_border(header, LXW_BORDER_THIN);
    std::vector<double> widths(size_t(headers.size()), 8);
    auto measure = [&widths](int column, const QString &text) {
        // Chinese characters are about twice as wide as Latin ones.
        double width = 0;
        for (const QChar c : text)
            width += c.unicode() > 0x2E80 ? 2.1 : 1.1;
        widths[size_t(column)] = std::min(60.0, std::max(widths[size_t(column)], width + 2));
    };
    for (int c = 0; c < headers.size(); ++c) {
        worksheet_write_string(sheet, 0, lxw_col_t(c), headers.at(c).toUtf8().constData(), header);
        measure(c, headers.at(c));
    }
    qint64 rows = 0;
    QStringList row;
    while (next(row)) {
        ++rows;
        for (int c = 0; c < row.size() && c < headers.size(); ++c) {
            // Everything is written as text: codes like USCCs and ID numbers must not
            // turn into numbers (Excel would show 9.1E+17).
            if (!row.at(c).isEmpty())
                worksheet_write_string(sheet, lxw_row_t(rows), lxw_col_t(c), row.at(c).toUtf8().constData(), nullptr);
            if (rows <= 1000)
                measure(c, row.at(c));
        }
    }
    for (int c = 0; c < headers.size(); ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widths[size_t(c)], nullptr);
    worksheet_freeze_panes(sheet, 1, 0);
    worksheet_autofilter(sheet, 0, 0, lxw_row_t(rows), lxw_col_t(qMax(0, int(headers.size()) - 1)));
    if (workbook_close(workbook) != LXW_NO_ERROR)
        throw Refusal(TableExporter::tr("Cannot write %1.").arg(path));
    out.commit();
    return rows;
}

} // namespace

qint64 TableExporter::write(const QString &path, const QStringList &headers, const std::function<bool(QStringList &)> &next)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"csv")
        return writeCsv(path, headers, next);
    if (suffix == u"xlsx")
        return writeXlsx(path, headers, next);
    throw Refusal(tr("%1: export writes .csv or .xlsx files.").arg(path));
}
