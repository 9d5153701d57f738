#include "DiscretionBands.h"

DiscretionBands DiscretionBands::fromRange(qint64 minFen, qint64 maxFen)
{
    DiscretionBands b;
    const qint64 span = qMax<qint64>(0, maxFen - minFen);
    // 30 % of the span, rounded down to the fen: 3 × span / 10 in integers.
    const qint64 thirty = span * 3 / 10;
    b.lighterMin = minFen;
    b.lighterMax = minFen + thirty;      // rounded down
    b.heavierMin = maxFen - thirty;      // max − 0.3 × span rounded up is max − floor(0.3 × span)
    b.heavierMax = maxFen;
    b.standardMin = b.lighterMax + 1;    // the next fen
    b.standardMax = b.heavierMin - 1;  // empty for a range of a few fen, which no list has
    b.reducedMax = minFen;
    return b;
}

DiscretionBands DiscretionBands::forItem(qint64 minFen, qint64 maxFen, const QList<Given> &given)
{
    DiscretionBands b = fromRange(minFen, maxFen);
    auto apply = [](const Given &g, qint64 &low, qint64 &high) {
        if (g.minFen >= 0)
            low = g.minFen;
        if (g.maxFen >= 0)
            high = g.maxFen;
    };
    for (const Given &g : given) {
        if (g.band == u"lighter")
            apply(g, b.lighterMin, b.lighterMax);
        else if (g.band == u"standard")
            apply(g, b.standardMin, b.standardMax);
        else if (g.band == u"heavier")
            apply(g, b.heavierMin, b.heavierMax);
    }
    return b;
}

qint64 DiscretionBands::fineWaived(qint64 referenceFen, qint64 imposedFen)
{
    return qMax<qint64>(0, referenceFen - imposedFen);
}
