#include "PenaltyCaseStore.h"
#include "util/RecordDate.h"

#include "CaseItemMatcher.h"
#include "DiscretionBands.h"
#include "DiscretionStore.h"
#include "db/AuditLog.h"
#include "util/Refusal.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "db/FigureSql.h"
#include "validation/Uscc.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>
#include <climits>

namespace {

const QString kSelect = QStringLiteral(
    "SELECT p.id, p.case_no, d.name, e.name, e.uscc, COALESCE(e.legal_representative, ''), COALESCE(e.address, ''), "
    "COALESCE(i.id, 0), COALESCE(i.code, ''), COALESCE(l.version, ''), COALESCE(i.violation, ''), "
    "COALESCE(i.violated_provision, ''), COALESCE(i.penalty_provision, ''), p.decided_on, p.outcome, p.fine_fen, "
    "COALESCE(p.reference_fen, 0), COALESCE(p.facts, ''), COALESCE(c.flag, ''), p.bundle_delivered_on, p.status, "
    "p.violated_on, COALESCE(p.item_rule, ''), COALESCE(p.legal_ground, ''), p.lighter_kind "
    "FROM penalty_case p JOIN department d ON d.id = p.department_id JOIN enterprise e ON e.id = p.enterprise_id "
    "JOIN penalty_case_check c ON c.case_id = p.id "
    "LEFT JOIN discretion_item i ON i.id = p.discretion_item_id LEFT JOIN discretion_list l ON l.id = i.list_id ");

PenaltyCaseStore::Row readRow(const QSqlQuery &q)
{
    PenaltyCaseStore::Row r;
    r.id = q.value(0).toLongLong();
    r.caseNo = q.value(1).toString();
    r.department = q.value(2).toString();
    r.enterprise = q.value(3).toString();
    r.uscc = q.value(4).toString();
    r.legalRepresentative = q.value(5).toString();
    r.address = q.value(6).toString();
    r.itemId = q.value(7).toLongLong();
    r.itemCode = q.value(8).toString();
    r.listVersion = q.value(9).toString();
    r.violation = q.value(10).toString();
    r.violatedProvision = q.value(11).toString();
    r.penaltyProvision = q.value(12).toString();
    r.decided = QDate::fromString(q.value(13).toString(), Qt::ISODate);
    r.outcome = PenaltyOutcome::fromCode(q.value(14).toString()).value_or(PenaltyOutcome::Unstated);
    r.fineFen = q.value(15).toLongLong();
    r.referenceFen = q.value(16).toLongLong();
    r.facts = q.value(17).toString();
    r.flag = q.value(18).toString();
    r.delivered = QDate::fromString(q.value(19).toString(), Qt::ISODate);
    r.status = q.value(20).toString();
    r.violated = QDate::fromString(q.value(21).toString(), Qt::ISODate);
    r.itemRule = q.value(22).toString();
    r.grounds = q.value(23).toString().split(u',', Qt::SkipEmptyParts);
    r.lighterKind = q.value(24).toBool();
    return r;
}

} // namespace

QString PenaltyCaseStore::flagText(const QString &flag)
{
    if (flag.isEmpty())
        return {};
    if (flag == u"no_item")
        return tr("no benchmark item recorded");
    if (flag == u"fine_not_a_kind")
        return tr("a fine, though the item's penalty kinds include none");
    if (flag == u"red_line_lenient")
        return tr("lenient outcome on a red-line item without a mandatory ground (art. 32 or 33 (2))");
    if (flag == u"fine_without_penalty")
        return tr("a fine with a no-penalty outcome");
    if (flag == u"reduced_not_below_minimum")
        return tr("a reduced penalty neither below the statutory minimum nor of a lighter kind");
    if (flag == u"below_band")
        return tr("fine below the band of the outcome");
    if (flag == u"above_band")
        return tr("fine above the band of the outcome");
    if (flag == u"above_maximum")
        return tr("fine above the statutory maximum");
    if (flag == u"below_minimum_unstated")
        return tr("fine below the statutory minimum, the record not stating a reduced penalty");
    return flag;
}

