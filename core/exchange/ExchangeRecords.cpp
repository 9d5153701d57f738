#include "ExchangeRecords.h"

#include "db/AccessPolicy.h"
#include "db/Sql.h"
#include "util/Refusal.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>

namespace {

const QString kNatural = QStringLiteral("k:");
const QChar kPartSeparator = u'|';

// A part of a natural key may itself be a uid with separators: escaped, so that the
// parts split back exactly.
QString escapedPart(QString part)
{
    return part.replace(QLatin1Char('%'), QStringLiteral("%25")).replace(kPartSeparator, QStringLiteral("%7C"));
}

QString unescapedPart(QString part)
{
    return part.replace(QStringLiteral("%7C"), QString(kPartSeparator)).replace(QStringLiteral("%25"), QStringLiteral("%"));
}

// The SQL of a scope with each :township made a positional parameter.
QString positional(QString where, const QVariantList &binds, QVariantList *out)
{
    const int uses = int(where.count(QStringLiteral(":township")));
    where.replace(QStringLiteral(":township"), QStringLiteral("?"));
    for (int i = 0; i < uses; ++i)
        out->append(binds.value(0));
    return where;
}

} // namespace

ExchangeRecords::ExchangeRecords(const QSqlDatabase &db, const QString &officeCode)
    : m_db(db)
    , m_code(officeCode)
{
}

