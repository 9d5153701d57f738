#include "TextSimilarity.h"

#include <QList>

#include <utility>

int TextSimilarity::sharedInOrder(const QString &a, const QString &b)
{
    // Two rows of the dynamic-programming table: names and phrases are short.
    QList<int> previous(b.size() + 1, 0), current(b.size() + 1, 0);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        for (qsizetype j = 1; j <= b.size(); ++j)
            current[j] = a.at(i - 1) == b.at(j - 1) ? previous[j - 1] + 1 : qMax(previous[j], current[j - 1]);
        std::swap(previous, current);
    }
    return previous[b.size()];
}

double TextSimilarity::ratio(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return 0;
    return double(sharedInOrder(a, b)) / double(qMax(a.size(), b.size()));
}