QStringList PenaltyCaseStore::groundKeys()
{
    return {QStringLiteral("no_fault"), QStringLiteral("harm_removed"), QStringLiteral("coerced"), QStringLiteral("confessed"),
            QStringLiteral("meritorious")};
}

QString PenaltyCaseStore::Row::itemRuleText() const
{
    if (itemRule == u"violation_date")
        return tr("list version %1, in force when the violation happened (%2)").arg(listVersion, violated.toString(Qt::ISODate));
    if (itemRule == u"decision_lighter")
        return tr("list version %1, in force at the decision: lighter for the party than the version in force when the "
                  "violation happened (art. 37)")
            .arg(listVersion);
    if (itemRule == u"decision_date")
        return violated.isValid() ? tr("list version %1, in force at the decision (no version was in force when the violation "
                                       "happened)")
                                        .arg(listVersion)
                                  : tr("list version %1, in force at the decision (the violation date is not recorded)").arg(listVersion);
    if (itemRule == u"chosen")
        return tr("list version %1, the item chosen by its number").arg(listVersion);
    return listVersion.isEmpty() ? QString() : tr("list version %1").arg(listVersion);
}

std::optional<PenaltyCaseStore::Applicable> PenaltyCaseStore::applicableItem(const QSqlDatabase &db, const NewCase &input)
{
    bool numeric = false;
    input.item.trimmed().toLongLong(&numeric);
    if (numeric) {
        const auto chosen = itemInForce(db, input.item, input.decided);
        return chosen ? std::optional<Applicable>(Applicable{*chosen, QStringLiteral("chosen")}) : std::nullopt;
    }
    const auto atDecision = itemInForce(db, input.item, input.decided);
    const auto atViolation = input.violated.isValid() ? itemInForce(db, input.item, input.violated) : std::nullopt;
    if (!atViolation)
        return atDecision ? std::optional<Applicable>(Applicable{*atDecision, QStringLiteral("decision_date")}) : std::nullopt;
    // 从旧兼从轻: the old rule, unless the new one is lighter for the party (a lower
    // maximum fine, or the same maximum with a lower minimum).
    if (atDecision && atDecision->id != atViolation->id
        && std::make_pair(atDecision->maxFen, atDecision->minFen) < std::make_pair(atViolation->maxFen, atViolation->minFen))
        return Applicable{*atDecision, QStringLiteral("decision_lighter")};
    return Applicable{*atViolation, QStringLiteral("violation_date")};
}

std::optional<PenaltyCaseStore::ItemInForce> PenaltyCaseStore::itemInForce(const QSqlDatabase &db, const QString &item, const QDate &decided)
{
    // By id, or by code the version in force on the decision date.
    bool numeric = false;
    const qint64 byId = item.toLongLong(&numeric);
    QSqlQuery q = Sql::exec(db, QStringLiteral(
        "SELECT i.id, i.department_id, COALESCE(i.min_fine_fen, 0), COALESCE(i.max_fine_fen, 0), i.violation, l.version "
        "FROM discretion_item i JOIN discretion_list l ON l.id = i.list_id "
        "WHERE i.id = ? OR (upper(i.code) = upper(?) AND l.effective_from <= ?) "
        "ORDER BY (i.id = ?) DESC, l.effective_from DESC, l.id DESC LIMIT 1"),
        {numeric ? byId : -1, item.trimmed(), decided.toString(Qt::ISODate), numeric ? byId : -1});
    if (!q.next())
        return std::nullopt;
    // The reference for "fines waived" is the lower bound of the standard band, as the
    // assessment draws it (the list's own amount, else the split of the range).
    const qint64 id = q.value(0).toLongLong();
    const qint64 minFen = q.value(2).toLongLong();
    const qint64 maxFen = q.value(3).toLongLong();
    const qint64 reference = DiscretionBands::forItem(minFen, maxFen, DiscretionStore::givenBands(db, id)).referenceFen();
    return ItemInForce{id, q.value(1).toLongLong(), reference, q.value(4).toString(), q.value(5).toString(), minFen, maxFen};
}

