#pragma once

#include <QList>
#include <QtGlobal>
#include <QPair>
#include <QString>

class QChart;
class QValueAxis;

// A bar chart whose every bar can be read: labels turned upright when they would not
// fit side by side, each bar's value printed on it (a bar of 3 beside one of 1,500 is
// otherwise invisible), and the full name and value as a tooltip when hovered.
class BarChart final
{
public:
    struct Bar
    {
        QString label;   // on the axis, short
        qint64 value = 0;
        QString fullName; // in the tooltip; the label when empty
    };

    // Vertical bars for a wide chart; horizontal ones for a narrow pane, where the labels
    // sit at the left and need no turning.
    static QChart *make(const QString &title, const QList<Bar> &bars, Qt::Orientation direction = Qt::Vertical);
    static QList<Bar> fromPairs(const QList<QPair<QString, qint64>> &pairs);
    // The label angle for `count` labels of at most `longest` characters: 0 or -90.
    static int labelAngle(int count, int longest);
    // A count axis from 0 to at least `top`, its ticks whole numbers (1, 2, 5 × 10ⁿ apart,
    // at most `ticks` of them): never "0 0 1 1" on an empty or small chart.
    static void countAxis(QValueAxis *axis, double top, int ticks = 5);
    static double tickStep(double top, int ticks);
};
