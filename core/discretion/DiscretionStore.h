#pragma once

#include "DiscretionAssessment.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

// Reads benchmark items for the assessment: by id, or by code in the list version in
// force on a date (the newest whose effective date is not after it; never a version
// still to come).
class DiscretionStore final
{
public:
    struct Band
    {
        QString band; // no_penalty, reduced, lighter, standard, heavier
        QString conditions;
        qint64 minFen = -1; // -1: not given
        qint64 maxFen = -1;
    };
    struct Details
    {
        DiscretionAssessment::Item item;
        QString department;
        QString listName;
        QString listVersion;
        QString effectiveFrom;
        QString violatedProvision;
        QString penaltyProvision;
        QString penaltyKinds;
        // False when the list sets no amounts: a warning only, or a fine the law sets as
        // a multiple of illegal income or of the goods' value.
        bool fineRangeGiven = true;
        QList<Band> bands;
    };
    struct Department
    {
        qint64 id = 0;
        QString name;
    };

    static std::optional<DiscretionAssessment::Item> item(const QSqlDatabase &db, const QString &idOrCode, const QDate &inForceOn);
    // The list's own band amounts for an item (-1 where it leaves one open).
    static QList<DiscretionBands::Given> givenBands(const QSqlDatabase &db, qint64 itemId);
    static std::optional<Details> details(const QSqlDatabase &db, qint64 itemId);
    // Departments that have benchmark items, for filters.
    static QList<Department> departments(const QSqlDatabase &db);
};
