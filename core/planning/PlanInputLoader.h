#pragma once

#include "PlanInput.h"
#include "PlanRequest.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// Gathers the planner's input from the database: active enterprises with their tier and
// sandbox membership, the departments' items and scopes, certified officers, conflicts,
// the officers of each enterprise's last visit, this year's routine checks (for the
// caps), and the mandatory tasks (rectification re-checks due, follow-ups of red-line
// penalties, open clues). Refuses a
// request it cannot honour with a message that says why.
class PlanInputLoader final
{
    Q_DECLARE_TR_FUNCTIONS(PlanInputLoader)

public:
    static Planning::Input load(const QSqlDatabase &db, const PlanRequest &request);

    // The population as published with the plan: one line per enterprise, sorted by USCC.
    static QByteArray population(const QSqlDatabase &db, const Planning::Input &input);
    // The reverse, for re-running a draw: enterprises keyed by USCC, township codes
    // turned into small numbers through `townships`.
    static QList<Planning::Enterprise> fromPopulation(const QByteArray &text, QHash<QString, qint64> *townships);

    // Department scopes by short name from a scopes file (or the built-in one).
    static QHash<QString, QStringList> scopes(const QString &path);
};
