#include "ExchangeStore.h"

#include "ExchangeConflict.h"
#include "ExchangePackage.h"
#include "ExchangeRecords.h"
#include "ExchangeTable.h"
#include "OfficeStore.h"
#include "db/AccessPolicy.h"
#include "db/AuditLog.h"
#include "db/InputFile.h"
#include "db/OutputFile.h"
#include "db/SessionChangeset.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "util/Refusal.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace {

OfficeStore::Office thisOffice(const QSqlDatabase &db)
{
    const std::optional<OfficeStore::Office> office = OfficeStore::current(db);
    if (!office)
        throw Refusal(ExchangeStore::tr("This file belongs to no office yet: name it first (office set)."));
    return *office;
}

QString agreedHash(const QSqlDatabase &db, const QString &peer, const QString &table, const QString &uid)
{
    return Sql::scalar(db, QStringLiteral("SELECT hash FROM exchange_row WHERE peer_code = ? AND tbl = ? AND uid = ?"), {peer, table, uid})
        .toString();
}

void agree(const QSqlDatabase &db, const QString &peer, const QString &table, const QString &uid, const QString &hash)
{
    if (hash.isEmpty())
        Sql::exec(db, QStringLiteral("DELETE FROM exchange_row WHERE peer_code = ? AND tbl = ? AND uid = ?"), {peer, table, uid});
    else
        Sql::exec(db, QStringLiteral("INSERT INTO exchange_row (peer_code, tbl, uid, hash) VALUES (?, ?, ?, ?) "
                                     "ON CONFLICT (peer_code, tbl, uid) DO UPDATE SET hash = excluded.hash"),
                  {peer, table, uid, hash});
}

void count(QJsonObject &counts, const QString &table, const char *what)
{
    QJsonObject entry = counts.value(table).toObject();
    entry.insert(QLatin1String(what), entry.value(QLatin1String(what)).toInteger() + 1);
    counts.insert(table, entry);
}

void recordPackage(const QSqlDatabase &db, const char *direction, const QString &peer, qint64 sequence, const QByteArray &changes,
                   const QJsonObject &counts)
{
    Sql::exec(db, QStringLiteral("INSERT INTO exchange_package (direction, peer_code, seq, sha256, at, counts) VALUES (?, ?, ?, ?, ?, ?)"),
              {QLatin1String(direction), peer, sequence,
               QString::fromLatin1(QCryptographicHash::hash(changes, QCryptographicHash::Sha256).toHex()),
               QDateTime::currentDateTimeUtc().toString(Qt::ISODate), QString::fromUtf8(QJsonDocument(counts).toJson(QJsonDocument::Compact))});
}

ExchangeStore::FollowUp &followUpSlot()
{
    static ExchangeStore::FollowUp followUp;
    return followUp;
}

} // namespace

namespace {

struct Direction
{
    OfficeStore::Office me;
    OfficeStore::Office peer;
    bool down = false;
};

Direction directionTo(const QSqlDatabase &db, const QString &peerCode)
{
    Direction d;
    d.me = thisOffice(db);
    const std::optional<OfficeStore::Office> peer = OfficeStore::peer(db, peerCode);
    if (!peer)
        throw Refusal(ExchangeStore::tr("This file does not trust an office with the code %1; trust its card first (office trust).").arg(peerCode));
    d.peer = *peer;
    d.down = d.me.kind == u"county" && peer->kind == u"township";
    if (!d.down && !(d.me.kind == u"township" && peer->kind == u"county"))
        throw Refusal(ExchangeStore::tr("Packages go between the county bureau and a township office, not between %1 and %2.")
                          .arg(d.me.name, peer->name));
    return d;
}

// What the next package for the peer holds: the records in scope whose hash differs from
// the one both files last agreed on, and those agreed on that are gone. With `agreeNow`
// they are taken as agreed (the package is being written).
QList<SessionChangeset::Change> collect(const QSqlDatabase &db, const Direction &d, bool agreeNow, ExchangeStore::Summary *summary)
{
    ExchangeRecords records(db, d.me.code);
    QList<SessionChangeset::Change> changes;
    for (const ExchangeTable &table : ExchangeTable::all()) {
        const QString scope = d.down ? table.down : table.up;
        if (scope.isEmpty())
            continue;
        QSet<QString> present;
        for (const ExchangeRecords::Record &record : records.read(table, scope, {d.down ? d.peer.townshipId : d.me.townshipId})) {
            present.insert(record.uid);
            if (agreedHash(db, d.peer.code, table.name, record.uid) == record.hash)
                continue;
            changes.append({table.name, record.uid, false, QJsonDocument(record.values).toJson(QJsonDocument::Compact)});
            if (agreeNow)
                agree(db, d.peer.code, table.name, record.uid, record.hash);
            count(summary->counts, table.name, "upserts");
            ++summary->upserts;
        }
        // What the other office holds from us and we no longer have (or no longer send).
        QStringList gone;
        QSqlQuery sent = Sql::exec(db, QStringLiteral("SELECT uid FROM exchange_row WHERE peer_code = ? AND tbl = ?"), {d.peer.code, table.name});
        while (sent.next()) {
            if (!present.contains(sent.value(0).toString()))
                gone.append(sent.value(0).toString());
        }
        for (const QString &uid : std::as_const(gone)) {
            changes.append({table.name, uid, true, {}});
            if (agreeNow)
                agree(db, d.peer.code, table.name, uid, {});
            count(summary->counts, table.name, "deletes");
            ++summary->deletes;
        }
    }
    return changes;
}

} // namespace

