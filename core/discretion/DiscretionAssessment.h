#pragma once

#include "DiscretionBands.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// The lawful outcome of a case under a benchmark item (行政处罚法 arts. 32 and 33), as a
// pure function of the item and the facts, with the legal basis of every step and the
// documents to issue. Money in fen.
//
// The law's mandatory rules bind every item, red lines included: art. 33 (2) (proven no
// fault: no penalty) and art. 32 (coerced, confessed …: lighter or reduced). A red line
// takes away only the discretionary paths: it is never a minor violation (art. 33 (1),
// first sentence) and never 首违不罚. A fact not stated is unknown, never taken in the
// party's favour; the result names the unknown facts that could change it.
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
        QList<DiscretionBands::Given> bands; // the list's own band amounts, where it gives them
    };

    enum class Answer { Unknown, Yes, No };
    enum class Harm { Unknown, None, Slight, Serious };

    struct Facts
    {
        Answer firstViolation = Answer::Unknown; // no same-type record in the 2 years before
        Harm harm = Harm::Unknown;
        Answer corrected = Answer::Unknown;   // corrected in time
        Answer harmRemoved = Answer::Unknown; // actively removed or reduced the harm (art. 32 (1))
        Answer coerced = Answer::Unknown;     // coerced or deceived (art. 32 (2))
        Answer confessed = Answer::Unknown;   // confessed what the authority did not know (art. 32 (3))
        Answer meritorious = Answer::Unknown; // meritorious cooperation (art. 32 (4))
        Answer noFault = Answer::Unknown;     // proven no subjective fault (art. 33 (2))
        qint64 amountFen = 0;                 // amount involved, for the record

        // A fact by its key (keys()) and value (yes/no/true/false/1/0; for harm
        // none/slight/serious). Returns the reason it is refused, empty when taken: an
        // unknown key or value, or the same fact given before with another value.
        QString set(QStringView key, QStringView value);
        // Facts that cannot all be true (harm removed when there was none); empty when none.
        QString conflict() const;
        static QStringList keys();
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
        bool lenientBlocked = false; // a red-line item kept a discretionary lenient path from applying
        // Facts not yet stated whose answer could change the outcome, by key: the outcome
        // above holds only until they are known.
        QStringList missing;
    };

    static Result assess(const Item &item, const Facts &facts);
    // No same-type record in [decision − 2 years, decision): a record exactly two
    // years before still counts against a first violation.
    static bool isFirstViolation(const QList<QDate> &sameTypeRecords, const QDate &decision);
    static QString outcomeName(Outcome outcome);
    // The fact's name for people, for "still needed" lists and forms.
    static QString factName(const QString &key);

private:
    static Result decide(const Item &item, const Facts &facts);
};
