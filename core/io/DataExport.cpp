#include "DataExport.h"

#include "ExportPolicy.h"
#include "ImportKind.h"
#include "TableExporter.h"
#include "db/DatabaseError.h"
#include "db/Sql.h"
#include "users/PersonalData.h"
#include "util/Refusal.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {

// The export is written, then recorded; if the record cannot be written the file goes
// too, so there is never an export the audit trail does not know of.
qint64 recorded(const QSqlDatabase &db, const QString &what, const QString &path, bool unmasked, const std::function<qint64()> &write)
{
    ExportPolicy::refuseWhenUnrecordable(db);
    const qint64 rows = write();
    try {
        ExportPolicy::record(db, what, rows, path, unmasked);
    } catch (const Error &) {
        QFile::remove(path);
        throw;
    }
    return rows;
}

} // namespace

qint64 DataExport::enterprises(const QSqlDatabase &db, const EnterpriseQuery &query, const QString &path)
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
    return recorded(db, QStringLiteral("enterprise register"), path, reveal, [&] {
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

qint64 DataExport::table(const QSqlDatabase &db, const QString &table, const QString &path)
{
    if (!Sql::scalar(db, QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"), {table}).isValid())
        throw Refusal(tr("There is no table named “%1”.").arg(table));
    ExportPolicy::require(db, table);
    QSqlQuery q = Sql::exec(db, QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table));
    QStringList headers;
    const QSqlRecord record = q.record();
    for (int c = 0; c < record.count(); ++c)
        headers.append(record.fieldName(c));
    bool personal = false;
    for (const QString &h : std::as_const(headers))
        personal = personal || PersonalData::isPersonal(h);
    const bool reveal = PersonalData::mayReveal(db);
    return recorded(db, table, path, reveal && personal, [&] {
        return TableExporter::write(path, headers, [&q, &headers, reveal](QStringList &row) {
            if (!q.next())
                return false;
            row.clear();
            for (int c = 0; c < headers.size(); ++c) {
                const QString value = q.value(c).toString();
                row.append(reveal || !PersonalData::isPersonal(headers.at(c)) ? value : PersonalData::masked(headers.at(c), value));
            }
            return true;
        });
    });
}
