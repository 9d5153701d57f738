#include "BarChart.h"

#include <algorithm>
#include <cmath>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QHorizontalBarSeries>
#include <QChart>
#include <QColor>
#include <QCursor>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

QList<BarChart::Bar> BarChart::fromPairs(const QList<QPair<QString, qint64>> &pairs)
{
    QList<Bar> bars;
    for (const auto &[name, value] : pairs)
        bars.append({name, value, name});
    return bars;
}

int BarChart::labelAngle(int count, int longest)
{
    // Side by side while all labels together stay short (five tiers, six states in
    // Chinese); more, or longer ones, stand upright.
    return count * qMax(longest, 2) <= 20 ? 0 : -90;
}

double BarChart::tickStep(double top, int ticks)
{
    const double rough = qMax(1.0, top / qMax(1, ticks - 1));
    double step = 1;
    while (step * 10 <= rough)
        step *= 10;
    for (double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (step * factor >= rough)
            return step * factor;
    }
    return step * 10;
}

void BarChart::countAxis(QValueAxis *axis, double top, int ticks)
{
    const double step = tickStep(top, ticks);
    const double end = step * qMax(1.0, std::ceil(top / step));
    axis->setRange(0, end);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setLabelFormat(QStringLiteral("%d"));
}

QChart *BarChart::make(const QString &title, const QList<Bar> &given, Qt::Orientation direction)
{
    // Horizontal bars are drawn from the bottom up: reversed, the first reads at the top.
    QList<Bar> bars = given;
    if (direction == Qt::Horizontal)
        std::reverse(bars.begin(), bars.end());
    auto *set = new QBarSet(title);
    QStringList categories;
    qint64 top = 1;
    int longest = 0;
    for (const Bar &bar : bars) {
        *set << double(bar.value);
        // A category axis needs distinct labels: a repeat gets an invisible suffix.
        QString label = bar.label;
        while (categories.contains(label))
            label += QChar(0x200B);
        categories << label;
        top = qMax(top, bar.value);
        longest = qMax(longest, int(bar.label.size()));
    }
    set->setLabelColor(QColor(0x33, 0x33, 0x33)); // the theme's default is white, unreadable above a bar
    QAbstractBarSeries *series = direction == Qt::Vertical ? static_cast<QAbstractBarSeries *>(new QBarSeries())
                                                           : static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries());
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    QObject::connect(series, &QAbstractBarSeries::hovered, series, [bars](bool inside, int index, QBarSet *) {
        if (!inside || index < 0 || index >= bars.size()) {
            QToolTip::hideText();
            return;
        }
        const Bar &bar = bars.at(index);
        QToolTip::showText(QCursor::pos(), QStringLiteral("%1: %2").arg(bar.fullName.isEmpty() ? bar.label : bar.fullName,
                                                                         QLocale().toString(bar.value)));
    });
    auto *chart = new QChart();
    chart->addSeries(series);
    chart->setTitle(title);
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *x = new QBarCategoryAxis();
    x->append(categories);
    if (direction == Qt::Vertical)
        x->setLabelsAngle(labelAngle(int(bars.size()), longest));
    auto *y = new QValueAxis();
    // Room for the value above the tallest bar; a narrow pane gets fewer, unclipped numbers.
    countAxis(y, double(top) * 1.15, direction == Qt::Horizontal ? 3 : 5);
    chart->addAxis(x, direction == Qt::Vertical ? Qt::AlignBottom : Qt::AlignLeft);
    chart->addAxis(y, direction == Qt::Vertical ? Qt::AlignLeft : Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    return chart;
}
