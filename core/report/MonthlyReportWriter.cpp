#include "MonthlyReportWriter.h"

#include "util/Refusal.h"
#include "db/OutputFile.h"
#include "documents/DocxBuilder.h"
#include "report/IndicatorModel.h"
#include "documents/PdfPrinter.h"
#include "report/ReportChart.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
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
    throw Refusal(tr("%1: the report is written as .pdf, .xlsx or .docx.").arg(path));
}


QString MonthlyReportWriter::findingsHtml(const MonthlyReport &report)
{
    if (report.findings.isEmpty())
        return QStringLiteral("<p>%1</p>").arg(html(tr("No findings this month.")));
    QString table = QStringLiteral("<table border='1' cellspacing='0' cellpadding='4' width='100%'><tr><th align='left'>%1</th>"
                                   "<th align='left'>%2</th><th align='right'>%3</th></tr>")
                        .arg(html(tr("Finding")), html(tr("Department")), html(tr("Count")));
    for (const MonthlyReport::FindingCount &f : report.findings)
        table += QStringLiteral("<tr><td>%1</td><td>%2</td><td align='right'>%3</td></tr>")
                     .arg(html(f.kind), html(f.department.isEmpty() ? tr("(several)") : f.department))
                     .arg(f.count);
    return table + QStringLiteral("</table>");
}

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
        body += QStringLiteral("</table><p><img src='chart://%1' width='560'/></p><p style='font-size:small'>%2</p>")
                    .arg(index)
                    .arg(html(tr("Each figure's twelve months on its own scale; this month darker.")));
    }
    body += QStringLiteral("<h2>%1</h2><table border='1' cellspacing='0' cellpadding='4' width='100%'>").arg(html(tr("Annex: definitions")));
    for (const IndicatorModel::Definition &d : IndicatorModel::definitions())
        body += QStringLiteral("<tr><td width='30%'>%1</td><td>%2</td></tr>").arg(html(d.name()), html(d.definition));
    body += QStringLiteral("</table><h2>%1</h2>").arg(html(tr("Annex: supervision findings")));
    body += findingsHtml(report);
    body += QStringLiteral("<h2>%1</h2><ul>").arg(html(tr("Annex: needs attention")));
    for (const DashboardData::Attention &a : report.attention)
        body += QStringLiteral("<li>%1</li>").arg(html(a.text));
    body += QStringLiteral("</ul>");
    body += QStringLiteral("<p style='font-size:small'>%1</p>").arg(html(report.anchorLine()));

    PdfPrinter::Images charts;
    for (int i = 0; i < report.strands.size(); ++i)
        charts.append({QUrl(QStringLiteral("chart://%1").arg(i)), ReportChart::strand(report.strands.at(i), report.historyMonths, PdfPrinter::font())});
    PdfPrinter::print(body, report.title, path, charts);
}

void MonthlyReportWriter::writeXlsx(const MonthlyReport &report, const QString &path)
{
    OutputFile out(path, {QStringLiteral("xlsx")});
    lxw_workbook *workbook = workbook_new(QFile::encodeName(out.temporaryPath()).constData());
    if (!workbook)
        throw Refusal(tr("Cannot write %1.").arg(path));
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
        QStringList headers = {tr("Indicator"), tr("This month"), tr("Last month"), tr("Change")};
        for (const QDate &m : report.historyMonths)
            headers.append(m.toString(QStringLiteral("yyyy-MM")));
        for (int c = 0; c < headers.size(); ++c)
            worksheet_write_string(sheet, 0, lxw_col_t(c), headers.at(c).toUtf8().constData(), bold);
        for (int r = 0; r < strand.lines.size(); ++r) {
            const MonthlyReport::Line &line = strand.lines.at(r);
            const lxw_row_t row = lxw_row_t(r + 1);
            // Numbers as numbers, not the text shown on screen; money in yuan; a rate with
            // nothing to divide by left empty rather than shown as 0.
            lxw_format *format = line.unit == IndicatorModel::Unit::Count ? whole
                : line.unit == IndicatorModel::Unit::Fen                  ? money
                                                                          : oneDecimal;
            const double scale = line.unit == IndicatorModel::Unit::Fen ? 100.0 : 1.0;
            auto number = [&](lxw_col_t column, double value, bool defined) {
                if (defined)
                    worksheet_write_number(sheet, row, column, value / scale, format);
                else
                    worksheet_write_blank(sheet, row, column, format);
            };
            worksheet_write_string(sheet, row, 0, line.name.toUtf8().constData(), nullptr);
            number(1, line.raw, line.defined);
            number(2, line.previousRaw, line.previousDefined);
            number(3, line.raw - line.previousRaw, line.defined && line.previousDefined);
            for (int m = 0; m < line.history.size(); ++m)
                number(lxw_col_t(4 + m), line.history.at(m), true);
        }
        worksheet_set_column(sheet, 0, 0, 24, nullptr);
        worksheet_set_column(sheet, 1, lxw_col_t(headers.size() - 1), 11, nullptr);
        worksheet_freeze_panes(sheet, 1, 1);
        worksheet_set_landscape(sheet);
        worksheet_fit_to_pages(sheet, 1, 0); // printed one page wide
        // A native chart of the strand's counts, this month beside last (rates and money
        // have other scales and stay in the table).
        QList<int> countRows;
        for (int r = 0; r < strand.lines.size(); ++r) {
            if (strand.lines.at(r).unit == IndicatorModel::Unit::Count)
                countRows.append(r + 1);
        }
        if (!countRows.isEmpty()) {
            lxw_chart *chart = workbook_add_chart(workbook, LXW_CHART_BAR);
            const QByteArray sheetName = strand.title.left(31).toUtf8();
            for (int column : {2, 1}) {
                lxw_chart_series *series = chart_add_series(chart, nullptr, nullptr);
                chart_series_set_categories(series, sheetName.constData(), lxw_row_t(countRows.first()), 0,
                                            lxw_row_t(countRows.last()), 0);
                chart_series_set_values(series, sheetName.constData(), lxw_row_t(countRows.first()), lxw_col_t(column),
                                        lxw_row_t(countRows.last()), lxw_col_t(column));
                chart_series_set_name_range(series, sheetName.constData(), 0, lxw_col_t(column));
                chart_series_set_labels(series);
            }
            chart_title_set_name(chart, strand.title.toUtf8().constData());
            chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
            worksheet_insert_chart(sheet, lxw_row_t(strand.lines.size() + 2), 0, chart);
        }
    }
    if (workbook_close(workbook) != LXW_NO_ERROR)
        throw Refusal(tr("Cannot write %1.").arg(path));
    out.commit();
}

