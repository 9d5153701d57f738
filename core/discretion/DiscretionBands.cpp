#include "DiscretionBands.h"

DiscretionBands DiscretionBands::fromRange(qint64 minFen, qint64 maxFen)
{
    DiscretionBands b;
    const qint64 span = maxFen - minFen;
    const qint64 thirty = span * 3 / 10; // rounded down to the fen
    b.lighterMin = minFen;
    b.lighterMax = minFen + thirty;
    b.heavierMin = maxFen - thirty;
    b.heavierMax = maxFen;
    b.standardMin = b.lighterMax;
    b.standardMax = b.heavierMin;
    b.reducedMax = minFen;
    return b;
}

qint64 DiscretionBands::fineWaived(qint64 referenceFen, qint64 imposedFen)
{
    return qMax<qint64>(0, referenceFen - imposedFen);
}
