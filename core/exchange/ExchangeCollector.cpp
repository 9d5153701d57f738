#include "ExchangeCollector.h"

#include "ExchangeRecords.h"
#include "ExchangeTable.h"
#include "db/Sql.h"
#include "util/Refusal.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

namespace {

void count(QJsonObject &counts, const QString &table, const char *what)
{
    QJsonObject entry = counts.value(table).toObject();
    entry.insert(QLatin1String(what), entry.value(QLatin1String(what)).toInteger() + 1);
    counts.insert(table, entry);
}

} // namespace

OfficeStore::Office ExchangeCollector::thisOffice(const QSqlDatabase &db)
{
    const std::optional<OfficeStore::Office> me = OfficeStore::current(db);
    if (!me)
        throw Refusal(tr("This file belongs to no office yet: name it first (office set)."));
    return *me;
}

ExchangeCollector::Direction ExchangeCollector::towards(const QSqlDatabase &db, const QString &peer)
{
    Direction d;
    d.me = thisOffice(db);
    // The office by its code, its name or its township's name, as office show lists them.
    std::optional<OfficeStore::Office> found = OfficeStore::peer(db, peer);
    for (const OfficeStore::Office &p : OfficeStore::peers(db)) {
        if (!found && (p.name == peer || p.township == peer))
            found = p;
    }
    if (!found)
        throw Refusal(tr("This file trusts no office named or coded “%1”; office show lists those it trusts.").arg(peer));
    d.peer = *found;
    d.down = d.me.kind == u"county" && found->kind == u"township";
    if (!d.down && !(d.me.kind == u"township" && found->kind == u"county"))
        throw Refusal(tr("Packages go between the county bureau and a township office, not between %1 and %2.").arg(d.me.name, found->name));
    return d;
}

QString ExchangeCollector::agreedHash(const QSqlDatabase &db, const QString &peer, const QString &table, const QString &uid)
{
    return Sql::scalar(db, QStringLiteral("SELECT hash FROM exchange_row WHERE peer_code = ? AND tbl = ? AND uid = ?"), {peer, table, uid})
        .toString();
}

void ExchangeCollector::agree(const QSqlDatabase &db, const QString &peer, const QString &table, const QString &uid, const QString &hash)
{
    if (hash.isEmpty())
        Sql::exec(db, QStringLiteral("DELETE FROM exchange_row WHERE peer_code = ? AND tbl = ? AND uid = ?"), {peer, table, uid});
    else
        Sql::exec(db, QStringLiteral("INSERT INTO exchange_row (peer_code, tbl, uid, hash) VALUES (?, ?, ?, ?) "
                                     "ON CONFLICT (peer_code, tbl, uid) DO UPDATE SET hash = excluded.hash"),
                  {peer, table, uid, hash});
}

ExchangeCollector::Result ExchangeCollector::collect(const QSqlDatabase &db, const Direction &d, bool agreeNow)
{
    ExchangeRecords records(db, d.me.code);
    Result result;
    const qint64 township = d.down ? d.peer.townshipId : d.me.townshipId;
    // What the other file has, or gets in this package, of each table.
    QHash<QString, QSet<QString>> theirs;
    const auto has = [&](const QString &table, const QString &uid) {
        return theirs.value(table).contains(uid) || !agreedHash(db, d.peer.code, table, uid).isEmpty();
    };
    for (const ExchangeTable &table : ExchangeTable::all()) {
        // A township's copy of the county's data: changes made there stay there.
        if (!d.down && table.owner == ExchangeTable::Owner::County && !table.down.isEmpty()) {
            for (const ExchangeRecords::Record &record : records.read(table, table.down, {township})) {
                const QString agreed = agreedHash(db, d.peer.code, table.name, record.uid);
                if (!agreed.isEmpty() && agreed != record.hash)
                    ++result.countyEdited;
            }
        }
        const QString scope = d.down ? table.down : table.up;
        if (scope.isEmpty())
            continue;
        const QHash<QString, ExchangeRecords::Link> links = records.links(table);
        QSet<QString> present;
        for (ExchangeRecords::Record record : records.read(table, scope, {township})) {
            present.insert(record.uid);
            // Every record it names must be one the other file has.
            bool held = false;
            for (auto link = links.cbegin(); link != links.cend(); ++link) {
                const QJsonValue named = record.values.value(link.key());
                if (!named.isString() || has(link->table, named.toString()))
                    continue;
                if (d.down && link->optional)
                    record.values.insert(link.key(), QJsonValue::Null);
                else
                    held = true;
            }
            if (held) {
                ++result.heldBack;
                continue;
            }
            record.hash = ExchangeRecords::hashOf(record.values);
            theirs[table.name].insert(record.uid);
            if (agreedHash(db, d.peer.code, table.name, record.uid) == record.hash)
                continue;
            result.changes.append({table.name, record.uid, false, QJsonDocument(record.values).toJson(QJsonDocument::Compact)});
            if (agreeNow)
                agree(db, d.peer.code, table.name, record.uid, record.hash);
            count(result.counts, table.name, "upserts");
            ++result.upserts;
        }
        // What the other file holds from us and we no longer have (or no longer send).
        QStringList gone;
        QSqlQuery sent = Sql::exec(db, QStringLiteral("SELECT uid FROM exchange_row WHERE peer_code = ? AND tbl = ?"), {d.peer.code, table.name});
        while (sent.next()) {
            const QString uid = sent.value(0).toString();
            if (present.contains(uid))
                continue;
            // A record the other office made, still here but outside what we send (a training
            // with no attendee of ours yet), is not ours to delete there.
            if (ExchangeRecords::madeBy(uid, d.peer.code) && records.find(table, uid))
                continue;
            gone.append(uid);
        }
        for (const QString &uid : std::as_const(gone)) {
            result.changes.append({table.name, uid, true, {}});
            if (agreeNow)
                agree(db, d.peer.code, table.name, uid, {});
            count(result.counts, table.name, "deletes");
            ++result.deletes;
        }
    }
    return result;
}
