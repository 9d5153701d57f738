#include "InListChecks.h"

#include "util/Refusal.h"
#include "Sql.h"

#include <QRegularExpression>
#include <QSqlQuery>

QString InListChecks::expand(const QString &createTable)
{
    static const QRegularExpression check(QStringLiteral("CHECK\\s*\\(\\s*(\\w+)\\s+IN\\s*\\(([^()]*)\\)\\s*\\)"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression literal(QStringLiteral("^('[^',]*'|-?\\d+)$"));
    QString result;
    qsizetype from = 0;
    QRegularExpressionMatchIterator it = check.globalMatch(createTable);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        QStringList terms;
        const QStringList values = m.captured(2).split(u',');
        for (const QString &value : values) {
            if (!literal.match(value.trimmed()).hasMatch()) {
                terms.clear();
                break;
            }
            terms.append(m.captured(1) + QStringLiteral(" = ") + value.trimmed());
        }
        if (terms.isEmpty())
            continue;
        result += QStringView(createTable).mid(from, m.capturedStart() - from);
        result += QStringLiteral("CHECK (") + terms.join(QStringLiteral(" OR ")) + u')';
        from = m.capturedEnd();
    }
    result += QStringView(createTable).mid(from);
    return result;
}

namespace {

void writeDefinitions(const QSqlDatabase &db, const QList<QPair<QString, QString>> &changed)
{
    const int version = Sql::scalar(db, QStringLiteral("PRAGMA schema_version")).toInt();
    Sql::exec(db, QStringLiteral("PRAGMA writable_schema = ON"));
    for (const auto &[table, sql] : changed)
        Sql::exec(db, QStringLiteral("UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?"), {sql, table});
    // A new schema version makes every connection read the changed definitions.
    Sql::exec(db, QStringLiteral("PRAGMA schema_version = %1").arg(version + 1));
    Sql::exec(db, QStringLiteral("PRAGMA writable_schema = OFF"));
}

} // namespace

void InListChecks::allow(const QSqlDatabase &db, const QString &table, const QString &column, const QStringList &values)
{
    const QString sql = Sql::scalar(db, QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?"), {table}).toString();
    const QRegularExpression check(QStringLiteral("CHECK \\((%1 = '[^']*'(?: OR %1 = '[^']*')*)\\)").arg(QRegularExpression::escape(column)));
    const QRegularExpressionMatch m = check.match(sql);
    if (!m.hasMatch())
        throw Refusal(QStringLiteral("No check on %1.%2 to widen.").arg(table, column));
    QString terms = m.captured(1);
    for (const QString &value : values) {
        const QString term = QStringLiteral("%1 = '%2'").arg(column, value);
        if (!terms.contains(term))
            terms += QStringLiteral(" OR ") + term;
    }
    QString widened = sql;
    widened.replace(m.capturedStart(1), m.capturedLength(1), terms);
    writeDefinitions(db, {{table, widened}});
}

int InListChecks::rewrite(const QSqlDatabase &db)
{
    QList<QPair<QString, QString>> changed; // table, new text
    {
        QSqlQuery q = Sql::exec(db, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE TABLE%'"));
        while (q.next()) {
            const QString sql = q.value(1).toString();
            const QString expanded = expand(sql);
            if (expanded != sql)
                changed.append({q.value(0).toString(), expanded});
        }
    }
    if (changed.isEmpty())
        return 0;
    writeDefinitions(db, changed);
    return int(changed.size());
}
