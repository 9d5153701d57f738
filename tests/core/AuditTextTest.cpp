#include "TestSupport.h"

#include "credit/CreditRecomputer.h"
#include "credit/CreditRuleStore.h"
#include "db/AuditLog.h"
#include "db/AuditText.h"
#include "db/AuditValues.h"
#include "domain/ClueState.h"
#include "domain/Fen.h"
#include "domain/PenaltyOutcome.h"
#include "db/Sql.h"
#include "util/TranslationLoader.h"

#include <QSqlQuery>
#include <QTemporaryDir>

TEST_CASE("Audit entries are stored as codes and said in the reader's language", "[audit][language]")
{
    QTemporaryDir dir;
    const Database db = Database::open(dir.filePath(QStringLiteral("audit-text.db")));
    TestSupport::demo(db, 3, 120, QDate(2026, 11, 30));

    // Every table of the file has a name for the viewer, not its SQL identifier.
    QSqlQuery tables = Sql::exec(db.connection(), QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT IN ('audit_log', 'change_log', 'credit_dirty', 'import_mapping') AND name NOT LIKE 'discretion_search%'"));  // the search index, rebuilt, never audited
    QStringList unnamed;
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        if (AuditText::table(table) == table)
            unnamed.append(table);
    }
    INFO(unnamed.join(QStringLiteral(", ")));
    CHECK(unnamed.isEmpty());

    // A recompute is stored as a code with its values, whatever the language ...
    CreditRecomputer::run(db.connection(), CreditRuleStore::load(db.connection()), QDate(2026, 11, 30), CreditRecomputer::Mode::Full);
    QSqlQuery last = Sql::exec(db.connection(), QStringLiteral(
        "SELECT id, at, user_name, action, table_name, 0, COALESCE(old_values, ''), new_values FROM audit_log "
        "WHERE action = 'bulk' AND table_name = 'enterprise' ORDER BY id DESC LIMIT 1"));
    REQUIRE(last.next());
    const AuditLog::Row row{last.value(0).toLongLong(), last.value(1).toString(), last.value(2).toString(), last.value(3).toString(),
                            last.value(4).toString(), 0, last.value(6).toString(), last.value(7).toString()};
    CHECK(row.newValues.contains(QStringLiteral("\"what\":\"credit.recompute\"")));
    CHECK(row.newValues.contains(QStringLiteral("\"evaluated\"")));
    // ... and said as a sentence when shown.
    const QString said = AuditText::summary(row);
    CHECK(said.contains(QStringLiteral("2026-11-30")));
    CHECK(said.contains(QStringLiteral("in full")));
    CHECK(AuditText::action(QStringLiteral("bulk")) != QStringLiteral("bulk"));
    CHECK(AuditText::user(QStringLiteral("system")) == QStringLiteral("system")); // English here; 系统 in Chinese
    // In Chinese, the names the viewer shows, and back again for its filter.
    TranslationLoader::install(*QCoreApplication::instance(), QStringLiteral("zh_CN"));
    const QString enterprises = AuditText::table(QStringLiteral("enterprise"));
    const QString system = AuditText::user(QStringLiteral("system"));
    const QString findings = AuditText::table(QStringLiteral("finding"));
    TranslationLoader::install(*QCoreApplication::instance(), QStringLiteral("en"));
    CHECK(enterprises == QStringLiteral("企业"));
    CHECK(system == QStringLiteral("系统"));
    CHECK(findings == QStringLiteral("检查结果"));
    CHECK(AuditText::tableCode(QStringLiteral("enterprises")) == QStringLiteral("enterprise"));
    CHECK(AuditText::tableCode(QStringLiteral("enterprise")) == QStringLiteral("enterprise"));
    // An entry this version does not know is shown as stored.
    CHECK(AuditText::table(QStringLiteral("tomorrow_table")) == QStringLiteral("tomorrow_table"));
}

TEST_CASE("A record's values in the audit viewer are named in the reader's language", "[audit][language]")
{
    QTemporaryDir dir;
    const Database db = Database::open(dir.filePath(QStringLiteral("audit-values.db")));
    TestSupport::demo(db, 3, 60, QDate(2026, 11, 30));

    // Every column a record can carry into the trail has a name for the viewer.
    QSqlQuery columns = Sql::exec(db.connection(), QStringLiteral(
        "SELECT m.name, c.name FROM sqlite_master m, pragma_table_info(m.name) c WHERE m.type = 'table' "
        "AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE 'discretion_search%' "
        "AND m.name NOT IN ('audit_log', 'change_log', 'credit_dirty', 'import_mapping')"));
    QStringList unnamed;
    while (columns.next()) {
        if (!AuditValues::knows(columns.value(1).toString()))
            unnamed.append(columns.value(0).toString() + QLatin1Char('.') + columns.value(1).toString());
    }
    INFO(unnamed.join(QStringLiteral(", ")));
    CHECK(unnamed.isEmpty());

    const QString township = Sql::scalar(db.connection(), QStringLiteral(
        "SELECT new_values FROM change_log WHERE tbl = 'township' AND op = 'insert' ORDER BY id LIMIT 1")).toString();
    REQUIRE(township.contains(QStringLiteral("\"code\"")));
    CHECK(AuditValues::describe(township).contains(QStringLiteral("name: ")));
    CHECK(!AuditValues::describe(township).contains(QStringLiteral("id:"))); // the viewer has a column for it
    CHECK(AuditValues::describe(QStringLiteral("{\"red_line\":true,\"fine_fen\":350000,\"note\":null}"))
          == QStringLiteral("fine: %1; note: —; red line: yes").arg(Fen(350000).yuan()));
    // With its table, codes and amounts as people read them.
    CHECK(AuditValues::describe(QStringLiteral("{\"fine_fen\":350000,\"outcome\":\"heavier\"}"), QStringLiteral("penalty_case"))
          == QStringLiteral("fine: %1; outcome: %2").arg(Fen(350000).yuan(), PenaltyOutcome(PenaltyOutcome::Heavier).name()));
    CHECK(AuditValues::describe(QStringLiteral("{\"state\":\"responded\"}"), QStringLiteral("clue")) == QStringLiteral("state: ") + ClueState::nameOf(QStringLiteral("responded")));
    CHECK(AuditValues::describe(QStringLiteral("{\"state\":\"responded\"}"), QStringLiteral("request")) == QStringLiteral("state: responded"));
    CHECK(AuditValues::describe(QStringLiteral("not json")) == QStringLiteral("not json"));
    CHECK(AuditValues::describe(QStringLiteral("{\"tomorrow\":1}")) == QStringLiteral("tomorrow: 1"));
    TranslationLoader::install(*QCoreApplication::instance(), QStringLiteral("zh_CN"));
    const QString chinese = AuditValues::describe(township);
    const QString fine = AuditValues::describe(QStringLiteral("{\"fine_fen\":350000,\"uscc\":\"91330100799655058B\"}"), QStringLiteral("penalty_case"));
    TranslationLoader::install(*QCoreApplication::instance(), QStringLiteral("en"));
    CHECK(chinese.contains(QStringLiteral("名称：")));
    CHECK(chinese.contains(QStringLiteral("代码：")));
    CHECK(fine.startsWith(QStringLiteral("罚款：")));
    CHECK(fine.contains(QStringLiteral("3,500.00")));
    CHECK(fine.endsWith(QStringLiteral("；统一社会信用代码：91330100799655058B")));
}
