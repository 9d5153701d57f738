#include "DemoCreditWriter.h"

#include "DemoContext.h"
#include "credit/CreditLedger.h"
#include "credit/CreditRecomputer.h"
#include "credit/SandboxStore.h"
#include "db/Sql.h"

#include <QSqlQuery>

namespace {

enum Stream : quint64 { CreditStream = 50 };

QString iso(const QDate &d) { return d.toString(Qt::ISODate); }

} // namespace

void DemoCreditWriter::write(const CreditRuleBook &book)
{
    CreditLedger::syncFromSources(m_context.db(), book);
    writeHonours(book);
    writeRepairs();
    CreditRecomputer::run(m_context.db(), book, m_context.asOf(), CreditRecomputer::Mode::Full);
    writeSandbox(book);
    CreditRecomputer::run(m_context.db(), book, m_context.asOf(), CreditRecomputer::Mode::Incremental);
}

void DemoCreditWriter::writeHonours(const CreditRuleBook &book)
{
    DemoContext &c = m_context;
    SeededRandom rng = c.stream(CreditStream);
    // About 3 % of enterprises are honoured; half of the honours fall in the first
    // half year, before the first sandbox list is decided.
    const int honours = int(qMax<qint64>(5, c.enterpriseCount * 3 / 100));
    for (int i = 0; i < honours; ++i) {
        const QDate on = i % 2 ? rng.dateBetween(c.historyStart(), c.historyStart().addMonths(6).addDays(-1))
                               : rng.dateBetween(c.historyStart(), c.asOf());
        CreditLedger::addEvent(c.db(), book, c.randomEnterprise(rng), on, QStringLiteral("honour"),
                               QStringLiteral("获得县级以上诚信示范荣誉"));
    }
}

void DemoCreditWriter::writeRepairs()
{
    DemoContext &c = m_context;
    SeededRandom rng = c.stream(CreditStream + 1);
    QSqlQuery events = Sql::exec(c.db(), QStringLiteral(
        "SELECT id, enterprise_id, event_date FROM credit_event "
        "WHERE kind IN ('standard_penalty', 'heavier_penalty') ORDER BY id"));
    QList<std::tuple<qint64, qint64, QDate>> list;
    while (events.next())
        list.append({events.value(0).toLongLong(), events.value(1).toLongLong(),
                     QDate::fromString(events.value(2).toString(), Qt::ISODate)});
    for (const auto &[id, enterprise, on] : std::as_const(list)) {
        // Repair is possible after the minimum publicity period (six months covers both classes).
        const QDate applied = on.addMonths(6).addDays(rng.between(0, 60));
        if (applied > c.asOf() || !rng.chance(35))
            continue;
        const QDate granted = applied.addDays(rng.between(5, 20));
        const bool isGranted = granted <= c.asOf() && rng.chance(85);
        c.insert(QStringLiteral("credit_repair"),
                 {QStringLiteral("enterprise_id"), QStringLiteral("credit_event_id"), QStringLiteral("applied_on"),
                  QStringLiteral("granted_on"), QStringLiteral("status"), QStringLiteral("decision_no")},
                 {enterprise, id, iso(applied), isGranted ? QVariant(iso(granted)) : QVariant(QMetaType::fromType<QString>()),
                  isGranted ? QStringLiteral("granted") : QStringLiteral("applied"),
                  isGranted ? QVariant(QStringLiteral("清信修〔%1〕%2号").arg(granted.year()).arg(id))
                            : QVariant(QMetaType::fromType<QString>())});
    }
}

void DemoCreditWriter::writeSandbox(const CreditRuleBook &book)
{
    DemoContext &c = m_context;
    // The first list is decided six months into the history, from the enterprises
    // eligible on that day (the reference county admitted 14 of about 1,700).
    const QDate decided = c.historyStart().addMonths(6);
    const int wanted = int(qMax<qint64>(3, c.enterpriseCount * 14 / 1800));
    const QList<SandboxStore::Candidate> candidates = SandboxStore::propose(c.db(), book, decided);
    QList<qint64> admitted;
    for (const SandboxStore::Candidate &candidate : candidates) {
        if (admitted.size() >= wanted)
            break;
        SandboxStore::admit(c.db(), book, candidate.enterpriseId, decided,
                              QStringLiteral("清信沙盒〔%1〕1号").arg(decided.year()));
        admitted.append(candidate.enterpriseId);
    }
    if (admitted.size() < 2)
        return;
    // One member breaks a red line twenty days before the end of the history.
    CreditLedger::addEvent(c.db(), book, admitted.last(), c.asOf().addDays(-20), QStringLiteral("red_line_violation"),
                           QStringLiteral("使用未经检验的特种设备造成事故"));
}
