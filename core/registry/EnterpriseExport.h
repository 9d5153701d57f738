#pragma once

#include <QSqlDatabase>
#include <QString>

class EnterpriseQuery;

// The enterprise register as a file the importer reads back: the page's filter and sort,
// the import's columns, personal data masked for roles that do not need it, audited.
class EnterpriseExport final
{
public:
    static qint64 write(const QSqlDatabase &db, const EnterpriseQuery &query, const QString &path);
};
