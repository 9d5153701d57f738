#include "RecordSink.h"

#include "ValueAliases.h"
#include "ValueResolver.h"
#include "db/Sql.h"
#include "validation/TextNormalizer.h"

#include <QCryptographicHash>
#include <QSqlQuery>

RecordSink::RecordSink(const QSqlDatabase &db, const ImportKind &kind, ImportReport &report)
    : m_db(db)
    , m_kind(kind)
    , m_report(report)
    , m_departments(db)
{
}

QString RecordSink::value(const QStringList &fields, const char *name) const
{
    for (int i = 0; i < m_kind.fields.size(); ++i) {
        if (m_kind.fields.at(i).name == QLatin1String(name))
            return fields.value(i);
    }
    return {};
}

QString RecordSink::resolved(const QString &kind, const QString &text) const
{
    return m_values ? m_values->resolve(kind, text) : text;
}

QString RecordSink::label(const char *field) const
{
    const ImportKind::Field *f = m_kind.field(QString::fromLatin1(field));
    return f ? f->label : QString::fromLatin1(field);
}

QString RecordSink::suggestion(const QString &kind, const QString &value) const
{
    auto it = m_targets.find(kind);
    if (it == m_targets.end())
        it = m_targets.insert(kind, ValueAliases::targets(m_db, kind));
    const QString best = ValueAliases::suggest(value, *it);
    // A department is suggested by its full name, whichever of its names came closest.
    if (kind == u"department" && !best.isEmpty())
        return m_departments.name(m_departments.find(best));
    return best;
}

qint64 RecordSink::registeredEnterprise(const QStringList &fields, const Reject &reject, const char *usccField,
                                          const char *nameField) const
{
    const QString uscc = TextNormalizer::code(value(fields, usccField));
    QSqlQuery found = Sql::exec(m_db, QStringLiteral("SELECT id, name FROM enterprise WHERE uscc = ?"), {uscc});
    if (!found.next()) {
        reject(QString::fromLatin1(usccField), uscc, tr("no enterprise with this code in the register; import the register first"));
        return 0;
    }
    const QString registered = found.value(1).toString();
    const QString named = value(fields, nameField);
    auto same = [](const QString &text) { return TextNormalizer::toHalfWidth(text).simplified().remove(u' '); };
    if (same(registered) != same(named)) {
        reject(QString::fromLatin1(nameField), named, tr("the register names the enterprise with this code %1").arg(registered));
        return 0;
    }
    return found.value(0).toLongLong();
}

qint64 RecordSink::department(const QStringList &fields, const Reject &reject, const char *field) const
{
    const QString text = value(fields, field);
    const qint64 id = m_departments.find(resolved(QStringLiteral("department"), text));
    if (id == 0) {
        const QString closest = suggestion(QStringLiteral("department"), text);
        m_report.noteUnresolved(QStringLiteral("department"), label(field), text, closest);
        reject(QString::fromLatin1(field), text,
               closest.isEmpty() ? tr("no department of this name; departments come from the county's list (import departments)")
                                 : tr("no department of this name; perhaps %1 (map the value to import)").arg(closest));
    }
    return id;
}

void RecordSink::upsert(const QString &table, const QStringList &keyColumns, const QList<QPair<QString, QVariant>> &columns)
{
    QStringList where;
    QVariantList keyValues;
    QStringList names;
    for (const auto &[column, v] : columns) {
        if (keyColumns.contains(column)) {
            where.append(column + QStringLiteral(" = ?"));
            keyValues.append(v);
        }
        names.append(column);
    }
    QSqlQuery found = Sql::exec(m_db, QStringLiteral("SELECT id, %1 FROM %2 WHERE %3")
                                          .arg(names.join(QStringLiteral(", ")), table, where.join(QStringLiteral(" AND "))),
                                keyValues);
    if (!found.next()) {
        QStringList insertNames;
        QStringList marks;
        QVariantList binds;
        for (const auto &[column, v] : columns) {
            if (v.isNull() || v.toString().isEmpty())
                continue;
            insertNames.append(column);
            marks.append(QStringLiteral("?"));
            binds.append(v);
        }
        Sql::exec(m_db, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, insertNames.join(u','), marks.join(u',')), binds);
        ++m_report.inserted;
        return;
    }
    QStringList sets;
    QVariantList binds;
    for (int i = 0; i < columns.size(); ++i) {
        const QVariant &v = columns.at(i).second;
        if (!v.isNull() && !v.toString().isEmpty() && v.toString() != found.value(i + 1).toString()) {
            sets.append(columns.at(i).first + QStringLiteral(" = ?"));
            binds.append(v);
        }
    }
    const qint64 id = found.value(0).toLongLong();
    if (sets.isEmpty()) {
        ++m_report.unchanged;
        return;
    }
    binds.append(id);
    Sql::exec(m_db, QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets.join(QStringLiteral(", "))), binds);
    ++m_report.updated;
}
