#pragma once

#include "DemoCatalog.h"
#include "DemoOptions.h"
#include "util/SeededRandom.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <map>

// What the demo writers share: the connection, the options, the catalogue, the ids
// written so far, and helpers for inserting rows and making up people.
class DemoContext final
{
public:
    DemoContext(QSqlDatabase db, DemoOptions options, DemoCatalog catalog);

    QSqlDatabase db() const { return m_db; }
    const DemoOptions &options() const { return m_options; }
    const DemoCatalog &catalog() const { return m_catalog; }

    // Each module gets its own stream, so changing one module's output does not
    // reshuffle the others.
    SeededRandom stream(quint64 module) const;

    // INSERT INTO table (columns) VALUES (…) with a statement prepared once per shape;
    // returns the new row id.
    qint64 insert(const QString &table, const QStringList &columns, const QVariantList &values);
    qint64 rowsWritten() const { return m_rowsWritten; }

    QDate historyStart() const;
    QDate asOf() const { return m_options.asOf; }

    QString personName(SeededRandom &rng) const;
    QString mobile(SeededRandom &rng) const;
    QString residentId(SeededRandom &rng) const;

    // Filled by the registry writer, read by the others.
    QList<qint64> townshipIds;
    QList<qint64> departmentIds;
    QHash<qint64, QList<qint64>> itemsByDepartment;
    QHash<qint64, QList<qint64>> officersByDepartment;
    qint64 firstEnterpriseId = 0;
    qint64 enterpriseCount = 0;

    qint64 randomEnterprise(SeededRandom &rng) const
    {
        return firstEnterpriseId + qint64(rng.next() % quint64(enterpriseCount));
    }
    // A fixed per-enterprise risk 0..99, so some enterprises keep misbehaving.
    int risk(qint64 enterpriseId) const;

private:
    QSqlDatabase m_db;
    DemoOptions m_options;
    DemoCatalog m_catalog;
    std::map<QString, QSqlQuery> m_statements; // QSqlQuery is move-only
    qint64 m_rowsWritten = 0;
};