ExchangeStore::Summary ExchangeStore::pending(const QSqlDatabase &db, const QString &peerCode)
{
    const Direction d = directionTo(db, peerCode);
    Summary summary{d.peer.name, d.peer.code, d.peer.lastSent + 1, 0, 0, 0, {}};
    collect(db, d, false, &summary);
    return summary;
}

ExchangeStore::Summary ExchangeStore::exportTo(const QSqlDatabase &db, const QString &peerCode, const QString &path)
{
    OutputFile::check(path, {QStringLiteral("fcx")});
    const Direction d = directionTo(db, peerCode);
    const OfficeStore::Office &me = d.me;
    const OfficeStore::Office *peer = &d.peer;
    AccessPolicy::current().require(db, AccessPolicy::Permission::SignForOffice);

    Transaction transaction(db);
    Summary summary{peer->name, peer->code, peer->lastSent + 1, 0, 0, 0, {}};
    const QList<SessionChangeset::Change> changes = collect(db, d, true, &summary);

    ExchangePackage package;
    package.from = me.code;
    package.to = peer->code;
    package.sequence = summary.sequence;
    package.chainHead = AuditLog::head(db);
    package.created = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    package.counts = summary.counts;
    package.changes = SessionChangeset::build(changes);
    const QByteArray bytes = package.seal(db);
    Sql::exec(db, QStringLiteral("UPDATE office_peer SET last_sent = ? WHERE code = ?"), {summary.sequence, peer->code});
    recordPackage(db, "out", peer->code, summary.sequence, package.changes, summary.counts);
    AuditLog::recordEvent(db, QStringLiteral("exchange"),
                          {{QStringLiteral("direction"), QStringLiteral("out")}, {QStringLiteral("to"), peer->code},
                           {QStringLiteral("sequence"), summary.sequence}, {QStringLiteral("counts"), summary.counts},
                           {QStringLiteral("chainHead"), package.chainHead}});
    // The file is whole before the file's record of it is committed.
    OutputFile::write(path, {QStringLiteral("fcx")}, bytes);
    transaction.commit();
    return summary;
}


void ExchangeStore::setFollowUp(FollowUp followUp)
{
    followUpSlot() = std::move(followUp);
}

