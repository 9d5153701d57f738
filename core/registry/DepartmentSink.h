#pragma once

#include "io/ImportKind.h"
#include "io/ImportReport.h"
#include "io/ImportSink.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

// The county's enforcement departments, keyed by full name: the list every other
// roster (officers, items, benchmarks, 12345 orders) names its department from. A row
// without a code gets a stable one from its name; without a short name, the name less
// the county's prefix and the 局/委员会/大队 ending.
class DepartmentSink final : public ImportSink
{
    Q_DECLARE_TR_FUNCTIONS(DepartmentSink)

public:
    DepartmentSink(const QSqlDatabase &db, const ImportKind &kind, ImportReport &report);

    QStringList keyFields() const override { return {QStringLiteral("name")}; }
    void write(const QStringList &values, const Reject &reject) override;

    static QString shortName(const QString &fullName);
    static QString derivedCode(const QString &fullName);

private:
    QString value(const QStringList &values, const char *name) const;

    QSqlDatabase m_db;
    const ImportKind &m_kind;
    ImportReport &m_report;
    QHash<QString, QString> m_codeOwner; // code → name, in the file and the database
};
