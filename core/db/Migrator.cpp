#include "Migrator.h"

#include "AuditLog.h"
#include "ChangeCapture.h"
#include "Database.h"
#include "DatabaseError.h"
#include "InListChecks.h"
#include "Sql.h"
#include "Transaction.h"
#include "UniqueConstraintIndex.h"

#include <QCoreApplication>
#include <QFile>

int Migrator::currentVersion()
{
    return 21;
}

QStringList Migrator::statements(const QString &script)
{
    QStringList result;
    QString current;
    bool inTrigger = false; // a trigger body holds semicolons; it ends at "END;"
    const QStringList lines = script.split(u'\n');
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(u"--") || (trimmed.isEmpty() && current.isEmpty()))
            continue;
        if (current.isEmpty())
            inTrigger = trimmed.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive);
        current += line + u'\n';
        if (inTrigger ? trimmed.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0 : trimmed.endsWith(u';')) {
            result.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        result.append(current.trimmed());
    return result;
}

void Migrator::runScript(const QSqlDatabase &db, const QString &resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        throw DatabaseError(DatabaseError::Kind::Query,
                            QCoreApplication::translate("Migrator", "The program's schema files are missing."),
                            resource);
    const QStringList list = statements(QString::fromUtf8(file.readAll()));
    for (const QString &statement : list)
        Sql::exec(db, statement);
}

void Migrator::migrate(const QSqlDatabase &db)
{
    const int from = Sql::scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
    if (from == currentVersion())
        return;

    Transaction transaction(db);
    if (from < 1) {
        runScript(db, QStringLiteral(":/faircheck/schema/001_initial.sql"));
        Sql::exec(db, QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId));
    }
    if (from < 2)
        runScript(db, QStringLiteral(":/faircheck/schema/002_credit.sql"));
    if (from < 3)
        runScript(db, QStringLiteral(":/faircheck/schema/003_discretion_search.sql"));
    if (from < 4)
        runScript(db, QStringLiteral(":/faircheck/schema/004_penalty_cases.sql"));
    if (from < 5)
        runScript(db, QStringLiteral(":/faircheck/schema/005_services.sql"));
    if (from < 6)
        runScript(db, QStringLiteral(":/faircheck/schema/006_supervision.sql"));
    if (from < 7) {
        runScript(db, QStringLiteral(":/faircheck/schema/007_audit_chain.sql"));
        AuditLog::sealUnhashed(db); // entries written before the chain existed join it now
    }
    if (from < 8)
        runScript(db, QStringLiteral(":/faircheck/schema/008_users.sql"));
    if (from < 9)
        runScript(db, QStringLiteral(":/faircheck/schema/009_planning.sql"));
    if (from < 10)
        runScript(db, QStringLiteral(":/faircheck/schema/010_change_capture.sql"));
    if (from < 11)
        InListChecks::rewrite(db);
    if (from < 12) {
        UniqueConstraintIndex::promote(db, QStringLiteral("enterprise"), QStringLiteral("uscc"), QStringLiteral("enterprise_uscc"));
        runScript(db, QStringLiteral(":/faircheck/schema/012_import_indexes.sql"));
    }
    if (from < 13) {
        runScript(db, QStringLiteral(":/faircheck/schema/013_entered_by.sql"));
        // User names are one regardless of case from now on; a file that already holds
        // two spellings of one name keeps them (sign-in then takes the first).
        if (!Sql::scalar(db, QStringLiteral("SELECT 1 FROM app_user GROUP BY username COLLATE NOCASE HAVING count(*) > 1")).isValid())
            Sql::exec(db, QStringLiteral("CREATE UNIQUE INDEX app_user_name_nocase ON app_user (username COLLATE NOCASE)"));
    }
    if (from < 14)
        runScript(db, QStringLiteral(":/faircheck/schema/014_case_dates_and_grounds.sql"));
    if (from < 15) {
        runScript(db, QStringLiteral(":/faircheck/schema/015_value_aliases.sql"));
        // Every category a 12345 export carries is kept: 表扬/感谢 and 其他 join the five.
        InListChecks::allow(db, QStringLiteral("hotline_order"), QStringLiteral("category"),
                            {QStringLiteral("praise"), QStringLiteral("other")});
    }
    if (from < 16) {
        runScript(db, QStringLiteral(":/faircheck/schema/016_published_cases.sql"));
        InListChecks::allow(db, QStringLiteral("penalty_case"), QStringLiteral("outcome"), {QStringLiteral("unstated")});
    }
    if (from < 17)
        runScript(db, QStringLiteral(":/faircheck/schema/017_finding_clues.sql"));
    if (from < 18) {
        runScript(db, QStringLiteral(":/faircheck/schema/018_platform_inspections.sql"));
        // A platform's check of another kind is neither routine nor from a clue.
        InListChecks::allow(db, QStringLiteral("visit"), QStringLiteral("origin"), {QStringLiteral("other")});
    }
    if (from < 19)
        runScript(db, QStringLiteral(":/faircheck/schema/019_offices.sql"));
    if (from < 20)
        runScript(db, QStringLiteral(":/faircheck/schema/020_exchange.sql"));
    if (from < 21)
        runScript(db, QStringLiteral(":/faircheck/schema/021_fine_kind_check.sql"));
    // Every migration re-creates the capture triggers, so columns added above are covered.
    ChangeCapture::install(db);
    // Later schema versions add `if (from < N)` steps here, each a script of its own.
    Sql::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(currentVersion()));
    AuditLog::recordSchemaChange(db, from, currentVersion());
    transaction.commit();
}