QString ExchangeRecords::hashOf(const QJsonObject &values)
{
    return QString::fromLatin1(QCryptographicHash::hash(QJsonDocument(values).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
                                   .toHex()
                                   .left(32));
}

QHash<QString, ExchangeRecords::Link> ExchangeRecords::links(const ExchangeTable &table)
{
    const Shape &s = shape(table);
    QHash<QString, Link> found;
    for (auto it = s.references.cbegin(); it != s.references.cend(); ++it) {
        if (ExchangeTable::find(it->table))
            found.insert(it.key(), {it->table, !s.required.contains(it.key())});
    }
    return found;
}

bool ExchangeRecords::madeBy(const QString &uid, const QString &officeCode)
{
    // Codes are 16 hex digits; "<code>-" appears in no natural key but a made record's uid.
    return !officeCode.isEmpty() && uid.contains(officeCode + QLatin1Char('-'));
}

const ExchangeRecords::Shape &ExchangeRecords::shape(const ExchangeTable &table)
{
    auto it = m_shapes.find(table.name);
    if (it != m_shapes.end())
        return *it;
    Shape s;
    bool hasId = false;
    QSqlQuery columns = Sql::exec(m_db, QStringLiteral("SELECT name, pk, upper(type), \"notnull\" FROM pragma_table_info(?) ORDER BY cid"),
                                  {table.name});
    while (columns.next()) {
        const QString name = columns.value(0).toString();
        if (columns.value(3).toInt() == 1)
            s.required.insert(name);
        if (name == u"id" && columns.value(1).toInt() == 1 && columns.value(2).toString() == u"INTEGER") {
            hasId = true;
            continue;
        }
        if (!table.localOnly.contains(name))
            s.columns.append(name);
    }
    s.rowIdKey = hasId;
    QSqlQuery keys = Sql::exec(m_db, QStringLiteral("SELECT \"from\", \"table\", COALESCE(\"to\", '') FROM pragma_foreign_key_list(?)"), {table.name});
    while (keys.next()) {
        const QString to = keys.value(2).toString();
        s.references.insert(keys.value(0).toString(), {keys.value(1).toString(), to.isEmpty() ? QStringLiteral("id") : to});
    }
    return *m_shapes.insert(table.name, s);
}

QString ExchangeRecords::uidOf(const ExchangeTable &table, qint64 rowId, const QJsonObject &values)
{
    if (!table.naturalKey.isEmpty()) {
        QStringList parts;
        for (const QString &column : table.naturalKey)
            parts.append(escapedPart(values.value(column).isString() ? values.value(column).toString()
                                                                     : values.value(column).toVariant().toString()));
        return kNatural + parts.join(kPartSeparator);
    }
    if (!m_uids.contains(table.name)) {
        QHash<qint64, QString> &known = m_uids[table.name];
        QSqlQuery q = Sql::exec(m_db, QStringLiteral("SELECT local_id, uid FROM exchange_key WHERE tbl = ?"), {table.name});
        while (q.next())
            known.insert(q.value(0).toLongLong(), q.value(1).toString());
    }
    const QString made = m_uids.value(table.name).value(rowId);
    return made.isEmpty() ? QStringLiteral("%1-%2").arg(m_code).arg(rowId) : made;
}

QJsonValue ExchangeRecords::outgoing(const Shape &shape, const QString &column, const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    const auto reference = shape.references.constFind(column);
    if (reference == shape.references.constEnd())
        return QJsonValue::fromVariant(value);
    const ExchangeTable *target = ExchangeTable::find(reference->table);
    if (!target)
        return QJsonValue::Null; // a table offices do not exchange: not theirs to know
    if (reference->column != u"id")
        return kNatural + value.toString();
    const qint64 rowId = value.toLongLong();
    if (target->naturalKey.isEmpty())
        return uidOf(*target, rowId, {});
    const QList<Record> found = read(*target, QStringLiteral("r.rowid = %1").arg(rowId));
    return found.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(found.constFirst().uid);
}

QVariant ExchangeRecords::incoming(const Shape &shape, const QString &column, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    const auto reference = shape.references.constFind(column);
    if (reference == shape.references.constEnd())
        return value.toVariant();
    const ExchangeTable *target = ExchangeTable::find(reference->table);
    if (!target)
        return {};
    const QString uid = value.toString();
    if (reference->column != u"id")
        return uid.startsWith(kNatural) ? uid.mid(kNatural.size()) : uid;
    const qint64 local = localId(*target, uid);
    if (local == 0)
        throw Refusal(tr("The package refers to a record of %1 (%2) that this file does not have; import the packages in order.")
                          .arg(target->name, uid));
    return local;
}

QList<ExchangeRecords::Record> ExchangeRecords::read(const ExchangeTable &table, const QString &where, const QVariantList &binds)
{
    const Shape &s = shape(table);
    QStringList selected;
    for (const QString &column : s.columns)
        selected.append(QStringLiteral("r.\"%1\"").arg(column));
    QVariantList positionalBinds;
    const QString condition = positional(where.isEmpty() ? QStringLiteral("1") : where, binds, &positionalBinds);
    QSqlQuery q = Sql::exec(m_db, QStringLiteral("SELECT r.rowid, %1 FROM \"%2\" r WHERE %3 ORDER BY r.rowid")
                                      .arg(selected.join(QStringLiteral(", ")), table.name, condition),
                            positionalBinds);
    QList<Record> records;
    while (q.next()) {
        Record record;
        for (int c = 0; c < s.columns.size(); ++c)
            record.values.insert(s.columns.at(c), outgoing(s, s.columns.at(c), q.value(c + 1)));
        record.uid = uidOf(table, q.value(0).toLongLong(), record.values);
        record.hash = hashOf(record.values);
        records.append(record);
    }
    return records;
}

qint64 ExchangeRecords::localId(const ExchangeTable &table, const QString &uid)
{
    if (!table.naturalKey.isEmpty()) {
        if (!uid.startsWith(kNatural))
            return 0;
        const QStringList parts = uid.mid(kNatural.size()).split(kPartSeparator);
        if (parts.size() != table.naturalKey.size())
            return 0;
        const Shape &s = shape(table);
        QStringList conditions;
        QVariantList binds;
        for (int i = 0; i < parts.size(); ++i) {
            const QString &column = table.naturalKey.at(i);
            const QString part = unescapedPart(parts.at(i));
            QVariant value(part);
            if (const auto reference = s.references.constFind(column); reference != s.references.constEnd()) {
                // A part naming a record this file lacks: no such record here either.
                const ExchangeTable *target = ExchangeTable::find(reference->table);
                if (target && reference->column == u"id") {
                    const qint64 parent = localId(*target, part);
                    if (parent == 0)
                        return 0;
                    value = parent;
                } else {
                    value = incoming(s, column, part);
                }
            }
            conditions.append(QStringLiteral("\"%1\" = ?").arg(column));
            binds.append(value);
        }
        return Sql::scalar(m_db, QStringLiteral("SELECT rowid FROM \"%1\" WHERE %2").arg(table.name, conditions.join(QStringLiteral(" AND "))), binds)
            .toLongLong();
    }
    const QString own = m_code + QLatin1Char('-');
    if (uid.startsWith(own)) {
        const qint64 id = uid.mid(own.size()).toLongLong();
        return Sql::scalar(m_db, QStringLiteral("SELECT rowid FROM \"%1\" WHERE rowid = ?").arg(table.name), {id}).toLongLong();
    }
    const qint64 mapped = Sql::scalar(m_db, QStringLiteral("SELECT local_id FROM exchange_key WHERE tbl = ? AND uid = ?"), {table.name, uid})
                              .toLongLong();
    if (mapped == 0 || Sql::scalar(m_db, QStringLiteral("SELECT 1 FROM \"%1\" WHERE rowid = ?").arg(table.name), {mapped}).isValid())
        return mapped;
    // The record was deleted here by other means: its key no longer names a row.
    Sql::exec(m_db, QStringLiteral("DELETE FROM exchange_key WHERE tbl = ? AND local_id = ?"), {table.name, mapped});
    m_uids[table.name].remove(mapped);
    return 0;
}

std::optional<ExchangeRecords::Record> ExchangeRecords::find(const ExchangeTable &table, const QString &uid)
{
    const qint64 local = localId(table, uid);
    if (local == 0)
        return std::nullopt;
    const QList<Record> found = read(table, QStringLiteral("r.rowid = %1").arg(local));
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

void ExchangeRecords::write(const ExchangeTable &table, const QString &uid, const QJsonObject &values)
{
    AccessPolicy::current().requireWrite(m_db, table.name);
    const Shape &s = shape(table);
    QVariantList binds;
    QStringList columns;
    for (const QString &column : s.columns) {
        columns.append(QStringLiteral("\"%1\"").arg(column));
        binds.append(incoming(s, column, values.value(column)));
    }
    const qint64 local = localId(table, uid);
    if (local != 0) {
        QStringList assignments;
        for (const QString &column : std::as_const(columns))
            assignments.append(column + QStringLiteral(" = ?"));
        binds.append(local);
        Sql::exec(m_db, QStringLiteral("UPDATE \"%1\" SET %2 WHERE rowid = ?").arg(table.name, assignments.join(QStringLiteral(", "))), binds);
        return;
    }
    QStringList marks;
    for (int i = 0; i < columns.size(); ++i)
        marks.append(QStringLiteral("?"));
    const QString own = m_code + QLatin1Char('-');
    if (table.naturalKey.isEmpty() && uid.startsWith(own)) {
        // A record made here and deleted here since: it comes back under its own id.
        columns.prepend(QStringLiteral("id"));
        marks.prepend(QStringLiteral("?"));
        binds.prepend(uid.mid(own.size()).toLongLong());
    }
    Sql::exec(m_db, QStringLiteral("INSERT INTO \"%1\" (%2) VALUES (%3)").arg(table.name, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))),
              binds);
    if (table.naturalKey.isEmpty() && !uid.startsWith(own)) {
        const qint64 id = Sql::lastInsertId(m_db);
        Sql::exec(m_db, QStringLiteral("INSERT INTO exchange_key (tbl, local_id, uid) VALUES (?, ?, ?)"), {table.name, id, uid});
        m_uids[table.name].insert(id, uid);
    }
}

void ExchangeRecords::remove(const ExchangeTable &table, const QString &uid)
{
    const qint64 local = localId(table, uid);
    if (local == 0)
        return;
    AccessPolicy::current().requireWrite(m_db, table.name);
    Sql::exec(m_db, QStringLiteral("DELETE FROM \"%1\" WHERE rowid = ?").arg(table.name), {local});
    Sql::exec(m_db, QStringLiteral("DELETE FROM exchange_key WHERE tbl = ? AND local_id = ?"), {table.name, local});
    m_uids[table.name].remove(local);
}
