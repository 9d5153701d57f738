#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

// Any table of the database as stored, by role, masked and audited (the register in
// the importer's columns is EnterpriseExport's).
class DataExport final
{
    Q_DECLARE_TR_FUNCTIONS(DataExport)

public:
    static qint64 table(const QSqlDatabase &db, const QString &table, const QString &path);
};
