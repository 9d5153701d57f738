#include "ExchangeStore.h"

#include "ExchangeCollector.h"
#include "ExchangeConflict.h"
#include "ExchangePackage.h"
#include "ExchangeRecords.h"
#include "ExchangeTable.h"
#include "OfficeStore.h"
#include "db/AccessPolicy.h"
#include "db/AuditLog.h"
#include "db/AuditText.h"
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

QString digestOf(const QByteArray &changes)
{
    return QString::fromLatin1(QCryptographicHash::hash(changes, QCryptographicHash::Sha256).toHex());
}

// A package sent keeps its bytes, so that a lost or overwritten file can be written again.
void recordPackage(const QSqlDatabase &db, const char *direction, const QString &peer, qint64 sequence, const QByteArray &changes,
                   const QJsonObject &counts, const QByteArray &bytes = {})
{
    Sql::exec(db, QStringLiteral("INSERT INTO exchange_package (direction, peer_code, seq, sha256, at, counts, bytes) VALUES (?, ?, ?, ?, ?, ?, ?)"),
              {QLatin1String(direction), peer, sequence, digestOf(changes), QDateTime::currentDateTimeUtc().toString(Qt::ISODate),
               QString::fromUtf8(QJsonDocument(counts).toJson(QJsonDocument::Compact)),
               bytes.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(bytes)});
}

ExchangeStore::FollowUp &followUpSlot()
{
    static ExchangeStore::FollowUp followUp;
    return followUp;
}

} // namespace

namespace {

ExchangeStore::Summary summaryOf(const ExchangeCollector::Direction &d, const ExchangeCollector::Result &r)
{
    ExchangeStore::Summary s;
    s.office = d.peer.name;
    s.code = d.peer.code;
    s.sequence = d.peer.lastSent + 1;
    s.upserts = r.upserts;
    s.deletes = r.deletes;
    s.heldBack = r.heldBack;
    s.countyEdited = r.countyEdited;
    s.counts = r.counts;
    return s;
}

} // namespace

ExchangeStore::Summary ExchangeStore::pending(const QSqlDatabase &db, const QString &peer)
{
    const ExchangeCollector::Direction d = ExchangeCollector::towards(db, peer);
    return summaryOf(d, ExchangeCollector::collect(db, d, false));
}

ExchangeStore::Summary ExchangeStore::exportAgain(const QSqlDatabase &db, const QString &peer, qint64 sequence, const QString &path)
{
    OutputFile::check(path, {QStringLiteral("fcx")});
    const ExchangeCollector::Direction d = ExchangeCollector::towards(db, peer);
    AccessPolicy::current().require(db, AccessPolicy::Permission::SignForOffice);
    QSqlQuery q = Sql::exec(db, QStringLiteral("SELECT bytes, counts FROM exchange_package WHERE direction = 'out' AND peer_code = ? AND seq = ?"),
                            {d.peer.code, sequence});
    if (!q.next() || q.value(0).toByteArray().isEmpty())
        throw Refusal(tr("No package %1 was written for %2 (the last was %3).").arg(sequence).arg(d.peer.name).arg(d.peer.lastSent));
    const QByteArray bytes = q.value(0).toByteArray();
    Summary summary;
    summary.office = d.peer.name;
    summary.code = d.peer.code;
    summary.sequence = sequence;
    summary.counts = QJsonDocument::fromJson(q.value(1).toByteArray()).object();
    q.finish();
    Transaction transaction(db);
    AuditLog::recordEvent(db, QStringLiteral("exchange"),
                          {{QStringLiteral("direction"), QStringLiteral("again")}, {QStringLiteral("to"), d.peer.code},
                           {QStringLiteral("sequence"), sequence}});
    OutputFile::write(path, {QStringLiteral("fcx")}, bytes);
    transaction.commit();
    return summary;
}

