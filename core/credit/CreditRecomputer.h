#pragma once

#include "CreditRuleBook.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

#include <functional>

// Brings the cached score, tier and next-change date of every enterprise up to a
// date, and takes out of the sandbox every member that hit a red line or lost its
// eligibility. Incremental mode touches only enterprises with new or changed events
// (credit_dirty), whose next change has come, or that were never scored. Runs in one
// transaction; a cancel leaves everything as it was.
class CreditRecomputer final
{
    Q_DECLARE_TR_FUNCTIONS(CreditRecomputer)

public:
    enum class Mode { Full, Incremental };

    struct Outcome
    {
        qint64 evaluated = 0;
        qint64 changed = 0;
        qint64 sandboxExits = 0;
    };

    // progress(percent) returning false cancels. A full run over at least
    // parallelFrom enterprises reads with two threads.
    static Outcome run(const QSqlDatabase &db, const CreditRuleBook &book, const QDate &asOf, Mode mode,
                       const std::function<bool(int)> &progress = {}, qint64 parallelFrom = 50000);
};
