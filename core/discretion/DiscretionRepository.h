#pragma once

#include "DiscretionAssessment.h"

#include <QSqlDatabase>

#include <optional>

// Reads benchmark items for the assessment: by id, or by code in the newest list
// version that has it.
class DiscretionRepository final
{
public:
    static std::optional<DiscretionAssessment::Item> item(const QSqlDatabase &db, const QString &idOrCode);
};
