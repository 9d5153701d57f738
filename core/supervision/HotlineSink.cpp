#include "HotlineSink.h"

#include "HotlineCategory.h"
#include "db/Sql.h"
#include "validation/TextNormalizer.h"
#include "validation/Uscc.h"

#include <QSqlQuery>

HotlineSink::HotlineSink(const QSqlDatabase &db, const ImportKind &kind, ImportReport &report)
    : RecordSink(db, kind, report)
    , m_rules(TriageRules::forDatabase(db.databaseName()))
    , m_calendar(WorkingCalendar::builtIn())
{
}

QVariant HotlineSink::enterprise(const QString &text, const Reject &reject) const
{
    const QVariant none(QMetaType::fromType<qint64>());
    if (text.isEmpty())
        return none;
    const QString code = TextNormalizer::code(text);
    const QVariant id = Uscc::validate(code).valid
        ? Sql::scalar(m_db, QStringLiteral("SELECT id FROM enterprise WHERE uscc = ?"), {code})
        : Sql::scalar(m_db, QStringLiteral("SELECT id FROM enterprise WHERE name = ?"), {text});
    if (!id.isValid()) {
        // Orders often name an enterprise loosely; keep the order, without the link.
        m_report.created.append(tr("order without a registered enterprise: %1").arg(text));
        Q_UNUSED(reject);
        return none;
    }
    return id;
}

QVariant HotlineSink::township(const QString &text, const Reject &reject) const
{
    if (text.isEmpty())
        return QVariant(QMetaType::fromType<qint64>());
    const QVariant id = Sql::scalar(m_db, QStringLiteral("SELECT id FROM township WHERE name = ?"),
                                    {resolved(QStringLiteral("township"), text)});
    if (!id.isValid()) {
        const QString closest = suggestion(QStringLiteral("township"), text);
        m_report.noteUnresolved(QStringLiteral("township"), label("township"), text, closest);
        reject(QStringLiteral("township"), text,
               closest.isEmpty() ? tr("no township of this name") : tr("no township of this name; perhaps %1 (map the value to import)").arg(closest));
    }
    return id;
}

void HotlineSink::write(const QStringList &fields, const Reject &reject)
{
    const QString orderNo = value(fields, "order_no");
    const QString receivedAt = value(fields, "received_at");
    // Kept as the export wrote it; the code (what the triage rules read) from it or
    // from the alias a user gave it.
    const QString categoryText = value(fields, "category");
    const QString category = HotlineCategory::code(resolved(QStringLiteral("category"), categoryText));
    const QString content = value(fields, "content");
    // Both looked up before giving up on the row, so that every unknown value is listed.
    QVariant department(QMetaType::fromType<qint64>());
    bool unknown = false;
    if (!value(fields, "department").isEmpty()) {
        const qint64 d = this->department(fields, reject);
        unknown = d == 0;
        if (d > 0)
            department = d;
    }
    const QVariant town = township(value(fields, "township"), reject);
    if (unknown || (!value(fields, "township").isEmpty() && !town.isValid()))
        return;

    QSqlQuery existing = Sql::exec(m_db, QStringLiteral("SELECT id, received_at, category, content, COALESCE(category_text, '') "
                                                        "FROM hotline_order WHERE order_no = ?"),
                                   {orderNo});
    if (existing.next()) {
        if (existing.value(1).toString() == receivedAt && existing.value(2).toString() == category && existing.value(3).toString() == content
            && existing.value(4).toString() == categoryText) {
            ++m_report.unchanged;
            return;
        }
        Sql::exec(m_db, QStringLiteral("UPDATE hotline_order SET received_at = ?, category = ?, category_text = ?, content = ? WHERE id = ?"),
                  {receivedAt, category, categoryText, content, existing.value(0)});
        ++m_report.updated;
        return;
    }
    const qint64 order = Sql::exec(m_db, QStringLiteral("INSERT INTO hotline_order (order_no, received_at, category, category_text, content, "
                                                        "enterprise_id, township_id, department_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                                   {orderNo, receivedAt, category, categoryText, content, enterprise(value(fields, "enterprise"), reject), town,
                                    department})
                             .lastInsertId().toLongLong();
    ++m_report.inserted;

    const TriageRules::Verdict verdict = m_rules.classify(category, content);
    if (!verdict.clue)
        return;
    QVariant owner = department;
    if (owner.isNull() && !verdict.department.isEmpty()) {
        const qint64 suggested = m_departments.find(verdict.department);
        if (suggested > 0)
            owner = suggested;
    }
    const QDate received = QDate::fromString(receivedAt.left(10), Qt::ISODate);
    const qint64 clue = Sql::exec(m_db, QStringLiteral("INSERT INTO clue (hotline_order_id, department_id, received_on, deadline, state, "
                                                       "triage_note) VALUES (?, ?, ?, ?, 'received', ?)"),
                                  {order, owner, received.toString(Qt::ISODate),
                                   m_calendar.addWorkingDays(received, m_rules.deadlineWorkingDays()).toString(Qt::ISODate), verdict.reason})
                            .lastInsertId().toLongLong();
    Sql::exec(m_db, QStringLiteral("INSERT INTO clue_step (clue_id, state, step_on, done_by, note) VALUES (?, 'received', ?, ?, ?)"),
              {clue, received.toString(Qt::ISODate), QStringLiteral("12345"), verdict.reason});
}