ExchangeStore::Summary ExchangeStore::exportTo(const QSqlDatabase &db, const QString &peerCode, const QString &path)
{
    OutputFile::check(path, {QStringLiteral("fcx")});
    const ExchangeCollector::Direction d = ExchangeCollector::towards(db, peerCode);
    const OfficeStore::Office &me = d.me;
    const OfficeStore::Office *peer = &d.peer;
    AccessPolicy::current().require(db, AccessPolicy::Permission::SignForOffice);

    Transaction transaction(db);
    const ExchangeCollector::Result collected = ExchangeCollector::collect(db, d, true);
    const Summary summary = summaryOf(d, collected);
    const QList<SessionChangeset::Change> &changes = collected.changes;

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
    recordPackage(db, "out", peer->code, summary.sequence, package.changes, summary.counts, bytes);
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
    const OfficeStore::Office me = ExchangeCollector::thisOffice(db);
    AccessPolicy::current().require(db, AccessPolicy::Permission::SignForOffice);
    {
        QByteArray signedPart, signature;
        if (ExchangePackage::parse(bytes, &signedPart, &signature).from == me.code)
            throw Refusal(tr("This package was written by this office; import it in the office it is addressed to."));
    }
    const ExchangePackage package = ExchangePackage::open(db, bytes);
    const OfficeStore::Office sender = *OfficeStore::peer(db, package.from);
    if (package.to != me.code) {
        const std::optional<OfficeStore::Office> addressee = OfficeStore::peer(db, package.to);
        throw Refusal(tr("The package is addressed to %1, not to this office (%2); nothing was imported.")
                          .arg(addressee ? addressee->name : package.to, me.name));
    }
    if (package.sequence <= sender.lastReceived) {
        // The same package again changes nothing; another one under a used number means the
        // other office's file went back (restored from a copy) and the two must be sorted out.
        const QString seen = Sql::scalar(db, QStringLiteral("SELECT sha256 FROM exchange_package WHERE direction = 'in' AND peer_code = ? AND seq = ?"),
                                         {sender.code, package.sequence}).toString();
        if (!seen.isEmpty() && seen != digestOf(package.changes))
            throw Refusal(tr("A different package %1 from %2 was imported before: that office's file has gone back to an earlier "
                             "state (restored from a copy?). Nothing was imported; ask %2 to check its file before exchanging again.")
                              .arg(package.sequence).arg(sender.name));
        throw Refusal(tr("Package %1 from %2 was imported already; nothing changed.").arg(package.sequence).arg(sender.name));
    }
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
    Summary summary;
    summary.office = sender.name;
    summary.code = sender.code;
    summary.sequence = package.sequence;
    summary.counts = package.counts;
    QStringList conflicts;
    for (const SessionChangeset::Change &c : std::as_const(changes)) {
        const ExchangeTable &table = *ExchangeTable::find(c.table);
        // Reference data is the county's: a township's copy of it is never taken.
        if (table.owner == ExchangeTable::Owner::County && !fromCounty)
            continue;
        const QJsonObject values = QJsonDocument::fromJson(c.values).object();
        const QString incoming = c.removed ? QString() : ExchangeRecords::hashOf(values);
        const std::optional<ExchangeRecords::Record> local = records.find(table, c.uid);
        const QString agreed = ExchangeCollector::agreedHash(db, sender.code, table.name, c.uid);
        bool apply = true;
        // A township deletes only what it made: a record of the county's goes back down.
        if (c.removed && !fromCounty && local && !ExchangeRecords::madeBy(c.uid, sender.code)) {
            ExchangeCollector::agree(db, sender.code, table.name, c.uid, {});
            ++summary.kept;
            continue;
        }
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
                conflicts.append(tr("%1 %2: changed in both files").arg(AuditText::table(table.name), c.uid));
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
        // Agreed as the sender has it: ours, where it stood, differs and goes back next time
        // (a record kept against a deletion is unknown to the sender and goes back whole).
        ExchangeCollector::agree(db, sender.code, table.name, c.uid, incoming);
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