ExchangeStore::Summary ExchangeStore::importFrom(const QSqlDatabase &db, const QString &path, Resolution resolution)
{
    const QByteArray bytes = InputFile::readAll(path, ExchangePackage::MaximumSize);
    const OfficeStore::Office me = thisOffice(db);
    AccessPolicy::current().require(db, AccessPolicy::Permission::SignForOffice);
    const ExchangePackage package = ExchangePackage::open(db, bytes);
    const OfficeStore::Office sender = *OfficeStore::peer(db, package.from);
    if (package.to != me.code) {
        const std::optional<OfficeStore::Office> addressee = OfficeStore::peer(db, package.to);
        throw Refusal(tr("The package is addressed to %1, not to this office (%2); nothing was imported.")
                          .arg(addressee ? addressee->name : package.to, me.name));
    }
    if (package.sequence <= sender.lastReceived)
        throw Refusal(tr("Package %1 from %2 was imported already; nothing changed.").arg(package.sequence).arg(sender.name));
    if (package.sequence > sender.lastReceived + 1)
        throw Refusal(tr("Package %1 from %2 cannot be imported yet: package %3 is missing. Import the packages in order.")
                          .arg(package.sequence).arg(sender.name).arg(sender.lastReceived + 1));
    const bool fromCounty = sender.kind == u"county";

    // Parents before children for what is written, children before parents for what goes.
    QList<SessionChangeset::Change> changes = SessionChangeset::read(package.changes);
    QHash<QString, int> order;
    for (const ExchangeTable &table : ExchangeTable::all())
        order.insert(table.name, int(order.size()));
    for (const SessionChangeset::Change &c : std::as_const(changes)) {
        if (!order.contains(c.table))
            throw Refusal(tr("The package carries records of “%1”, which this version of FairCheck does not exchange; "
                             "update FairCheck first.").arg(c.table));
    }
    std::stable_sort(changes.begin(), changes.end(), [&order](const SessionChangeset::Change &a, const SessionChangeset::Change &b) {
        if (a.removed != b.removed)
            return !a.removed;
        return a.removed ? order.value(a.table) > order.value(b.table) : order.value(a.table) < order.value(b.table);
    });

    Transaction transaction(db);
    Sql::deferForeignKeys(db);
    ExchangeRecords records(db, me.code);
    Summary summary{sender.name, sender.code, package.sequence, 0, 0, 0, package.counts};
    QStringList conflicts;
    for (const SessionChangeset::Change &c : std::as_const(changes)) {
        const ExchangeTable &table = *ExchangeTable::find(c.table);
        // Reference data is the county's: a township's copy of it is never taken.
        if (table.owner == ExchangeTable::Owner::County && !fromCounty)
            continue;
        const QJsonObject values = QJsonDocument::fromJson(c.values).object();
        const QString incoming = c.removed ? QString() : ExchangeRecords::hashOf(values);
        const std::optional<ExchangeRecords::Record> local = records.find(table, c.uid);
        const QString agreed = agreedHash(db, sender.code, table.name, c.uid);
        bool apply = true;
        if (local && local->hash != incoming && (agreed.isEmpty() || local->hash != agreed)) {
            // Changed here too since the two files last agreed: the county's reference data is
            // the county's, a township's own records are the township's; a record the county
            // made is the supervisor's call.
            if (table.owner == ExchangeTable::Owner::County)
                apply = fromCounty;
            else if (!fromCounty && ExchangeRecords::madeBy(c.uid, sender.code))
                apply = true;
            else if (fromCounty && ExchangeRecords::madeBy(c.uid, me.code))
                apply = false;
            else if (resolution == Resolution::Stop)
                conflicts.append(tr("%1 %2: changed in both files").arg(table.name, c.uid));
            else
                apply = resolution == Resolution::Theirs;
        }
        if (apply && c.removed) {
            records.remove(table, c.uid);
            ++summary.deletes;
        } else if (apply && (!local || local->hash != incoming)) {
            records.write(table, c.uid, values);
            ++summary.upserts;
        } else if (!apply) {
            ++summary.kept;
        }
        // Agreed as the sender has it: ours, where it stood, differs and goes back next time.
        agree(db, sender.code, table.name, c.uid, incoming);
    }
    if (!conflicts.isEmpty()) {
        const qsizetype shown = qMin<qsizetype>(conflicts.size(), 20);
        throw ExchangeConflict(tr("%n record(s) were changed both here and at %1 since the last exchange; nothing was imported. "
                                  "Decide whose version stands (--theirs or --mine) and import again.", nullptr, int(conflicts.size()))
                                   .arg(sender.name),
                               conflicts.mid(0, shown));
    }
    if (followUpSlot())
        followUpSlot()(db);
    Sql::exec(db, QStringLiteral("UPDATE office_peer SET last_received = ? WHERE code = ?"), {package.sequence, sender.code});
    recordPackage(db, "in", sender.code, package.sequence, package.changes, package.counts);
    AuditLog::recordEvent(db, QStringLiteral("exchange"),
                          {{QStringLiteral("direction"), QStringLiteral("in")}, {QStringLiteral("from"), sender.code},
                           {QStringLiteral("sequence"), package.sequence}, {QStringLiteral("counts"), package.counts},
                           {QStringLiteral("upserts"), summary.upserts}, {QStringLiteral("deletes"), summary.deletes},
                           {QStringLiteral("kept"), summary.kept},
                           // The sender's trail as it stood: an anchor its own file must still hold.
                           {QStringLiteral("chainHead"), package.chainHead}});
    transaction.commit();
    return summary;
}
