#include "TestSupport.h"

#include "db/Database.h"
#include "db/Sql.h"
#include "supervision/ClueStore.h"
#include "supervision/SupervisionFindings.h"

#include <QTemporaryDir>

// A small county counted by hand. Enterprise 1 is checked by department 1 on 03-10 and
// again on 11-05 (2 > the cap of 1), and by department 2 on 06-01 (3 entries > 2); enterprise
// 2 is in the sandbox since 2026-09-01 and checked routinely on 11-10 (by o4 and o5); the visit of 11-20
// has one officer, whose certificate expired on 11-01; case 7 fines 100 yuan under an item
// whose minimum is 500.
namespace {

void build(const Database &db)
{
    const char *const statements[] = {
        "INSERT INTO township (id, code, name) VALUES (1, 'T1', 'A镇')",
        "INSERT INTO department (id, code, name, short_name) VALUES (1, 'D1', '一局', '一'), (2, 'D2', '二局', '二')",
        "INSERT INTO enterprise (id, uscc, name, township_id, registration_date) VALUES "
        " (1, '914403001922038216', 'e1', 1, '2020-01-01'), (2, '9144030071526726XG', 'e2', 1, '2020-01-01')",
        "INSERT INTO officer (id, department_id, name, certificate_no, certificate_expiry) VALUES "
        " (1, 1, 'o1', 'C1', '2030-01-01'), (2, 1, 'o2', 'C2', '2030-01-01'), (3, 2, 'o3', 'C3', '2026-11-01'), (4, 2, 'o4', 'C4', NULL),"
        " (5, 2, 'o5', 'C5', '2029-12-31')",
        "INSERT INTO visit (id, enterprise_id, scheduled_date, visit_date, origin, status) VALUES "
        " (1, 1, '2026-03-10', '2026-03-10', 'routine', 'done'), (2, 1, '2026-06-01', '2026-06-01', 'routine', 'done'),"
        " (3, 1, '2026-11-05', '2026-11-05', 'routine', 'done'), (4, 2, '2026-11-10', '2026-11-10', 'routine', 'done'),"
        " (5, 2, '2026-11-20', '2026-11-20', 'clue', 'done'), (6, 1, '2026-11-25', '2026-11-25', 'invitation', 'done')",
        "INSERT INTO inspection_task (id, visit_id, department_id, enterprise_id) VALUES (1, 1, 1, 1), (2, 2, 2, 1), (3, 3, 1, 1), "
        " (4, 4, 2, 2), (5, 5, 2, 2), (6, 6, 1, 1)",
        "INSERT INTO visit_officer (visit_id, officer_id) VALUES (1, 1), (1, 2), (2, 3), (2, 4), (3, 1), (3, 2), (4, 4), (4, 5), "
        " (5, 3), (6, 1), (6, 2)",
        "INSERT INTO sandbox_membership (enterprise_id, entered_on, entry_reason) VALUES (2, '2026-09-01', 'x')",
        "INSERT INTO discretion_list (id, name, kind, version, effective_from) VALUES (1, 'L', 'benchmark', '1', '2025-01-01')",
        "INSERT INTO discretion_item (id, list_id, department_id, code, violation, violated_provision, penalty_provision, penalty_kinds, "
        " min_fine_fen, max_fine_fen) VALUES (1, 1, 1, 'X-1', 'v', 'p', 'q', '罚款', 50000, 500000)",
        "INSERT INTO penalty_case (id, case_no, department_id, enterprise_id, discretion_item_id, decided_on, outcome, fine_fen) VALUES "
        " (7, 'K7', 1, 1, 1, '2026-11-12', 'standard', 10000)",
    };
    for (const char *sql : statements)
        Sql::exec(db.connection(), QString::fromUtf8(sql));
}

QStringList keys(const QList<SupervisionFindings::Finding> &findings)
{
    QStringList list;
    for (const SupervisionFindings::Finding &f : findings)
        list.append(f.key);
    list.sort();
    return list;
}

} // namespace

TEST_CASE("Findings: what the records show, each worked by hand", "[findings]")
{
    QTemporaryDir dir;
    const Database db = Database::open(dir.filePath(QStringLiteral("findings.db")));
    build(db);
    const QSqlDatabase c = db.connection();
    const SupervisionFindings::Caps caps{1, 2};
    const QList<SupervisionFindings::Finding> november =
        SupervisionFindings::list(c, QDate(2026, 11, 1), QDate(2026, 11, 30), QString(), caps);
    // Department 1 checked e1 routinely on 03-10 and 11-05: 2 > 1. All departments'
    // routine entries into e1 in 2026: 03-10, 06-01, 11-05 = 3 > 2 (the invitation of
    // 11-25 does not count). e2's routine check of 11-10 came while it was in the sandbox
    // (since 09-01). The clue check of 11-20 had o3 alone, whose certificate ran out on
    // 11-01: one finding for the officers, one for the certificate. Case K7: 100 yuan
    // under a standard band that starts at 500 + 30 % of 4,500 = 1,850 yuan.
    CHECK(keys(november) == QStringList({QStringLiteral("case_outside_benchmark:7"), QStringLiteral("expired_certificate:5:3"),
                                         QStringLiteral("repeat_department:1:1:2026"), QStringLiteral("repeat_total:1:2026"),
                                         QStringLiteral("sandbox_routine:4"), QStringLiteral("too_few_officers:5")}));
    // In June the year's routine entries of e1 stood at two: nothing over either cap.
    CHECK(SupervisionFindings::list(c, QDate(2026, 6, 1), QDate(2026, 6, 30), QString(), caps).isEmpty());
    // A county allowing two checks a department and three entries finds neither.
    CHECK(keys(SupervisionFindings::list(c, QDate(2026, 11, 1), QDate(2026, 11, 30), QStringLiteral("repeat_department"), {2, 3})).isEmpty());
    CHECK(keys(SupervisionFindings::list(c, QDate(2026, 11, 1), QDate(2026, 11, 30), QStringLiteral("repeat_total"), {2, 3})).isEmpty());

    // A finding becomes one clue, for its department, however often it is asked.
    SupervisionFindings::Finding sandbox;
    for (const SupervisionFindings::Finding &f : november) {
        if (f.kind == u"sandbox_routine")
            sandbox = f;
    }
    REQUIRE(sandbox.departmentId == 2);
    const qint64 clue = SupervisionFindings::toClue(c, sandbox, QDate(2026, 12, 1));
    CHECK(clue > 0);
    CHECK(SupervisionFindings::toClue(c, sandbox, QDate(2026, 12, 2)) == clue);
    CHECK(ClueStore::stateOf(c, clue) == QStringLiteral("received"));
    CHECK(Sql::scalar(c, QStringLiteral("SELECT department_id FROM clue WHERE id = ?"), {clue}).toLongLong() == 2);
    for (const SupervisionFindings::Finding &f : SupervisionFindings::list(c, QDate(2026, 11, 1), QDate(2026, 11, 30), QString(), caps))
        CHECK(f.clueId == (f.key == sandbox.key ? clue : 0));
    // Its content says what was found, for the clue list and the 督办 notice.
    bool listed = false;
    for (const ClueStore::Clue &c2 : ClueStore::list(c, ClueStore::Listing::All, QDate(2026, 12, 31)))
        listed = listed || (c2.id == clue && c2.content.contains(QStringLiteral("e2")));
    CHECK(listed);
}
