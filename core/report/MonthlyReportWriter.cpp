#include "MonthlyReportWriter.h"
#include "db/OutputFile.h"

#include "db/DatabaseError.h"
#include "report/DocxBuilder.h"
#include "report/PdfPrinter.h"
#include "report/IndicatorModel.h"

#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QUrl>

#include <xlsxwriter.h>

namespace {

QString html(const QString &text) { return text.toHtmlEscaped(); }

} // namespace

void MonthlyReportWriter::write(const MonthlyReport &report, const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"pdf")
        return writePdf(report, path);
    if (suffix == u"xlsx")
        return writeXlsx(report, path);
    if (suffix == u"docx")
        return writeDocx(report, path);
    throw DatabaseError(DatabaseError::Kind::Rejected, tr("%1: the report is written as .pdf, .xlsx or .docx.").arg(path));
}

namespace {

// A plain horizontal bar chart of a strand's counts, drawn for the PDF (core has no
// Qt Charts; the report needs only bars).
QImage strandChart(const MonthlyReport::Strand &strand, const QFont &font)
{
    QList<const MonthlyReport::Line *> lines;
    double top = 1;
    for (const MonthlyReport::Line &line : strand.lines) {
        const IndicatorModel::Definition *d = IndicatorModel::definition(line.id);
        if (d && d->unit == IndicatorModel::Unit::Count) {
            lines.append(&line);
            top = qMax(top, line.raw);
        }
    }
    const int rowHeight = 44, labelWidth = 420, width = 1400;
    QImage image(width, qMax(1, int(lines.size())) * rowHeight + 20, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont f = font;
    f.setPixelSize(24);
    painter.setFont(f);
    for (int i = 0; i < lines.size(); ++i) {
        const int y = 10 + i * rowHeight;
        painter.setPen(Qt::black);
        painter.drawText(QRect(0, y, labelWidth - 10, rowHeight), Qt::AlignRight | Qt::AlignVCenter, lines.at(i)->name);
        const int length = int((width - labelWidth - 160) * lines.at(i)->raw / top);
        painter.fillRect(QRect(labelWidth, y + 8, qMax(1, length), rowHeight - 16), QColor(0x1f, 0x5f, 0xa8));
        painter.drawText(QRect(labelWidth + length + 10, y, 150, rowHeight), Qt::AlignLeft | Qt::AlignVCenter, lines.at(i)->value);
    }
    return image;
}

} // namespace

void MonthlyReportWriter::writePdf(const MonthlyReport &report, const QString &path)
{
    QString body = QStringLiteral("<h1 align='center'>%1</h1><p align='center'>%2</p><h2>%3</h2><p>%4</p>")
                       .arg(html(report.title), html(report.county), html(tr("Summary")), html(report.summary));
    for (int index = 0; index < report.strands.size(); ++index) {
        const MonthlyReport::Strand &strand = report.strands.at(index);
        body += QStringLiteral("<h2>%1</h2><table border='1' cellspacing='0' cellpadding='4' width='100%'>"
                               "<tr><th align='left'>%2</th><th align='right'>%3</th><th align='right'>%4</th></tr>")
                    .arg(html(strand.title), html(tr("Indicator")), html(tr("This month")), html(tr("Last month")));
        for (const MonthlyReport::Line &line : strand.lines)
            body += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td><td align='right'>%3</td></tr>")
                        .arg(html(line.name), html(line.value), html(line.previous));
        body += QStringLiteral("</table><p><img src='chart://%1' width='560'/></p>").arg(index);
    }
    body += QStringLiteral("<h2>%1</h2><table border='1' cellspacing='0' cellpadding='4' width='100%'>").arg(html(tr("Annex: definitions")));
    for (const IndicatorModel::Definition &d : IndicatorModel::definitions())
        body += QStringLiteral("<tr><td width='30%'>%1</td><td>%2</td></tr>").arg(html(d.nameZh), html(d.definition));
    body += QStringLiteral("</table><h2>%1</h2><ul>").arg(html(tr("Annex: needs attention")));
    for (const DashboardData::Attention &a : report.attention)
        body += QStringLiteral("<li>%1</li>").arg(html(a.text));
    body += QStringLiteral("</ul>");
    body += QStringLiteral("<p style='font-size:small'>%1</p>").arg(html(report.anchorLine()));

    PdfPrinter::Images charts;
    for (int i = 0; i < report.strands.size(); ++i)
        charts.append({QUrl(QStringLiteral("chart://%1").arg(i)), strandChart(report.strands.at(i), PdfPrinter::font())});
    PdfPrinter::print(body, report.title, path, charts);
}

void MonthlyReportWriter::writeXlsx(const MonthlyReport &report, const QString &path)
{
    OutputFile out(path, {QStringLiteral("xlsx")});
    lxw_workbook *workbook = workbook_new(QFile::encodeName(out.temporaryPath()).constData());
    if (!workbook)
        throw DatabaseError(DatabaseError::Kind::Rejected, tr("Cannot write %1.").arg(path));
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_format *whole = workbook_add_format(workbook);
    format_set_num_format(whole, "#,##0");
    lxw_format *oneDecimal = workbook_add_format(workbook);
    format_set_num_format(oneDecimal, "0.0");
    lxw_format *money = workbook_add_format(workbook);
    format_set_num_format(money, "#,##0.00");
    lxw_worksheet *summary = workbook_add_worksheet(workbook, tr("Summary").toUtf8().constData());
    worksheet_write_string(summary, 0, 0, report.title.toUtf8().constData(), bold);
    worksheet_write_string(summary, 2, 0, report.summary.toUtf8().constData(), nullptr);
    worksheet_write_string(summary, 4, 0, report.anchorLine().toUtf8().constData(), nullptr);
    worksheet_set_column(summary, 0, 0, 120, nullptr);
    worksheet_fit_to_pages(summary, 1, 0);
    for (const MonthlyReport::Strand &strand : report.strands) {
        lxw_worksheet *sheet = workbook_add_worksheet(workbook, strand.title.left(31).toUtf8().constData());
        worksheet_write_string(sheet, 0, 0, tr("Indicator").toUtf8().constData(), bold);
        worksheet_write_string(sheet, 0, 1, tr("Value").toUtf8().constData(), bold);
        worksheet_write_string(sheet, 0, 2, tr("Shown as").toUtf8().constData(), bold);
        worksheet_write_string(sheet, 0, 3, tr("Last month").toUtf8().constData(), bold);
        for (int r = 0; r < strand.lines.size(); ++r) {
            const MonthlyReport::Line &line = strand.lines.at(r);
            const IndicatorModel::Definition *d = IndicatorModel::definition(line.id);
            // Values, not formulas: LibreOffice does not recalculate on load. Money in yuan.
            const double value = d && d->unit == IndicatorModel::Unit::Fen ? line.raw / 100.0 : line.raw;
            worksheet_write_string(sheet, lxw_row_t(r + 1), 0, line.name.toUtf8().constData(), nullptr);
            lxw_format *format = !d || d->unit == IndicatorModel::Unit::Count ? whole
                : d->unit == IndicatorModel::Unit::Fen                  ? money
                                                                        : oneDecimal;
            worksheet_write_number(sheet, lxw_row_t(r + 1), 1, value, format);
            worksheet_write_string(sheet, lxw_row_t(r + 1), 2, line.value.toUtf8().constData(), nullptr);
            worksheet_write_string(sheet, lxw_row_t(r + 1), 3, line.previous.toUtf8().constData(), nullptr);
        }
        worksheet_set_column(sheet, 0, 0, 24, nullptr);
        worksheet_set_column(sheet, 1, 3, 16, nullptr);
        worksheet_freeze_panes(sheet, 1, 0);
        worksheet_fit_to_pages(sheet, 1, 0); // printed one page wide
        // A native Excel chart of the strand's counts (rates and money have other scales).
        QList<int> countRows;
        for (int r = 0; r < strand.lines.size(); ++r) {
            const IndicatorModel::Definition *d = IndicatorModel::definition(strand.lines.at(r).id);
            if (d && d->unit == IndicatorModel::Unit::Count)
                countRows.append(r + 1);
        }
        if (!countRows.isEmpty()) {
            lxw_chart *chart = workbook_add_chart(workbook, LXW_CHART_BAR);
            const QByteArray sheetName = strand.title.left(31).toUtf8();
            lxw_chart_series *series = chart_add_series(chart, nullptr, nullptr);
            chart_series_set_categories(series, sheetName.constData(), lxw_row_t(countRows.first()), 0,
                                        lxw_row_t(countRows.last()), 0);
            chart_series_set_values(series, sheetName.constData(), lxw_row_t(countRows.first()), 1,
                                    lxw_row_t(countRows.last()), 1);
            chart_title_set_name(chart, strand.title.toUtf8().constData());
            chart_legend_set_position(chart, LXW_CHART_LEGEND_NONE);
            worksheet_insert_chart(sheet, 0, 5, chart);
        }
    }
    if (workbook_close(workbook) != LXW_NO_ERROR)
        throw DatabaseError(DatabaseError::Kind::Rejected, tr("Cannot write %1.").arg(path));
    out.commit();
}

void MonthlyReportWriter::writeDocx(const MonthlyReport &report, const QString &path)
{
    DocxBuilder docx;
    docx.paragraph(report.title, 36, true, DocxBuilder::Align::Center);
    docx.paragraph(report.county, 24, false, DocxBuilder::Align::Center);
    docx.paragraph(tr("Summary"), 30, true);
    docx.paragraph(report.summary);
    for (const MonthlyReport::Strand &strand : report.strands) {
        QList<QStringList> rows = {{tr("Indicator"), tr("This month"), tr("Last month")}};
        for (const MonthlyReport::Line &line : strand.lines)
            rows.append({line.name, line.value, line.previous});
        docx.paragraph(strand.title, 30, true);
        docx.table(rows);
    }
    QList<QStringList> definitions = {{tr("Indicator"), tr("Definition")}};
    for (const IndicatorModel::Definition &d : IndicatorModel::definitions())
        definitions.append({d.nameZh, d.definition});
    docx.paragraph(tr("Annex: definitions"), 30, true);
    docx.table(definitions);
    docx.paragraph(tr("Annex: needs attention"), 30, true);
    for (const DashboardData::Attention &a : report.attention)
        docx.paragraph(QStringLiteral("• ") + a.text);
    // The office adds its commentary here.
    docx.paragraph(tr("Remarks:"), 24, true);
    docx.paragraph(QString());
    docx.paragraph(report.anchorLine(), 18);
    docx.save(path);
}
