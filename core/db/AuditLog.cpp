#include "AuditLog.h"

#include "ChangeCapture.h"
#include "Sql.h"
#include "AccessPolicy.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QSqlQuery>
#include <QJsonDocument>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>

namespace {
QMutex s_actorMutex;
QString s_actor = QStringLiteral("system");

const QString kHead = QStringLiteral("audit.head");
// Set once when an entry is appended to a trail whose newest entries had gone (the head
// named a later one): appending must never make a removed tail look whole.
const QString kBreak = QStringLiteral("audit.break");

// The canonical form of an entry: its fields as a compact JSON array (NULL kept apart
// from empty text), prefixed by the previous entry's hash.
QString entryHash(const QString &previous, qint64 id, const QString &at, const QString &user, const QString &action,
                  const QString &table, const QVariant &rowId, const QVariant &oldValues, const QVariant &newValues)
{
    auto value = [](const QVariant &v) { return v.isNull() ? QJsonValue() : QJsonValue(v.toString()); };
    const QJsonArray fields{QString::number(id), at, user, action, table, value(rowId.isNull() ? QVariant() : QVariant(rowId.toString())),
                            value(oldValues), value(newValues)};
    const QByteArray canonical = previous.toUtf8() + '\n' + QJsonDocument(fields).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

QVariant jsonOrNull(const QJsonObject &object)
{
    if (object.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
} // namespace

void AuditLog::setActor(const QString &user)
{
    QMutexLocker lock(&s_actorMutex);
    s_actor = user;
}

QString AuditLog::actor()
{
    // The signed-in user is the author of everything done while they are signed in.
    const QString signedIn = AccessPolicy::current().username();
    if (!signedIn.isEmpty())
        return signedIn;
    QMutexLocker lock(&s_actorMutex);
    return s_actor;
}

QString AuditLog::actionName(Action action)
{
    switch (action) {
    case Action::Insert: return QStringLiteral("insert");
    case Action::Update: return QStringLiteral("update");
    case Action::Delete: return QStringLiteral("delete");
    case Action::Bulk: return QStringLiteral("bulk");
    case Action::Schema: return QStringLiteral("schema");
    }
    return {};
}

void AuditLog::record(const QSqlDatabase &db, const Entry &entry)
{
    // Permissions are enforced here because every write path records its change here,
    // inside its own transaction: a refusal rolls the whole change back.
    if (entry.action != Action::Schema)
        AccessPolicy::current().requireWrite(db, entry.table);
    append(db, entry);
}

qint64 AuditLog::recordSeal(const QSqlDatabase &db, qint64 first, qint64 last, qint64 changes, const QString &sha256,
                            const QString &triggers)
{
    return append(db, {Action::Bulk, QStringLiteral("change_log"), 0, {},
                       QJsonObject{{QStringLiteral("first"), first}, {QStringLiteral("last"), last}, {QStringLiteral("changes"), changes},
                                   {QStringLiteral("sha256"), sha256}, {QStringLiteral("triggers"), triggers}}});
}

qint64 AuditLog::recordEvent(const QSqlDatabase &db, const QString &kind, const QJsonObject &values)
{
    return append(db, {Action::Bulk, kind, 0, {}, values});
}

QString AuditLog::head(const QSqlDatabase &db)
{
    return Sql::scalar(db, QStringLiteral("SELECT value FROM setting WHERE key = ?"), {kHead}).toString();
}

AuditLog::Anchor AuditLog::Anchor::parse(const QString &text)
{
    Anchor anchor;
    const QString entry = text.section(u':', 0, 0).trimmed();
    const QString hash = text.section(u':', 1).trimmed().toLower();
    bool ok = false;
    anchor.entry = entry.toLongLong(&ok);
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!ok || anchor.entry <= 0 || !hex.match(hash).hasMatch())
        return {};
    anchor.hash = hash;
    return anchor;
}

bool AuditLog::holds(const QSqlDatabase &db, const Anchor &anchor, QString *reason)
{
    const QVariant hash = Sql::scalar(db, QStringLiteral("SELECT COALESCE(hash, '') FROM audit_log WHERE id = ?"), {anchor.entry});
    if (!hash.isValid()) {
        *reason = tr("entry %1 is no longer in the audit trail: entries were removed").arg(anchor.entry);
        return false;
    }
    if (hash.toString() != anchor.hash) {
        *reason = tr("entry %1 has another hash than the anchor: the trail up to it was rewritten, or entries were removed and "
                     "others written in their place").arg(anchor.entry);
        return false;
    }
    return true;
}

qint64 AuditLog::append(const QSqlDatabase &db, const Entry &entry)
{
    // Callers write inside their own transaction, so the chain's tail cannot move between
    // reading it and appending to it.
    QSqlQuery last = Sql::exec(db, QStringLiteral("SELECT id, COALESCE(hash, '') FROM audit_log ORDER BY id DESC LIMIT 1"));
    const qint64 id = last.next() ? last.value(0).toLongLong() + 1 : 1;
    const QString previous = id > 1 ? last.value(1).toString() : QString();
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QString user = actor();
    const QVariant rowId = entry.rowId > 0 ? QVariant(entry.rowId) : QVariant(QMetaType::fromType<qint64>());
    const QVariant oldValues = jsonOrNull(entry.oldValues);
    const QVariant newValues = jsonOrNull(entry.newValues);
    const QString hash = entryHash(previous, id, at, user, actionName(entry.action), entry.table, rowId, oldValues, newValues);
    const QString head = Sql::scalar(db, QStringLiteral("SELECT value FROM setting WHERE key = ?"), {kHead}).toString();
    if (!head.isEmpty() && head != QStringLiteral("%1:%2").arg(id - 1).arg(previous))
        Sql::exec(db, QStringLiteral("INSERT OR IGNORE INTO setting (key, value) VALUES (?, ?)"), {kBreak, QStringLiteral("%1>%2").arg(head).arg(id)});
    Sql::exec(db,
              QStringLiteral("INSERT INTO audit_log (id, at, user_name, action, table_name, row_id, "
                             "old_values, new_values, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
              {id, at, user, actionName(entry.action), entry.table, rowId, oldValues, newValues, hash});
    Sql::exec(db, QStringLiteral("INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)"),
              {kHead, QStringLiteral("%1:%2").arg(id).arg(hash)});
    return id;
}

void AuditLog::sealUnhashed(const QSqlDatabase &db)
{
    QSqlQuery rows = Sql::exec(db, QStringLiteral("SELECT id, at, user_name, action, table_name, row_id, old_values, new_values, hash "
                                                  "FROM audit_log ORDER BY id"));
    QSqlQuery update = Sql::prepare(db, QStringLiteral("UPDATE audit_log SET hash = ? WHERE id = ?"));
    QString previous;
    qint64 lastId = 0;
    while (rows.next()) {
        lastId = rows.value(0).toLongLong();
        if (!rows.value(8).isNull()) {
            previous = rows.value(8).toString();
            continue;
        }
        previous = entryHash(previous, lastId, rows.value(1).toString(), rows.value(2).toString(), rows.value(3).toString(),
                             rows.value(4).toString(), rows.value(5), rows.value(6), rows.value(7));
        Sql::run(update, {previous, lastId});
    }
    if (lastId > 0)
        Sql::exec(db, QStringLiteral("INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)"),
                  {kHead, QStringLiteral("%1:%2").arg(lastId).arg(previous)});
}

QString AuditLog::Verification::summary() const
{
    if (ok)
        return tr("The audit trail is intact: %1 entries, each chained to the one before.").arg(entries);
    if (firstBroken > 0)
        return tr("The audit trail is broken at entry %1: %2.").arg(firstBroken).arg(reason);
    return tr("The record was changed outside FairCheck: %1.").arg(reason);
}

AuditLog::Verification AuditLog::verify(const QSqlDatabase &db)
{
    Verification v;
    QSqlQuery rows = Sql::exec(db, QStringLiteral("SELECT id, at, user_name, action, table_name, row_id, old_values, new_values, hash "
                                                  "FROM audit_log ORDER BY id"));
    QString previous;
    qint64 lastId = 0;
    // The triggers' digest as the last schema change or repair left them: every seal must
    // have been made under it.
    QString reference;
    qint64 referenceEntry = 0;
    QList<qint64> unacknowledged; // repairs of the triggers no administrator has looked at
    auto broken = [&v](qint64 id, const QString &reason) {
        v.ok = false;
        v.firstBroken = id;
        v.reason = reason;
        return v;
    };
    while (rows.next()) {
        const qint64 id = rows.value(0).toLongLong();
        ++v.entries;
        if (id != lastId + 1)
            return broken(id, tr("entries %1 to %2 are missing").arg(lastId + 1).arg(id - 1));
        const QString expected = entryHash(previous, id, rows.value(1).toString(), rows.value(2).toString(), rows.value(3).toString(),
                                           rows.value(4).toString(), rows.value(5), rows.value(6), rows.value(7));
        if (rows.value(8).toString() != expected)
            return broken(id, tr("entry %1 was changed after it was written, or an entry before it was").arg(id));
        const QJsonObject values = QJsonDocument::fromJson(rows.value(7).toString().toUtf8()).object();
        if (rows.value(3).toString() == u"bulk" && rows.value(4).toString() == u"change_log") {
            qint64 count = 0;
            const QString sha256 = ChangeCapture::digest(db, values.value(QStringLiteral("first")).toInteger(),
                                                         values.value(QStringLiteral("last")).toInteger(), &count);
            if (sha256 != values.value(QStringLiteral("sha256")).toString() || count != values.value(QStringLiteral("changes")).toInteger())
                return broken(id, tr("the %1 changes sealed by entry %2 were altered afterwards (%3 found)")
                                      .arg(values.value(QStringLiteral("changes")).toInteger()).arg(id).arg(count));
        }
        const QString table = rows.value(4).toString();
        if (values.contains(QStringLiteral("triggers"))) {
            const QString digest = values.value(QStringLiteral("triggers")).toString();
            if (rows.value(3).toString() == u"schema" || table == u"capture_repair") {
                reference = digest;
                referenceEntry = id;
            } else if (!reference.isEmpty() && digest != reference) {
                return broken(id, tr("the triggers that capture changes were altered after entry %1, before entry %2 sealed changes")
                                      .arg(referenceEntry).arg(id));
            }
        }
        if (table == u"capture_repair")
            unacknowledged.append(id);
        else if (table == u"acknowledge")
            unacknowledged.removeAll(values.value(QStringLiteral("entry")).toInteger());
        previous = expected;
        lastId = id;
    }
    const QString gap = Sql::scalar(db, QStringLiteral("SELECT value FROM setting WHERE key = ?"), {kBreak}).toString();
    if (!gap.isEmpty())
        return broken(gap.section(u'>', 1).toLongLong(),
                      tr("the newest entries after %1 were removed outside FairCheck before entry %2 was written")
                          .arg(gap.section(u':', 0, 0), gap.section(u'>', 1)));
    const QString head = Sql::scalar(db, QStringLiteral("SELECT value FROM setting WHERE key = ?"), {kHead}).toString();
    if (lastId > 0 && head != QStringLiteral("%1:%2").arg(lastId).arg(previous))
        return broken(lastId + 1, tr("the newest entries after %1 were removed (the chain's head is %2)").arg(lastId).arg(head.section(u':', 0, 0)));
    if (ChangeCapture::capturing(db)) {
        if (!reference.isEmpty() && ChangeCapture::triggerDigest(db) != reference)
            return broken(lastId, tr("the triggers that capture changes were altered or removed after entry %1").arg(referenceEntry));
        v.outsideChanges = ChangeCapture::unsealedCount(db);
        if (v.outsideChanges > 0) {
            const ChangeCapture::Change first = ChangeCapture::unsealed(db, 1).constFirst();
            v.ok = false;
            v.reason = tr("%n change(s) to the record were made outside FairCheck; the first: %1 of %2 row %3", nullptr,
                          int(qMin<qint64>(v.outsideChanges, INT_MAX)))
                           .arg(first.op == u"insert" ? tr("an insert") : first.op == u"update" ? tr("an update") : tr("a deletion"),
                                first.table)
                           .arg(first.rowId);
            return v;
        }
        if (!unacknowledged.isEmpty())
            return broken(unacknowledged.constFirst(),
                          tr("the triggers that capture changes were found altered and reinstalled at entry %1; changes made while "
                             "they were missing are not in the record, and no administrator has acknowledged the repair")
                              .arg(unacknowledged.constFirst()));
    }
    return v;
}

void AuditLog::recordSchemaChange(const QSqlDatabase &db, int fromVersion, int toVersion)
{
    QJsonObject now{{QStringLiteral("version"), toVersion}};
    if (ChangeCapture::capturing(db))
        now.insert(QStringLiteral("triggers"), ChangeCapture::triggerDigest(db));
    record(db, {Action::Schema, QStringLiteral("schema"), 0, QJsonObject{{QStringLiteral("version"), fromVersion}}, now});
}

void AuditLog::recordBulk(const QSqlDatabase &db, const QString &table, qint64 rows, const QString &what, const QJsonObject &details)
{
    QJsonObject values = details;
    values.insert(QStringLiteral("rows"), rows);
    values.insert(QStringLiteral("what"), what);
    record(db, {Action::Bulk, table, 0, {}, values});
}

QList<AuditLog::Row> AuditLog::entries(const QSqlDatabase &db, const Filter &f)
{
    QSqlQuery q = Sql::exec(db, QStringLiteral(
        "SELECT id, at, user_name, action, table_name, COALESCE(row_id, 0), COALESCE(old_values, ''), COALESCE(new_values, '') "
        "FROM audit_log WHERE (? = '' OR user_name = ?) AND (? = '' OR table_name = ?) AND (? = 0 OR row_id = ?) "
        "AND (? = '' OR substr(at, 1, 10) >= ?) AND (? = '' OR substr(at, 1, 10) <= ?) ORDER BY id DESC LIMIT ?"),
        {f.user.isNull() ? QStringLiteral("") : f.user, f.user, f.table.isNull() ? QStringLiteral("") : f.table, f.table, f.rowId, f.rowId,
         f.from.isValid() ? f.from.toString(Qt::ISODate) : QStringLiteral(""), f.from.toString(Qt::ISODate),
         f.to.isValid() ? f.to.toString(Qt::ISODate) : QStringLiteral(""), f.to.toString(Qt::ISODate), f.limit});
    QList<Row> rows;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                     q.value(5).toLongLong(), q.value(6).toString(), q.value(7).toString()});
    return rows;
}

QStringList AuditLog::users(const QSqlDatabase &db)
{
    QSqlQuery q = Sql::exec(db, QStringLiteral("SELECT DISTINCT user_name FROM audit_log ORDER BY user_name"));
    QStringList list;
    while (q.next())
        list.append(q.value(0).toString());
    return list;
}
