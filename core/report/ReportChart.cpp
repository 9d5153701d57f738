#include "ReportChart.h"

#include "documents/PdfPrinter.h"

#include <QLocale>
#include <QPainter>

int ReportChart::barHeight(double value, double top, int full)
{
    if (value <= 0 || top <= 0)
        return 0;
    return qMax(2, int(full * value / top + 0.5));
}

QImage ReportChart::strand(const MonthlyReport::Strand &strand, const QList<QDate> &months, const QFont &font)
{
    PdfPrinter::requireFonts();
    // Drawn at twice the printed size for a crisp print at 560 points wide.
    const int width = 1600, labelWidth = 520, valueWidth = 260, rowHeight = 70, axisHeight = 40;
    const int plotLeft = labelWidth + 20, plotWidth = width - plotLeft - valueWidth - 20;
    const int rows = int(strand.lines.size());
    QImage image(width, rows * rowHeight + axisHeight + 10, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont f = font;
    f.setPixelSize(24);
    painter.setFont(f);
    const QColor past(0x9c, 0xb9, 0xdc), current(0x1f, 0x5f, 0xa8), rule(0xdd, 0xdd, 0xdd);
    for (int i = 0; i < rows; ++i) {
        const MonthlyReport::Line &line = strand.lines.at(i);
        const int y = 5 + i * rowHeight;
        painter.setPen(Qt::black);
        painter.drawText(QRect(0, y, labelWidth, rowHeight), Qt::AlignRight | Qt::AlignVCenter, line.name);
        painter.drawText(QRect(width - valueWidth, y, valueWidth, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         line.defined ? line.value : QStringLiteral("—"));
        painter.setPen(rule);
        painter.drawLine(plotLeft, y + rowHeight - 6, plotLeft + plotWidth, y + rowHeight - 6);
        // Without a history (a report built for its figures alone), last month and this.
        const QList<double> values = line.history.isEmpty() ? QList<double>{line.previousRaw, line.raw} : line.history;
        double top = 0;
        for (double v : values)
            top = qMax(top, v);
        const int slot = plotWidth / int(values.size());
        const int full = rowHeight - 16;
        for (int m = 0; m < values.size(); ++m) {
            const int h = barHeight(values.at(m), top, full);
            painter.fillRect(QRect(plotLeft + m * slot + slot / 6, y + rowHeight - 6 - h, slot * 2 / 3, h),
                             m == values.size() - 1 ? current : past);
        }
    }
    // The months under the last row: every other one, ending on this month.
    if (!months.isEmpty() && !strand.lines.isEmpty() && strand.lines.first().history.size() == months.size()) {
        const int slot = plotWidth / int(months.size());
        painter.setPen(Qt::darkGray);
        for (int m = int(months.size()) - 1; m >= 0; m -= 2)
            painter.drawText(QRect(plotLeft + m * slot - slot / 2, 5 + rows * rowHeight, slot * 2, axisHeight), Qt::AlignCenter,
                             QLocale().standaloneMonthName(months.at(m).month(), QLocale::ShortFormat));
    }
    return image;
}
