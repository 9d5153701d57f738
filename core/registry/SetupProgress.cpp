#include "SetupProgress.h"

#include "db/Sql.h"

SetupProgress SetupProgress::read(const QSqlDatabase &db)
{
    // Whether a list has rows, not how many: LIMIT keeps this instant on a big register.
    auto any = [&db](const char *table) {
        return Sql::scalar(db, QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1 LIMIT 1)").arg(QLatin1String(table))).toLongLong();
    };
    SetupProgress p;
    p.departments = any("department");
    p.enterprises = any("enterprise");
    p.townships = any("township");
    p.officers = any("officer");
    p.inspectionItems = any("inspection_item");
    p.benchmarkItems = any("discretion_item");
    return p;
}
