#include "HotlineSink.h"

#include "db/Sql.h"
#include "validation/TextNormalizer.h"
#include "validation/Uscc.h"

#include <QSqlQuery>

HotlineSink::HotlineSink(const QSqlDatabase &db, const ImportKind &kind, ImportReport &report)
    : RegisterSink(db, kind, report)
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
    const QVariant id = Sql::scalar(m_db, QStringLiteral("SELECT id FROM township WHERE name = ?"), {text});
    if (!id.isValid())
        reject(QStringLiteral("township"), text, tr("no township of this name"));
    return id;
}

void HotlineSink::write(const QStringList &fields, const Reject &reject)
{
    const QString orderNo = value(fields, "order_no");
    const QString receivedAt = value(fields, "received_at");
    const QString category = value(fields, "category");
    const QString content = value(fields, "content");
    QVariant department(QMetaType::fromType<qint64>());
    if (!value(fields, "department").isEmpty()) {
        const qint64 d = this->department(fields, reject);
        if (d == 0)
            return;
        department = d;
    }
    const QVariant town = township(value(fields, "township"), reject);
    if (!value(fields, "township").isEmpty() && !town.isValid())
        return;

    QSqlQuery existing = Sql::exec(m_db, QStringLiteral("SELECT id, received_at, category, content FROM hotline_order WHERE order_no = ?"),
                                   {orderNo});
    if (existing.next()) {
        if (existing.value(1).toString() == receivedAt && existing.value(2).toString() == category && existing.value(3).toString() == content) {
            ++m_report.unchanged;
            return;
        }
        Sql::exec(m_db, QStringLiteral("UPDATE hotline_order SET received_at = ?, category = ?, content = ? WHERE id = ?"),
                  {receivedAt, category, content, existing.value(0)});
        ++m_report.updated;
        return;
    }
    const qint64 order = Sql::exec(m_db, QStringLiteral("INSERT INTO hotline_order (order_no, received_at, category, content, enterprise_id, "
                                                        "township_id, department_id) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                   {orderNo, receivedAt, category, content, enterprise(value(fields, "enterprise"), reject), town, department})
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
