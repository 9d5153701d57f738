#pragma once

#include <QElapsedTimer>
#include <QString>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

// Timing and reporting shared by the benchmark binaries: medians, not single runs.
namespace BenchSupport {

inline QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

inline double timeMs(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

inline void report(const QString &what, std::vector<double> samples)
{
    if (samples.empty())
        return;
    std::sort(samples.begin(), samples.end());
    const size_t n = samples.size();
    const double median = n % 2 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2;
    out() << QStringLiteral("%1  median %2 ms  (min %3, max %4, n=%5)")
                 .arg(what, -46)
                 .arg(median, 10, 'f', 2)
                 .arg(samples.front(), 0, 'f', 2)
                 .arg(samples.back(), 0, 'f', 2)
                 .arg(n)
          << Qt::endl;
}

} // namespace BenchSupport
