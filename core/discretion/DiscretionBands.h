#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

// A benchmark item's circumstance bands, in fen. Where the list gives a band's amounts,
// they are the band. Where it gives none, the default split of the statutory range
// [min, max] fills it in (DESIGN.md, Jiangsu 3.0 style): 从轻 is the lowest 30 %, 从重 the
// top 30 %, 一般 between; 减轻 is below the minimum (or a lighter kind of penalty). The
// split is worked in whole fen so that no fen belongs to two bands: 从轻's top is
// rounded down, 从重's bottom rounded up, and 一般 is what lies strictly between.
// The reference for "fines waived" is the lower bound of 一般.
struct DiscretionBands
{
    qint64 lighterMin = 0, lighterMax = 0;
    qint64 standardMin = 0, standardMax = 0;
    qint64 heavierMin = 0, heavierMax = 0;
    qint64 reducedMax = 0; // a reduced fine lies below this (the statutory minimum)

    qint64 referenceFen() const { return standardMin; }

    // A band as a list gives it; -1 for an amount the list leaves open.
    struct Given
    {
        QString band; // lighter, standard, heavier (others are ignored here)
        qint64 minFen = -1;
        qint64 maxFen = -1;
    };

    static DiscretionBands fromRange(qint64 minFen, qint64 maxFen);
    static DiscretionBands forItem(qint64 minFen, qint64 maxFen, const QList<Given> &given);
    // max(0, reference − imposed)
    static qint64 fineWaived(qint64 referenceFen, qint64 imposedFen);
};
