#pragma once

#include <QString>
#include <QVariantList>

// The register's search, filters and sort, and the SQL they become. Sorting always
// ends with the id so that paging with LIMIT/OFFSET is stable.
struct EnterpriseQuery
{
    enum Column { Uscc, Name, Township, Industry, RegistrationDate, Status, Score, Tier, ColumnCount };

    QString text;          // USCC prefix or part of the name
    qint64 townshipId = 0; // 0 = all
    QString industryCode;  // empty = all
    QString tier;          // "A".."D", "-" = not scored, empty = all
    Column sortColumn = Name;
    bool descending = false;

    // " WHERE …" (or empty) with its bindings.
    QString whereClause(QVariantList *binds) const;
    // " ORDER BY …"; prefix qualifies the columns ("e.") when the table is aliased.
    QString orderClause(const QString &prefix = QString()) const;

    bool operator==(const EnterpriseQuery &other) const;
};
