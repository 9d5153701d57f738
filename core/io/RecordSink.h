#pragma once

#include "DepartmentDirectory.h"
#include "ImportKind.h"
#include "ImportReport.h"
#include "ImportSink.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// A sink that writes rows into the database's tables: the lookups most kinds need
// (departments, townships and enterprises named as the county's systems write them),
// and an upsert keyed by the kind's key columns.
class RecordSink : public ImportSink
{
    Q_DECLARE_TR_FUNCTIONS(RecordSink)

public:
    RecordSink(const QSqlDatabase &db, const ImportKind &kind, ImportReport &report);

protected:
    QString value(const QStringList &fields, const char *name) const;
    // Department id, or 0 after rejecting the row (and noting the value, with the
    // closest department, for mapping).
    qint64 department(const QStringList &fields, const Reject &reject, const char *field = "department") const;
    // The register's enterprise with this USCC whose name the row also gives (nameField),
    // or 0 after rejecting the row: an enterprise is never created from a record about it.
    qint64 registeredEnterprise(const QStringList &fields, const Reject &reject, const char *usccField, const char *nameField) const;
    // The register's name closest to a value of this kind the register does not know.
    QString suggestion(const QString &kind, const QString &value) const;
    QString resolved(const QString &kind, const QString &text) const;
    QString label(const char *field) const;
    // Inserts or updates one row of table keyed by keyColumns; counts it.
    void upsert(const QString &table, const QStringList &keyColumns, const QList<QPair<QString, QVariant>> &columns);

    QSqlDatabase m_db;
    const ImportKind &m_kind;
    ImportReport &m_report;
    DepartmentDirectory m_departments;
    mutable QHash<QString, QStringList> m_targets; // kind → names, read once
};
