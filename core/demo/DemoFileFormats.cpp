#include "DemoFileFormats.h"

#include "db/OutputFile.h"
#include "util/Refusal.h"

#include <QFile>
#include <QStringEncoder>

#include <xlsxwriter.h>

namespace {

QByteArray gbk(const QString &text)
{
    QStringEncoder encoder("GB18030");
    return encoder.encode(text);
}

QString csvCell(const QString &cell)
{
    if (!cell.contains(u',') && !cell.contains(u'"') && !cell.contains(u'\n'))
        return cell;
    return QLatin1Char('"') + QString(cell).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + QLatin1Char('"');
}

} // namespace

void DemoFileFormats::writeXlsx(const QString &path, const QString &title, const QStringList &header, const QList<QStringList> &rows)
{
    OutputFile out(path, {QStringLiteral("xlsx")});
    lxw_workbook *workbook = workbook_new(QFile::encodeName(out.temporaryPath()).constData());
    if (!workbook)
        throw Refusal(tr("Cannot write %1.").arg(path));
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "Sheet1");
    lxw_format *titleFormat = workbook_add_format(workbook);
    format_set_bold(titleFormat);
    format_set_font_size(titleFormat, 14);
    format_set_align(titleFormat, LXW_ALIGN_CENTER);
    lxw_format *headerFormat = workbook_add_format(workbook);
    format_set_bold(headerFormat);
    format_set_border(headerFormat, LXW_BORDER_THIN);
    const lxw_col_t last = lxw_col_t(qMax(0, int(header.size()) - 1));
    worksheet_merge_range(sheet, 0, 0, 0, last, title.toUtf8().constData(), titleFormat);
    for (int c = 0; c < header.size(); ++c) {
        worksheet_write_string(sheet, 1, lxw_col_t(c), header.at(c).toUtf8().constData(), headerFormat);
        // As wide as the column's longest text (Chinese about twice a Latin letter), within reason.
        double width = 8;
        for (int r = -1; r < qMin<qsizetype>(rows.size(), 200); ++r) {
            const QString text = r < 0 ? header.at(c) : rows.at(r).value(c);
            double w = 2;
            for (const QChar ch : text)
                w += ch.unicode() > 0x2E80 ? 2.1 : 1.1;
            width = qMin(60.0, qMax(width, w));
        }
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), width, nullptr);
    }
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows.at(r).size() && c < header.size(); ++c) {
            if (!rows.at(r).at(c).isEmpty())
                worksheet_write_string(sheet, lxw_row_t(r + 2), lxw_col_t(c), rows.at(r).at(c).toUtf8().constData(), nullptr);
        }
    }
    if (workbook_close(workbook) != LXW_NO_ERROR)
        throw Refusal(tr("Cannot write %1.").arg(path));
    out.commit();
}

void DemoFileFormats::writeGbkCsv(const QString &path, const QString &title, const QStringList &header, const QList<QStringList> &rows)
{
    QString text = title + QStringLiteral("\r\n") + header.join(u',') + QStringLiteral("\r\n");
    for (const QStringList &row : rows) {
        QStringList cells;
        for (const QString &cell : row)
            cells.append(csvCell(cell));
        text += cells.join(u',') + QStringLiteral("\r\n");
    }
    OutputFile::write(path, {QStringLiteral("csv")}, gbk(text));
}

void DemoFileFormats::writeHtmlXls(const QString &path, const QString &title, const QStringList &header, const QList<QStringList> &rows)
{
    auto row = [](const QStringList &cells, const char *tag) {
        QString html = QStringLiteral("<tr>");
        for (const QString &c : cells)
            html += QStringLiteral("<%1>%2</%1>").arg(QString::fromLatin1(tag), c.toHtmlEscaped());
        return html + QStringLiteral("</tr>\r\n");
    };
    QString page = QStringLiteral("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\"></head><body>\r\n"
                                  "<table><tr><td colspan=\"%1\">%2</td></tr></table>\r\n<table border=\"1\">\r\n")
                       .arg(header.size() + 1)
                       .arg(title.toHtmlEscaped());
    page += row(QStringList{QStringLiteral("序号")} + header, "th");
    int n = 0;
    for (const QStringList &r : rows)
        page += row(QStringList{QString::number(++n)} + r, "td");
    page += QStringLiteral("</table></body></html>\r\n");
    OutputFile::write(path, {QStringLiteral("xls")}, gbk(page));
}
