#include "SeededRandom.h"

SeededRandom::SeededRandom(quint64 seed)
    : m_state(seed)
{
}

quint64 SeededRandom::next()
{
    quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

int SeededRandom::bounded(int upper)
{
    Q_ASSERT(upper > 0);
    return int(next() % quint64(upper));
}

int SeededRandom::between(int low, int high)
{
    return low + bounded(high - low + 1);
}

bool SeededRandom::chance(int percent)
{
    return bounded(100) < percent;
}

QDate SeededRandom::dateBetween(const QDate &from, const QDate &to)
{
    const qint64 span = from.daysTo(to);
    return span <= 0 ? from : from.addDays(qint64(next() % quint64(span + 1)));
}
