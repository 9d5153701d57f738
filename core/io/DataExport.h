#pragma once

#include "registry/EnterpriseQuery.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// What can be exported: the enterprise register (with the page's filter and sort,
// in the columns the importer reads back) and any table of the database as stored.
class DataExport final
{
    Q_DECLARE_TR_FUNCTIONS(DataExport)

public:
    static qint64 enterprises(const QSqlDatabase &db, const EnterpriseQuery &query, const QString &path);
    static qint64 table(const QSqlDatabase &db, const QString &table, const QString &path);
};
