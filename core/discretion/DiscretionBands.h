#pragma once

#include <QtGlobal>

// The default split of a statutory fine range [min, max] into circumstance bands
// (DESIGN.md, Jiangsu 3.0 style): 从轻 is the lowest 30 %, 从重 the top 30 %, 一般
// between; 减轻 is below the minimum. Bands share their boundary amounts, and the
// reference for "fines waived" is the lower bound of 一般. All amounts in fen.
struct DiscretionBands
{
    qint64 lighterMin = 0, lighterMax = 0;
    qint64 standardMin = 0, standardMax = 0;
    qint64 heavierMin = 0, heavierMax = 0;
    qint64 reducedMax = 0; // below the statutory minimum

    qint64 referenceFen() const { return standardMin; }

    static DiscretionBands fromRange(qint64 minFen, qint64 maxFen);
    // max(0, reference − imposed)
    static qint64 fineWaived(qint64 referenceFen, qint64 imposedFen);
};