PenaltyCaseStore::Row PenaltyCaseStore::attachItem(const QSqlDatabase &db, const QString &caseNo, const QString &item)
{
    const std::optional<Row> row = find(db, caseNo);
    if (!row)
        throw Refusal(tr("Case %1: not found.").arg(caseNo));
    // A case's item is the benchmark it was decided under: set once, never swapped.
    if (row->itemId != 0)
        throw Refusal(tr("Case %1 already has benchmark item %2 (list %3); it is not changed.")
                                  .arg(row->caseNo, row->itemCode, row->listVersion));
    if (item.trimmed().isEmpty())
        throw Refusal(tr("Benchmark item: required (its code or id)."));
    const std::optional<ItemInForce> inForce = itemInForce(db, item, row->decided);
    if (!inForce)
        throw Refusal(tr("Case %1: benchmark item %2 is not in a list in force on its decision date, %3.")
                                  .arg(row->caseNo, item, row->decided.toString(Qt::ISODate)));
    const ItemInForce &found = *inForce;
    const qint64 caseDepartment = Sql::scalar(db, QStringLiteral("SELECT department_id FROM penalty_case WHERE id = ?"), {row->id}).toLongLong();
    if (found.departmentId != caseDepartment)
        throw Refusal(tr("Case %3: benchmark item %1 belongs to %2, but the case was decided by %4.")
                                  .arg(item,
                                       Sql::scalar(db, QStringLiteral("SELECT name FROM department WHERE id = ?"), {found.departmentId}).toString(),
                                       row->caseNo, row->department));
    Transaction transaction(db);
    Sql::exec(db, QStringLiteral("UPDATE penalty_case SET discretion_item_id = ?, reference_fen = ? WHERE id = ?"),
              {found.id, found.referenceFen, row->id});
    AuditLog::record(db, {AuditLog::Action::Update, QStringLiteral("penalty_case"), row->id,
                          QJsonObject{{QStringLiteral("item"), QJsonValue::Null}, {QStringLiteral("reference_fen"), row->referenceFen}},
                          QJsonObject{{QStringLiteral("item"), found.id}, {QStringLiteral("reference_fen"), found.referenceFen}}});
    transaction.commit();
    return *find(db, row->caseNo);
}

QList<PenaltyCaseStore::Candidate> PenaltyCaseStore::candidateItems(const QSqlDatabase &db, const Row &row)
{
    // The department's codes with a version in force then, each resolved by itemInForce:
    // the one rule of which version a code means is there, so what is offered is what
    // attachItem will take.
    const qint64 department = Sql::scalar(db, QStringLiteral("SELECT department_id FROM penalty_case WHERE id = ?"), {row.id}).toLongLong();
    QSqlQuery codes = Sql::exec(db, QStringLiteral(
        "SELECT DISTINCT i.code FROM discretion_item i JOIN discretion_list l ON l.id = i.list_id "
        "WHERE i.department_id = ? AND l.effective_from <= ? ORDER BY i.code"),
        {department, row.decided.toString(Qt::ISODate)});
    QList<Candidate> candidates;
    while (codes.next()) {
        const std::optional<ItemInForce> item = itemInForce(db, codes.value(0).toString(), row.decided);
        if (item && item->departmentId == department)
            candidates.append({codes.value(0).toString(), item->violation, item->listVersion});
    }
    // A published case's own words put the likeliest items first: the provisions it cites
    // and its violation, ranked as the import ranked them.
    const QJsonObject published = QJsonDocument::fromJson(
        Sql::scalar(db, QStringLiteral("SELECT COALESCE(published, '') FROM penalty_case WHERE id = ?"), {row.id}).toString().toUtf8()).object();
    const QString basis = published.value(u"basis").toString();
    const QString violation = published.value(u"violation_type").toString();
    if (!basis.isEmpty() || !violation.isEmpty()) {
        QHash<QString, int> place;
        const QList<CaseItemMatcher::Match> ranked =
            CaseItemMatcher::rank(CaseItemMatcher::candidates(db, department, row.decided), basis, violation.isEmpty() ? row.facts : violation);
        for (int i = 0; i < ranked.size(); ++i)
            place.insert(ranked.at(i).code, i);
        std::stable_sort(candidates.begin(), candidates.end(), [&place](const Candidate &a, const Candidate &b) {
            return place.value(a.code, INT_MAX) < place.value(b.code, INT_MAX);
        });
    }
    return candidates;
}

