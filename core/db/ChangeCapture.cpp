#include "ChangeCapture.h"

#include "AuditLog.h"
#include "Sql.h"
#include "SqliteStatement.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>


#include <algorithm>
#include <limits>
#include <tuple>

namespace {

const QString kPrefix = QStringLiteral("capture_");

QString quoted(const QString &identifier)
{
    return u'"' + QString(identifier).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

// json_object('a', R.a, 'b', R.b …); blobs are recorded by size (JSON cannot hold them).
QString jsonRow(const QList<QPair<QString, bool>> &columns, const QString &row)
{
    QStringList parts;
    for (const auto &[name, blob] : columns) {
        const QString value = row + u'.' + quoted(name);
        parts.append(u'\'' + name + QStringLiteral("', ")
                     + (blob ? QStringLiteral("CASE typeof(%1) WHEN 'blob' THEN 'blob:' || length(%1) ELSE %1 END").arg(value) : value));
    }
    return QStringLiteral("json_object(") + parts.join(QStringLiteral(", ")) + u')';
}

} // namespace

QStringList ChangeCapture::capturedTables(const QSqlDatabase &db)
{
    static const QSet<QString> skipped = {QStringLiteral("audit_log"), QStringLiteral("change_log"), QStringLiteral("setting"),
                                          QStringLiteral("credit_dirty"), QStringLiteral("exchange_row")};
    QStringList virtualTables;
    QSqlQuery v = Sql::exec(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'"));
    while (v.next())
        virtualTables.append(v.value(0).toString());
    QStringList tables;
    QSqlQuery q = Sql::exec(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    while (q.next()) {
        const QString name = q.value(0).toString();
        const bool searchIndex = std::any_of(virtualTables.cbegin(), virtualTables.cend(),
                                             [&](const QString &t) { return name == t || name.startsWith(t + u'_'); });
        if (!skipped.contains(name) && !searchIndex)
            tables.append(name);
    }
    return tables;
}

bool ChangeCapture::capturing(const QSqlDatabase &db)
{
    return Sql::scalar(db, QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'change_log'")).isValid();
}

namespace {

QList<QPair<QString, bool>> columnsOf(const QSqlDatabase &db, const QString &table)
{
    QList<QPair<QString, bool>> columns;
    QSqlQuery info = Sql::exec(db, QStringLiteral("SELECT name, upper(type) FROM pragma_table_info(?)"), {table});
    while (info.next())
        columns.append({info.value(0).toString(), info.value(1).toString().contains(QStringLiteral("BLOB"))});
    return columns;
}

} // namespace

QString ChangeCapture::rowValues(const QSqlDatabase &db, const QString &table, const QString &row)
{
    return jsonRow(columnsOf(db, table), row);
}

QString ChangeCapture::triggerName(const QString &table, const char *op)
{
    return kPrefix + table + u'_' + QLatin1String(op);
}

void ChangeCapture::install(const QSqlDatabase &db)
{
    QStringList old;
    QSqlQuery existing = Sql::exec(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'capture\\_%' ESCAPE '\\'"));
    while (existing.next())
        old.append(existing.value(0).toString());
    for (const QString &name : std::as_const(old))
        Sql::exec(db, QStringLiteral("DROP TRIGGER ") + quoted(name));
    for (const QString &table : capturedTables(db)) {
        const QList<QPair<QString, bool>> columns = columnsOf(db, table);
        QStringList differs;
        for (const auto &column : std::as_const(columns))
            differs.append(QStringLiteral("OLD.%1 IS NOT NEW.%1").arg(quoted(column.first)));
        const QString t = quoted(table);
        const QString literal = u'\'' + table + u'\'';
        Sql::exec(db, QStringLiteral("CREATE TRIGGER %1 AFTER INSERT ON %2 BEGIN INSERT INTO change_log (tbl, row_id, op, new_values) "
                                     "VALUES (%3, NEW.rowid, 'insert', %4); END")
                          .arg(quoted(triggerName(table, "insert")), t, literal, jsonRow(columns, QStringLiteral("NEW"))));
        Sql::exec(db, QStringLiteral("CREATE TRIGGER %1 AFTER UPDATE ON %2 WHEN %3 BEGIN INSERT INTO change_log (tbl, row_id, op, old_values, "
                                     "new_values) VALUES (%4, NEW.rowid, 'update', %5, %6); END")
                          .arg(quoted(triggerName(table, "update")), t, differs.join(QStringLiteral(" OR ")), literal,
                               jsonRow(columns, QStringLiteral("OLD")), jsonRow(columns, QStringLiteral("NEW"))));
        Sql::exec(db, QStringLiteral("CREATE TRIGGER %1 AFTER DELETE ON %2 BEGIN INSERT INTO change_log (tbl, row_id, op, old_values) "
                                     "VALUES (%3, OLD.rowid, 'delete', %4); END")
                          .arg(quoted(triggerName(table, "delete")), t, literal, jsonRow(columns, QStringLiteral("OLD"))));
    }
}

QString ChangeCapture::triggerDigest(const QSqlDatabase &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery q = Sql::exec(db, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"));
    while (q.next())
        hash.addData((q.value(0).toString() + u'\n' + q.value(1).toString() + u'\n').toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

QString ChangeCapture::digest(const QSqlDatabase &db, qint64 first, qint64 last, qint64 *count)
{
    // Straight through the C API: a seal may cover a million rows.
    SqliteStatement rows(db, QStringLiteral("SELECT id, tbl, row_id, op, old_values, new_values FROM change_log "
                                            "WHERE id BETWEEN ? AND ? ORDER BY id"));
    rows.bind(1, first);
    rows.bind(2, last);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 n = 0;
    while (rows.next()) {
        ++n;
        for (int c = 0; c < 6; ++c) {
            // NULL and empty text differ: NULL is marked by a byte text never holds.
            const QByteArrayView text = rows.bytes(c);
            hash.addData(text.isNull() ? QByteArrayView("\x00", 1) : text);
            hash.addData(QByteArrayView("\x1f", 1));
        }
    }
    if (count)
        *count = n;
    return QString::fromLatin1(hash.result().toHex());
}

qint64 ChangeCapture::lastChange(const QSqlDatabase &db)
{
    return Sql::scalar(db, QStringLiteral("SELECT COALESCE(max(id), 0) FROM change_log")).toLongLong();
}

void ChangeCapture::seal(const QSqlDatabase &db, qint64 after)
{
    // Inside BEGIN IMMEDIATE nobody else writes, so every change after `after` is ours.
    const qint64 last = lastChange(db);
    if (last <= after)
        return;
    qint64 count = 0;
    const QString sha256 = digest(db, after + 1, last, &count);
    AuditLog::recordSeal(db, after + 1, last, count, sha256, triggerDigest(db));
}

QList<QPair<qint64, qint64>> ChangeCapture::sealedRanges(const QSqlDatabase &db)
{
    QList<QPair<qint64, qint64>> ranges;
    QSqlQuery q = Sql::exec(db, QStringLiteral("SELECT json_extract(new_values, '$.first'), json_extract(new_values, '$.last') FROM audit_log "
                                               "WHERE action = 'bulk' AND table_name = 'change_log' ORDER BY id"));
    while (q.next())
        ranges.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    return ranges;
}

namespace {

ChangeCapture::Change changeFrom(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
            q.value(2).toLongLong(), 0};
}

const QString kChangeSql = QStringLiteral("SELECT id, tbl, COALESCE(row_id, 0), op, COALESCE(old_values, ''), COALESCE(new_values, '') "
                                          "FROM change_log WHERE %1");

} // namespace

QList<ChangeCapture::Change> ChangeCapture::unsealed(const QSqlDatabase &db, int limit)
{
    // The gaps between sealed ranges, and what lies after the last.
    QList<Change> list;
    qint64 from = 1;
    QList<QPair<qint64, qint64>> ranges = sealedRanges(db);
    ranges.append({std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::max()});
    for (const auto &[first, last] : std::as_const(ranges)) {
        if (first > from) {
            QSqlQuery q = Sql::exec(db, kChangeSql.arg(QStringLiteral("id >= ? AND id < ? ORDER BY id LIMIT ?")),
                                    {from, first, limit - int(list.size())});
            while (q.next())
                list.append(changeFrom(q));
            if (list.size() >= limit)
                break;
        }
        from = qMax(from, last == std::numeric_limits<qint64>::max() ? last : last + 1);
    }
    return list;
}

qint64 ChangeCapture::unsealedCount(const QSqlDatabase &db)
{
    qint64 sealed = 0;
    for (const auto &[first, last] : sealedRanges(db))
        sealed += Sql::scalar(db, QStringLiteral("SELECT count(*) FROM change_log WHERE id BETWEEN ? AND ?"), {first, last}).toLongLong();
    return Sql::scalar(db, QStringLiteral("SELECT count(*) FROM change_log")).toLongLong() - sealed;
}

QList<ChangeCapture::Change> ChangeCapture::history(const QSqlDatabase &db, const QString &table, qint64 rowId, int limit)
{
    QList<Change> list;
    QSqlQuery q = Sql::exec(db, kChangeSql.arg(QStringLiteral("tbl = ? AND row_id = ? ORDER BY id DESC LIMIT ?")), {table, rowId, limit});
    while (q.next())
        list.append(changeFrom(q));
    if (list.size() < limit) {
        // A bulk load is one change for its whole range of rows.
        QSqlQuery bulk = Sql::exec(db, kChangeSql.arg(QStringLiteral(
                                           "tbl = ? AND row_id IS NULL AND op = 'insert' AND json_extract(new_values, '$.bulk.first') <= ? "
                                           "AND json_extract(new_values, '$.bulk.last') >= ? ORDER BY id DESC LIMIT 1")),
                                   {table, rowId, rowId});
        if (bulk.next()) {
            Change c = changeFrom(bulk);
            c.rowId = rowId;
            c.bulkRows = QJsonDocument::fromJson(c.newValues.toUtf8())[u"bulk"][u"rows"].toInteger();
            // Its values as inserted: the old values of its first captured change, or the row as it is.
            const QVariant first = Sql::scalar(db, QStringLiteral("SELECT old_values FROM change_log WHERE tbl = ? AND row_id = ? "
                                                                  "AND op IN ('update', 'delete') ORDER BY id LIMIT 1"), {table, rowId});
            c.newValues = first.isValid() ? first.toString()
                                          : Sql::scalar(db, QStringLiteral("SELECT %1 FROM %2 AS R WHERE rowid = ?")
                                                                .arg(rowValues(db, table, QStringLiteral("R")), quoted(table)), {rowId})
                                                .toString();
            list.append(c);
        }
    }
    if (list.isEmpty())
        return list;
    QSqlQuery seals = Sql::exec(db, QStringLiteral("SELECT id, json_extract(new_values, '$.first'), json_extract(new_values, '$.last') "
                                                   "FROM audit_log WHERE action = 'bulk' AND table_name = 'change_log' ORDER BY id"));
    QList<std::tuple<qint64, qint64, qint64>> ranges; // first, last, entry
    while (seals.next())
        ranges.append({seals.value(1).toLongLong(), seals.value(2).toLongLong(), seals.value(0).toLongLong()});
    for (Change &c : list) {
        const auto it = std::upper_bound(ranges.cbegin(), ranges.cend(), c.id,
                                         [](qint64 id, const auto &range) { return id < std::get<0>(range); });
        if (it != ranges.cbegin() && c.id <= std::get<1>(*std::prev(it)))
            c.sealedBy = std::get<2>(*std::prev(it));
    }
    return list;
}
