#include "DataExport.h"

#include "ExportPolicy.h"
#include "TableExporter.h"
#include "db/Sql.h"
#include "users/PersonalData.h"
#include "util/Refusal.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>

qint64 DataExport::table(const QSqlDatabase &db, const QString &table, const QString &path)
{
    if (!Sql::tableExists(db, table))
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
    return ExportPolicy::recorded(db, table, path, reveal && personal, [&] {
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