PenaltyCaseStore::Row PenaltyCaseStore::record(const QSqlDatabase &db, const NewCase &input)
{
    const QString caseNo = input.caseNo.trimmed();
    if (caseNo.isEmpty())
        throw Refusal(tr("Case number: required."));
    if (Sql::scalar(db, QStringLiteral("SELECT 1 FROM penalty_case WHERE case_no = ?"), {caseNo}).isValid())
        throw Refusal(tr("Case number %1 already exists.").arg(caseNo));
    const ValidationResult uscc = Uscc::validate(input.uscc.trimmed());
    if (!uscc.valid)
        throw Refusal(tr("USCC %1: %2").arg(input.uscc, uscc.reason));
    const QVariant enterprise = Sql::scalar(db, QStringLiteral("SELECT id FROM enterprise WHERE uscc = ?"), {input.uscc.trimmed()});
    if (!enterprise.isValid())
        throw Refusal(tr("USCC %1: no such enterprise in the register.").arg(input.uscc));
    RecordDate::requireNotFuture(input.decided, tr("The decision date"));
    if (input.outcome == PenaltyOutcome::Unstated)
        throw Refusal(tr("Outcome: a decision records one of %1.").arg(PenaltyOutcome::decidableCodes().join(QStringLiteral(", "))));
    if (input.fineFen < 0)
        throw Refusal(tr("Fine: cannot be negative."));
    if (input.violated.isValid() && input.violated > input.decided)
        throw Refusal(tr("Violation date %1: after the decision (%2).")
                                  .arg(input.violated.toString(Qt::ISODate), input.decided.toString(Qt::ISODate)));
    for (const QString &ground : input.grounds) {
        if (!groundKeys().contains(ground))
            throw Refusal(tr("Ground %1: choose from %2.").arg(ground, groundKeys().join(QStringLiteral(", "))));
    }

    const std::optional<Applicable> applicable = applicableItem(db, input);
    if (!applicable)
        throw Refusal(tr("Benchmark item %1: not found in a list in force on %2.")
                                  .arg(input.item, (input.violated.isValid() ? input.violated : input.decided).toString(Qt::ISODate)));
    const ItemInForce &item = applicable->item;

    Transaction transaction(db);
    const qint64 id = Sql::exec(db, QStringLiteral(
        "INSERT INTO penalty_case (case_no, department_id, enterprise_id, discretion_item_id, decided_on, outcome, "
        "fine_fen, reference_fen, facts, status, violated_on, item_rule, legal_ground, lighter_kind) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {caseNo, item.departmentId, enterprise, item.id, input.decided.toString(Qt::ISODate), input.outcome.code(), input.fineFen,
         item.referenceFen, input.facts, input.open ? QStringLiteral("open") : QStringLiteral("closed"),
         input.violated.isValid() ? QVariant(input.violated.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>()),
         applicable->rule, input.grounds.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(input.grounds.join(u',')),
         input.lighterKind ? 1 : 0})
                           .lastInsertId().toLongLong();
    AuditLog::record(db, {AuditLog::Action::Insert, QStringLiteral("penalty_case"), id, {},
                          QJsonObject{{QStringLiteral("case_no"), caseNo}, {QStringLiteral("item"), item.id},
                                      {QStringLiteral("outcome"), input.outcome.code()}, {QStringLiteral("fine_fen"), input.fineFen}}});
    transaction.commit();
    return *find(db, caseNo);
}

