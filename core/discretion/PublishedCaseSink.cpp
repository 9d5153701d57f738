#include "PublishedCaseSink.h"

#include "CaseItemMatcher.h"
#include "PenaltyCaseStore.h"
#include "db/DatabaseError.h"
#include "db/Sql.h"
#include "validation/TextNormalizer.h"
#include "validation/Uscc.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

void PublishedCaseSink::write(const QStringList &fields, const Reject &reject)
{
    const QString caseNo = value(fields, "case_no");
    // Only enterprises are supervised here: a natural person's case is not the file's.
    const QString partyType = value(fields, "party_type");
    if (partyType.contains(QStringLiteral("自然人"))) {
        m_report.notes.append(tr("%1: a natural person's case, left out.").arg(caseNo));
        return;
    }
    const QString uscc = TextNormalizer::code(value(fields, "uscc"));
    const ValidationResult valid = Uscc::validate(uscc);
    if (!valid.valid) {
        reject(QStringLiteral("uscc"), value(fields, "uscc"), uscc.isEmpty() ? tr("required for an enterprise's case") : valid.reason);
        return;
    }
    const qint64 enterpriseId = registeredEnterprise(fields, reject, "uscc", "party");
    if (enterpriseId == 0)
        return;
    // The department from 处罚机关, as written or through its alias.
    const qint64 department = this->department(fields, reject, "authority");
    if (department == 0)
        return;
    const QString fineWan = value(fields, "fine_wan");
    const qint64 fine = !fineWan.isEmpty() ? fineWan.toLongLong() : value(fields, "fine_yuan").toLongLong();
    const QDate decided = QDate::fromString(value(fields, "decided"), Qt::ISODate);
    const QString kinds = value(fields, "kinds");
    const QString content = value(fields, "content");
    // The band is not published; only 不予处罚 says what the outcome was.
    const QString outcome = (kinds + content).contains(QStringLiteral("不予处罚")) ? QStringLiteral("no_penalty") : QStringLiteral("unstated");
    const QString facts = value(fields, "facts");
    QJsonObject published;
    for (const char *key : {"party_type", "legal_representative", "violation_type", "basis", "kinds", "content", "licence",
                            "valid_until", "publicity_until", "authority", "authority_code", "data_source", "remarks"}) {
        const QString v = value(fields, key);
        if (!v.isEmpty())
            published.insert(QString::fromLatin1(key), v);
    }
    if (!value(fields, "confiscated_wan").isEmpty())
        published.insert(QStringLiteral("confiscated_fen"), value(fields, "confiscated_wan").toLongLong());
    const QString publishedText = QString::fromUtf8(QJsonDocument(published).toJson(QJsonDocument::Compact));

    QSqlQuery existing = Sql::exec(m_db, QStringLiteral(
        "SELECT id, source, enterprise_id, department_id, decided_on, outcome, fine_fen, COALESCE(facts, ''), COALESCE(published, ''), "
        "discretion_item_id FROM penalty_case WHERE case_no = ?"), {caseNo});
    if (existing.next()) {
        if (existing.value(1).toString() != u"published") {
            reject(QStringLiteral("case_no"), caseNo, tr("a case recorded here has this number; a published record does not replace it"));
            return;
        }
        const QVariantList now = {enterpriseId, department, decided.toString(Qt::ISODate), outcome, fine, facts, publishedText};
        bool same = true;
        for (int i = 0; i < now.size(); ++i)
            same = same && existing.value(i + 2).toString() == now.at(i).toString();
        if (same) {
            ++m_report.unchanged;
            return;
        }
        Sql::exec(m_db, QStringLiteral("UPDATE penalty_case SET enterprise_id = ?, department_id = ?, decided_on = ?, outcome = ?, "
                                       "fine_fen = ?, facts = ?, published = ? WHERE id = ?"),
                  {enterpriseId, department, decided.toString(Qt::ISODate), outcome, fine, facts, publishedText, existing.value(0)});
        ++m_report.updated;
        if (existing.value(9).isNull())
            match(caseNo, department, decided, value(fields, "basis"), violationOf(fields));
        return;
    }
    Sql::exec(m_db, QStringLiteral(
        "INSERT INTO penalty_case (case_no, department_id, enterprise_id, decided_on, outcome, fine_fen, facts, status, source, published) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, 'closed', 'published', ?)"),
        {caseNo, department, enterpriseId, decided.toString(Qt::ISODate), outcome, fine, facts, publishedText});
    ++m_report.inserted;
    match(caseNo, department, decided, value(fields, "basis"), violationOf(fields));
}

QString PublishedCaseSink::violationOf(const QStringList &fields) const
{
    // The violation as its type names it; the facts only when the record has no type.
    const QString type = value(fields, "violation_type");
    return type.isEmpty() ? value(fields, "facts") : type;
}

void PublishedCaseSink::match(const QString &caseNo, qint64 department, const QDate &decided, const QString &basis,
                              const QString &violation)
{
    const QList<CaseItemMatcher::Match> ranked = CaseItemMatcher::rank(CaseItemMatcher::candidates(m_db, department, decided), basis, violation);
    if (CaseItemMatcher::confident(ranked)) {
        PenaltyCaseStore::attachItem(m_db, caseNo, ranked.first().code);
        return;
    }
    QStringList best;
    for (qsizetype i = 0; i < ranked.size() && i < 3; ++i)
        best.append(QStringLiteral("%1 %2").arg(ranked.at(i).code, ranked.at(i).violation));
    m_report.notes.append(best.isEmpty() ? tr("%1: no benchmark item of its department in force on %2 to check it against.")
                                               .arg(caseNo, decided.toString(Qt::ISODate))
                                         : tr("%1: benchmark item to confirm (faircheck-cli case item %1 CODE); closest: %2.")
                                               .arg(caseNo, best.join(QStringLiteral("; "))));
}
