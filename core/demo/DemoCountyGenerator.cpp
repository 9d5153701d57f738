#include "DemoCountyGenerator.h"

#include <QJsonObject>

#include "DemoContext.h"
#include "DemoCreditWriter.h"
#include "DemoEnforcementWriter.h"
#include "DemoInspectionWriter.h"
#include "DemoRegistryWriter.h"
#include "DemoServiceWriter.h"
#include "DemoSupervisionWriter.h"
#include "credit/CreditRuleStore.h"
#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "db/DeferredIndexes.h"
#include "db/ScopedPragma.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "util/Refusal.h"

#include <QSqlQuery>

namespace {

class ProgressReporter
{
public:
    explicit ProgressReporter(const DemoOptions &options) : m_options(options) {}
    void operator()(int percent, const QString &stage) const
    {
        if (m_options.progress && !m_options.progress(percent, stage))
            throw DatabaseError(DatabaseError::Kind::Cancelled,
                                DemoCountyGenerator::tr("Creating the demo county was cancelled; nothing was written."));
    }

private:
    const DemoOptions &m_options;
};

} // namespace

DemoCountyGenerator::Summary DemoCountyGenerator::generate(const Database &database, const DemoOptions &options)
{
    if (options.enterprises < 1 || options.enterprises > MaxEnterprises)
        throw Refusal(tr("The number of enterprises must be between 1 and %1.").arg(MaxEnterprises));
    if (options.months < 1 || options.months > 120)
        throw Refusal(tr("The history must cover between 1 and 120 months."));

    const QSqlDatabase db = database.connection();
    const ProgressReporter progress(options);
    progress(0, tr("Checking the database"));
    // A million-row build in one transaction touches far more pages than SQLite's
    // default 2 MB cache holds.
    const ScopedPragma cache(db, "cache_size", -256 * 1024); // KiB
    Transaction transaction(db);
    if (Sql::scalar(db, QStringLiteral("SELECT count(*) FROM township")).toInt() > 0
        || Sql::scalar(db, QStringLiteral("SELECT count(*) FROM enterprise")).toInt() > 0)
        throw Refusal(tr("The database already holds county data; the demo county is only written into an empty database."));

    DemoContext context(db, options, DemoCatalog::load());
    DemoRegistryWriter registry(context);
    progress(2, tr("Townships, departments and officers"));
    registry.writeCounty();

    // Bulk load: building the enterprise indexes once after the rows are in is far
    // cheaper than updating seven of them row by row (the table starts empty).
    DeferredIndexes indexes(db, QStringLiteral("enterprise"));
    const int slice = 20000;
    while (registry.writeEnterprises(slice))
        progress(5 + int(50 * context.enterpriseCount / options.enterprises), tr("Enterprises"));
    progress(56, tr("Indexing the register"));
    indexes.rebuild();

    DemoServiceWriter services(context);
    DemoInspectionWriter inspections(context, services);
    DemoSupervisionWriter supervision(context);
    inspections.writeConflicts();
    inspections.writePlans();
    int month = 0;
    for (QDate m = context.historyStart(); m <= context.asOf(); m = m.addMonths(1), ++month) {
        progress(60 + 25 * month / options.months, tr("History of %1").arg(m.toString(QStringLiteral("yyyy-MM"))));
        inspections.writeMonth(m);
        supervision.writeHotlineMonth(m);
        services.writeMonth(m);
    }
    supervision.writeOfficerScores();

    progress(86, tr("Penalty cases and reviews"));
    DemoEnforcementWriter enforcement(context);
    enforcement.writeDiscretionLists();
    enforcement.writeCases();
    enforcement.writeReviews();

    progress(92, tr("Credit scores and the sandbox"));
    DemoCreditWriter(context).write(CreditRuleStore::load(db));
    services.writeRepairHelp();

    AuditLog::recordBulk(db, QStringLiteral("*"), context.rowsWritten(), QStringLiteral("demo.county"),
                         QJsonObject{{QStringLiteral("seed"), qint64(options.seed)},
                                     {QStringLiteral("enterprises"), options.enterprises},
                                     {QStringLiteral("months"), options.months},
                                     {QStringLiteral("as_of"), context.asOf().toString(Qt::ISODate)}});
    progress(99, tr("Saving"));
    transaction.commit();
    progress(100, tr("Done"));
    return {context.enterpriseCount, context.rowsWritten()};
}

bool DemoCountyGenerator::isDemo(const QSqlDatabase &db)
{
    return Sql::scalar(db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM audit_log WHERE action = 'bulk' "
                                          "AND json_extract(new_values, '$.what') = 'demo.county')")).toInt() == 1;
}
