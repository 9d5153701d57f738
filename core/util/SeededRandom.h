#pragma once

#include <QDate>
#include <QList>
#include <QtGlobal>

// A small, fully specified PRNG (SplitMix64) so that a demo county, or an officer draw,
// is the same on every platform and Qt version for the same seed; std distributions
// are not.
class SeededRandom final
{
public:
    explicit SeededRandom(quint64 seed);

    quint64 next();
    int bounded(int upper);                // [0, upper)
    int between(int low, int high);        // [low, high]
    bool chance(int percent);              // true with probability percent/100
    QDate dateBetween(const QDate &from, const QDate &to);

    template <typename T>
    const T &pick(const QList<T> &list) { return list.at(bounded(int(list.size()))); }

private:
    quint64 m_state;
};
