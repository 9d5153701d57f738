#pragma once

#include "DiscretionBands.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// The lawful outcome of a case under a benchmark item (行政处罚法 arts. 32 and 33),
// as a pure function of the item and the facts, with the legal basis of every step
// and the documents to issue. Money in fen.
class DiscretionAssessment final
{
    Q_DECLARE_TR_FUNCTIONS(DiscretionAssessment)

public:
    struct Item
    {
        qint64 id = 0;
        QString code;
        QString violation;
        qint64 minFen = 0;
        qint64 maxFen = 0;
        bool redLine = false;
    };

    enum class Harm { None, Slight, Serious };

    struct Facts
    {
        bool firstViolation = false; // no same-type record in the 2 years before
        Harm harm = Harm::None;
        bool corrected = false;      // corrected in time
        bool harmRemoved = false;    // actively removed or reduced the harm (art. 32 (1))
        bool coerced = false;        // coerced or deceived (art. 32 (2))
        bool confessed = false;      // confessed what the authority did not know (art. 32 (3))
        bool meritorious = false;    // meritorious cooperation (art. 32 (4))
        bool noFault = false;        // proven no fault (art. 33 (2))
        qint64 amountFen = 0;        // amount involved, for the record

        // The yes/no facts by their CLI key (first_violation, corrected, harm_removed,
        // coerced, confessed, meritorious, no_fault); false for an unknown key.
        bool set(QStringView key, bool value);
    };

    enum class Outcome {
        NoPenalty,              // 不予处罚, mandatory
        DiscretionaryNoPenalty, // 可以不予处罚 (首违不罚): the officer decides
        LighterOrReduced,       // 应当从轻或者减轻
        Standard,               // 一般
        Heavier,                // 从重
    };

    struct Result
    {
        Outcome outcome = Outcome::Standard;
        QString band;        // no_penalty, lighter, standard, heavier (as stored in discretion_band)
        qint64 minFen = 0;   // the fine band the outcome allows
        qint64 maxFen = 0;
        qint64 reducedMaxFen = 0; // below this is 减轻 (only for LighterOrReduced)
        QStringList basis;   // one line per step, with its article
        QStringList documents;
        bool lenientBlocked = false; // a red-line item kept a lenient fact from applying
    };

    static Result assess(const Item &item, const Facts &facts);
    // No same-type record in [decision − 2 years, decision): a record exactly two
    // years before still counts against a first violation.
    static bool isFirstViolation(const QList<QDate> &sameTypeRecords, const QDate &decision);
    static QString outcomeName(Outcome outcome);
};
