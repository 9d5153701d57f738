#pragma once

#include <QDate>
#include <QString>

#include <functional>

struct DemoOptions
{
    quint64 seed = 1;
    int enterprises = 1800; // the reference county's order of magnitude
    QDate asOf;             // the history ends here; default today
    int months = 18;        // how much history to write

    // Called between stages with 0..100; returning false cancels (nothing is kept).
    std::function<bool(int percent, const QString &stage)> progress;
};
