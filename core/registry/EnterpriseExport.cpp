#include "EnterpriseExport.h"

#include "EnterpriseQuery.h"
#include "db/Sql.h"
#include "io/ExportPolicy.h"
#include "io/ImportKind.h"
#include "io/TableExporter.h"
#include "users/PersonalData.h"

#include <QSqlQuery>

qint64 EnterpriseExport::write(const QSqlDatabase &db, const EnterpriseQuery &query, const QString &path)
{
    ExportPolicy::require(db, QStringLiteral("enterprise"));
    const ImportKind kind = ImportKind::find(QStringLiteral("enterprises"));
    QStringList headers;
    for (const ImportKind::Field &field : kind.fields)
        headers.append(field.label);
    QVariantList binds;
    const QString where = query.whereClause(&binds);
    // Status words are the ones the importer reads, whatever the interface language.
    QSqlQuery q = Sql::exec(db, QStringLiteral(
        "SELECT e.uscc, e.name, e.legal_representative, e.legal_representative_id, e.phone, e.address, t.name, "
        "       e.industry_code, i.name, e.registration_date, "
        "       CASE e.status WHEN 'active' THEN '存续' WHEN 'deregistered' THEN '注销' WHEN 'revoked' THEN '吊销' ELSE '停业' END "
        "FROM (SELECT * FROM enterprise%1%2) e LEFT JOIN township t ON t.id = e.township_id "
        "LEFT JOIN industry i ON i.code = e.industry_code%3").arg(where, query.orderClause(), query.orderClause(QStringLiteral("e."))),
        binds);
    // Roles that do not need them get ID numbers and phones masked.
    const bool reveal = PersonalData::mayReveal(db);
    return ExportPolicy::recorded(db, QStringLiteral("enterprise register"), path, reveal, [&] {
        return TableExporter::write(path, headers, [&q, reveal](QStringList &row) {
            if (!q.next())
                return false;
            row.clear();
            for (int c = 0; c < 11; ++c) {
                const QString value = q.value(c).toString();
                row.append(reveal || (c != 3 && c != 4)
                               ? value
                               : PersonalData::masked(c == 4 ? QStringLiteral("phone") : QStringLiteral("resident_id"), value));
            }
            return true;
        });
    });
}
