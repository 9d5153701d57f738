#include "CreditRuleStore.h"

#include "db/AuditLog.h"
#include "util/Refusal.h"
#include "db/Sql.h"
#include "db/Transaction.h"

#include <QDateTime>
#include <QSqlQuery>

namespace {

void insertVersion(const QSqlDatabase &db, const CreditRuleSet &rules, const QByteArray &json)
{
    Sql::exec(db, QStringLiteral("INSERT INTO credit_rule_set (version, effective_from, content, title, created_at, created_by) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"),
              {rules.version, rules.effectiveFrom.toString(Qt::ISODate), QString::fromUtf8(json), rules.title,
               QDateTime::currentDateTimeUtc().toString(Qt::ISODate), AuditLog::actor()});
    const qint64 id = Sql::lastInsertId(db);
    AuditLog::record(db, {AuditLog::Action::Insert, QStringLiteral("credit_rule_set"), id, {},
                          QJsonObject{{QStringLiteral("version"), rules.version},
                                      {QStringLiteral("effective_from"), rules.effectiveFrom.toString(Qt::ISODate)}}});
}

} // namespace

CreditRuleBook CreditRuleStore::load(const QSqlDatabase &db)
{
    if (Sql::scalar(db, QStringLiteral("SELECT count(*) FROM credit_rule_set")).toInt() == 0) {
        Transaction transaction(db);
        const QByteArray json = CreditRuleSet::defaultJson();
        insertVersion(db, CreditRuleSet::parse(json, QStringLiteral("rules-v1.json")), json);
        transaction.commit();
    }
    QList<CreditRuleSet> versions;
    QSqlQuery q = Sql::exec(db, QStringLiteral("SELECT version, content FROM credit_rule_set ORDER BY version"));
    while (q.next())
        versions.append(CreditRuleSet::parse(q.value(1).toString().toUtf8(),
                                             tr("version %1 in the database").arg(q.value(0).toInt())));
    return CreditRuleBook(versions);
}

QByteArray CreditRuleStore::versionJson(const QSqlDatabase &db, int version)
{
    return Sql::scalar(db, QStringLiteral("SELECT content FROM credit_rule_set WHERE version = ?"), {version}).toString().toUtf8();
}

CreditRuleSet CreditRuleStore::addVersion(const QSqlDatabase &db, const QByteArray &json, const QString &source)
{
    const CreditRuleSet rules = CreditRuleSet::parse(json, source);
    const CreditRuleBook book = load(db);
    const CreditRuleSet &latest = book.versions().last();
    if (rules.version <= latest.version)
        throw Refusal(tr("Credit rules %1: version %2 must be higher than the latest version %3.")
                                .arg(source).arg(rules.version).arg(latest.version));
    if (rules.effectiveFrom < latest.effectiveFrom)
        throw Refusal(tr("Credit rules %1: a new version cannot take effect before the latest one (%2).")
                                .arg(source, latest.effectiveFrom.toString(Qt::ISODate)));
    Transaction transaction(db);
    insertVersion(db, rules, json);
    // Every score may change on the new version's effective date.
    Sql::exec(db, QStringLiteral("UPDATE enterprise SET credit_next_change = ? "
                                 "WHERE credit_next_change IS NULL OR credit_next_change > ?"),
              {rules.effectiveFrom.toString(Qt::ISODate), rules.effectiveFrom.toString(Qt::ISODate)});
    transaction.commit();
    return rules;
}

QList<CreditRuleStore::VersionInfo> CreditRuleStore::versionList(const QSqlDatabase &db)
{
    load(db); // makes sure version 1 is there
    QList<VersionInfo> list;
    QSqlQuery q = Sql::exec(db, QStringLiteral(
        "SELECT version, effective_from, title, created_at, created_by FROM credit_rule_set ORDER BY version"));
    while (q.next())
        list.append({q.value(0).toInt(), QDate::fromString(q.value(1).toString(), Qt::ISODate), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toString()});
    return list;
}