QString MonthlyReportWriter::headingNumber(int index)
{
    if (QLocale().language() != QLocale::Chinese)
        return QStringLiteral("%1. ").arg(index);
    static const QStringList digits = {QString(), QStringLiteral("一"), QStringLiteral("二"), QStringLiteral("三"),
                                       QStringLiteral("四"), QStringLiteral("五"), QStringLiteral("六"), QStringLiteral("七"),
                                       QStringLiteral("八"), QStringLiteral("九")};
    QString number;
    if (index >= 10)
        number = (index / 10 > 1 ? digits.at(index / 10) : QString()) + QStringLiteral("十") + digits.at(index % 10);
    else
        number = digits.value(index);
    return number + QStringLiteral("、");
}

void MonthlyReportWriter::writeDocx(const MonthlyReport &report, const QString &path)
{
    using Font = DocxBuilder::Font;
    DocxBuilder docx;
    docx.setOfficialLayout(true);
    const DocxBuilder::Run title{Font::XiaoBiaoSong, DocxBuilder::kErHao, false};
    const DocxBuilder::Run body{Font::FangSong, DocxBuilder::kSanHao, false};
    const DocxBuilder::Run heading{Font::HeiTi, DocxBuilder::kSanHao, false};
    const DocxBuilder::Run annex{Font::HeiTi, DocxBuilder::kSanHao, false};
    const DocxBuilder::Run small{Font::FangSong, DocxBuilder::kXiaoSi, false};
    const DocxBuilder::Run cell{Font::FangSong, DocxBuilder::kWuHao, false};
    docx.paragraph(report.title, title, DocxBuilder::Align::Center);
    docx.paragraph(QString(), body);
    int section = 0;
    docx.paragraph(headingNumber(++section) + tr("Summary"), heading);
    docx.paragraph(report.summary, body, DocxBuilder::Align::Justify, 2);
    for (const MonthlyReport::Strand &strand : report.strands) {
        QList<QStringList> rows = {{tr("Indicator"), tr("This month"), tr("Last month")}};
        for (const MonthlyReport::Line &line : strand.lines)
            rows.append({line.name, line.value, line.previous});
        docx.paragraph(headingNumber(++section) + strand.title, heading);
        docx.table(rows, cell);
        docx.image(ReportChart::strand(strand, report.historyMonths, PdfPrinter::font()), 156); // the type area's width
        docx.paragraph(tr("Each figure's twelve months on its own scale; this month darker."), small, DocxBuilder::Align::Center);
    }
    // The office adds its commentary here.
    docx.paragraph(headingNumber(++section) + tr("Remarks"), heading);
    docx.paragraph(QString(), body, DocxBuilder::Align::Justify, 2);
    docx.paragraph(QString(), body);
    docx.paragraph(tr("Annex 1: definitions"), annex);
    QList<QStringList> definitions = {{tr("Indicator"), tr("Definition")}};
    for (const IndicatorModel::Definition &d : IndicatorModel::definitions())
        definitions.append({d.name(), d.definition});
    docx.table(definitions, cell);
    docx.paragraph(QString(), body);
    docx.paragraph(tr("Annex 2: supervision findings"), annex);
    if (report.findings.isEmpty()) {
        docx.paragraph(tr("No findings this month."), body, DocxBuilder::Align::Justify, 2);
    } else {
        QList<QStringList> findings = {{tr("Finding"), tr("Department"), tr("Count")}};
        for (const MonthlyReport::FindingCount &f : report.findings)
            findings.append({f.kind, f.department.isEmpty() ? tr("(several)") : f.department, QString::number(f.count)});
        docx.table(findings, cell);
    }
    docx.paragraph(QString(), body);
    docx.paragraph(tr("Annex 3: needs attention"), annex);
    for (const DashboardData::Attention &a : report.attention)
        docx.paragraph(a.text, body, DocxBuilder::Align::Justify, 2);
    docx.paragraph(report.anchorLine(), small);
    docx.save(path);
}
