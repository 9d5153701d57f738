#include "UniqueConstraintIndex.h"

#include "Sql.h"

#include <QRegularExpression>
#include <QSqlQuery>

QString UniqueConstraintIndex::withoutUnique(const QString &createTable, const QString &column)
{
    // The column's definition runs from its name (after "(" or ",") to the next comma or
    // the closing parenthesis; our column definitions hold no parentheses before UNIQUE.
    const QRegularExpression definition(QStringLiteral("([(,]\\s*%1\\s[^,()]*?)\\s+UNIQUE\\b").arg(QRegularExpression::escape(column)),
                                        QRegularExpression::CaseInsensitiveOption);
    QString result = createTable;
    const QRegularExpressionMatch m = definition.match(result);
    if (m.hasMatch())
        result.replace(m.capturedStart(), m.capturedLength(), m.captured(1));
    return result;
}

bool UniqueConstraintIndex::promote(const QSqlDatabase &db, const QString &table, const QString &column, const QString &indexName)
{
    // The constraint's own index: origin 'u', one column, the one asked for.
    QString autoIndex;
    {
        QSqlQuery q = Sql::exec(db, QStringLiteral("SELECT l.name FROM pragma_index_list(?) l WHERE l.origin = 'u' AND "
                                                   "(SELECT count(*) FROM pragma_index_info(l.name)) = 1 AND "
                                                   "(SELECT i.name FROM pragma_index_info(l.name) i) = ?"),
                                {table, column});
        if (q.next())
            autoIndex = q.value(0).toString();
    }
    const QString createTable = Sql::scalar(db, QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?"), {table}).toString();
    const QString changed = withoutUnique(createTable, column);
    if (autoIndex.isEmpty() || changed == createTable)
        return false;
    const int version = Sql::scalar(db, QStringLiteral("PRAGMA schema_version")).toInt();
    Sql::exec(db, QStringLiteral("PRAGMA writable_schema = ON"));
    Sql::exec(db, QStringLiteral("UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?"), {changed, table});
    Sql::exec(db, QStringLiteral("UPDATE sqlite_master SET name = ?, sql = ? WHERE type = 'index' AND name = ?"),
              {indexName, QStringLiteral("CREATE UNIQUE INDEX %1 ON %2(%3)").arg(indexName, table, column), autoIndex});
    // A new schema version makes every connection read the changed definitions.
    Sql::exec(db, QStringLiteral("PRAGMA schema_version = %1").arg(version + 1));
    Sql::exec(db, QStringLiteral("PRAGMA writable_schema = OFF"));
    return true;
}