QList<PenaltyCaseStore::Row> PenaltyCaseStore::list(const QSqlDatabase &db, const Filter &filter)
{
    QSqlQuery q = Sql::exec(db, kSelect + QStringLiteral(
        "WHERE (COALESCE(?, '') = '' OR p.decided_on >= ?) AND (COALESCE(?, '') = '' OR p.decided_on <= ?) AND (? = 0 OR c.flag <> 'no_item') "
        "ORDER BY p.decided_on DESC, p.id DESC LIMIT ?"),
        {filter.from.toString(Qt::ISODate), filter.from.toString(Qt::ISODate), filter.to.toString(Qt::ISODate),
         filter.to.toString(Qt::ISODate), filter.flaggedOnly ? 1 : 0, filter.limit});
    QList<Row> rows;
    while (q.next())
        rows.append(readRow(q));
    return rows;
}

std::optional<PenaltyCaseStore::Row> PenaltyCaseStore::find(const QSqlDatabase &db, const QString &caseNo)
{
    QSqlQuery q = Sql::exec(db, kSelect + QStringLiteral("WHERE p.case_no = ? OR CAST(p.id AS TEXT) = ?"),
                            {caseNo.trimmed(), caseNo.trimmed()});
    if (!q.next())
        return std::nullopt;
    return readRow(q);
}

void PenaltyCaseStore::markDelivered(const QSqlDatabase &db, const QString &caseNo, const QDate &on)
{
    const std::optional<Row> row = find(db, caseNo);
    if (!row)
        throw Refusal(tr("Case %1: not found.").arg(caseNo));
    RecordDate::requireNotFuture(on, tr("The delivery date"));
    if (!on.isValid() || on < row->decided)
        throw Refusal(tr("Delivery date: required, and not before the decision (%1).").arg(row->decided.toString(Qt::ISODate)));
    Transaction transaction(db);
    Sql::exec(db, QStringLiteral("UPDATE penalty_case SET bundle_delivered_on = ?, status = 'closed' WHERE id = ?"),
              {on.toString(Qt::ISODate), row->id});
    AuditLog::record(db, {AuditLog::Action::Update, QStringLiteral("penalty_case"), row->id,
                          QJsonObject{{QStringLiteral("bundle_delivered_on"), row->delivered.toString(Qt::ISODate)}},
                          QJsonObject{{QStringLiteral("bundle_delivered_on"), on.toString(Qt::ISODate)}}});
    transaction.commit();
}

QList<PenaltyCaseStore::Figure> PenaltyCaseStore::figures(const QSqlDatabase &db, const QDate &from, const QDate &to)
{
    QSqlQuery q = Sql::exec(db, QStringLiteral(
        "SELECT substr(p.decided_on, 1, 7) AS month, d.name, count(*), "
        "sum(%1), sum(CASE WHEN %1 THEN %2 ELSE 0 END), "
        "sum(COALESCE(c.flag <> 'no_item', 0)) "
        "FROM penalty_case p JOIN department d ON d.id = p.department_id JOIN penalty_case_check c ON c.case_id = p.id "
        "WHERE p.decided_on BETWEEN ? AND ? GROUP BY month, d.id ORDER BY month, d.code")
            .arg(FigureSql::lenientCase(), FigureSql::fineWaived()),
        {from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    QList<Figure> figures;
    while (q.next())
        figures.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt(),
                        q.value(4).toLongLong(), q.value(5).toInt()});
    return figures;
}
