#include "ChangeCapture.h"

#include "AuditLog.h"
#include "Sql.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

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
                                          QStringLiteral("credit_dirty")};
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

void ChangeCapture::install(const QSqlDatabase &db)
{
    QStringList old;
    QSqlQuery existing = Sql::exec(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'capture\\_%' ESCAPE '\\'"));
    while (existing.next())
        old.append(existing.value(0).toString());
    for (const QString &name : std::as_const(old))
        Sql::exec(db, QStringLiteral("DROP TRIGGER ") + quoted(name));
    for (const QString &table : capturedTables(db)) {
        QList<QPair<QString, bool>> columns;
        QSqlQuery info = Sql::exec(db, QStringLiteral("SELECT name, upper(type) FROM pragma_table_info(?)"), {table});
        while (info.next())
            columns.append({info.value(0).toString(), info.value(1).toString().contains(QStringLiteral("BLOB"))});
        QStringList differs;
        for (const auto &column : std::as_const(columns))
            differs.append(QStringLiteral("OLD.%1 IS NOT NEW.%1").arg(quoted(column.first)));
        const QString t = quoted(table);
        const QString literal = u'\'' + table + u'\'';
        Sql::exec(db, QStringLiteral("CREATE TRIGGER %1 AFTER INSERT ON %2 BEGIN INSERT INTO change_log (tbl, row_id, op, new_values) "
                                     "VALUES (%3, NEW.rowid, 'insert', %4); END")
                          .arg(quoted(kPrefix + table + QStringLiteral("_insert")), t, literal, jsonRow(columns, QStringLiteral("NEW"))));
        Sql::exec(db, QStringLiteral("CREATE TRIGGER %1 AFTER UPDATE ON %2 WHEN %3 BEGIN INSERT INTO change_log (tbl, row_id, op, old_values, "
                                     "new_values) VALUES (%4, NEW.rowid, 'update', %5, %6); END")
                          .arg(quoted(kPrefix + table + QStringLiteral("_update")), t, differs.join(QStringLiteral(" OR ")), literal,
                               jsonRow(columns, QStringLiteral("OLD")), jsonRow(columns, QStringLiteral("NEW"))));
        Sql::exec(db, QStringLiteral("CREATE TRIGGER %1 AFTER DELETE ON %2 BEGIN INSERT INTO change_log (tbl, row_id, op, old_values) "
                                     "VALUES (%3, OLD.rowid, 'delete', %4); END")
                          .arg(quoted(kPrefix + table + QStringLiteral("_delete")), t, literal, jsonRow(columns, QStringLiteral("OLD"))));
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

namespace {

QString digestOf(QSqlQuery &q, qint64 *count)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 n = 0;
    while (q.next()) {
        ++n;
        QByteArray line;
        for (int c = 0; c < 7; ++c) {
            line += q.value(c).toString().toUtf8();
            line += '\x1f';
        }
        line += '\n';
        hash.addData(line);
    }
    if (count)
        *count = n;
    return QString::fromLatin1(hash.result().toHex());
}

const QString kDigestSql = QStringLiteral("SELECT id, at, tbl, COALESCE(row_id, ''), op, COALESCE(old_values, '-'), COALESCE(new_values, '-') "
                                          "FROM change_log WHERE %1 ORDER BY id");

} // namespace

QString ChangeCapture::digest(const QSqlDatabase &db, qint64 sealId, qint64 *count)
{
    QSqlQuery q = Sql::exec(db, kDigestSql.arg(QStringLiteral("sealed_by = ?")), {sealId});
    return digestOf(q, count);
}

qint64 ChangeCapture::lastChange(const QSqlDatabase &db)
{
    return Sql::scalar(db, QStringLiteral("SELECT COALESCE(max(id), 0) FROM change_log")).toLongLong();
}

void ChangeCapture::seal(const QSqlDatabase &db, qint64 after)
{
    QSqlQuery changes = Sql::exec(db, kDigestSql.arg(QStringLiteral("id > ? AND sealed_by IS NULL")), {after});
    qint64 count = 0;
    const QString sha256 = digestOf(changes, &count);
    if (count == 0)
        return;
    const qint64 seal = AuditLog::recordSeal(db, count, sha256, triggerDigest(db));
    Sql::exec(db, QStringLiteral("UPDATE change_log SET sealed_by = ? WHERE id > ? AND sealed_by IS NULL"), {seal, after});
}

QList<ChangeCapture::Change> ChangeCapture::unsealed(const QSqlDatabase &db, int limit)
{
    QList<Change> list;
    QSqlQuery q = Sql::exec(db, QStringLiteral("SELECT id, at, tbl, COALESCE(row_id, 0), op, COALESCE(old_values, ''), COALESCE(new_values, '') "
                                               "FROM change_log WHERE sealed_by IS NULL ORDER BY id LIMIT ?"),
                            {limit});
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(4).toString(), q.value(5).toString(),
                     q.value(6).toString(), q.value(3).toLongLong(), 0});
    return list;
}

qint64 ChangeCapture::unsealedCount(const QSqlDatabase &db)
{
    return Sql::scalar(db, QStringLiteral("SELECT count(*) FROM change_log WHERE sealed_by IS NULL")).toLongLong();
}

QList<ChangeCapture::Change> ChangeCapture::history(const QSqlDatabase &db, const QString &table, qint64 rowId, int limit)
{
    QList<Change> list;
    QSqlQuery q = Sql::exec(db, QStringLiteral("SELECT id, at, tbl, row_id, op, COALESCE(old_values, ''), COALESCE(new_values, ''), "
                                               "COALESCE(sealed_by, 0) FROM change_log WHERE tbl = ? AND row_id = ? ORDER BY id DESC LIMIT ?"),
                            {table, rowId, limit});
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(4).toString(), q.value(5).toString(),
                     q.value(6).toString(), q.value(3).toLongLong(), q.value(7).toLongLong()});
    return list;
}
