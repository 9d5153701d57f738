#include "DepartmentDirectory.h"

#include "db/Sql.h"
#include "validation/TextNormalizer.h"

#include <QSqlQuery>

namespace {
QString key(const QString &text)
{
    return TextNormalizer::toHalfWidth(text).simplified().remove(u' ');
}
} // namespace

DepartmentDirectory::DepartmentDirectory(const QSqlDatabase &db)
{
    QSqlQuery q = Sql::exec(db, QStringLiteral("SELECT id, code, name, short_name FROM department"));
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        m_codes.insert(id, q.value(1).toString());
        m_names.insert(id, q.value(2).toString());
        for (int c = 1; c <= 3; ++c)
            m_ids.insert(key(q.value(c).toString()), id);
    }
}

qint64 DepartmentDirectory::find(const QString &text) const
{
    return m_ids.value(key(text), 0);
}

QList<QPair<qint64, QString>> DepartmentDirectory::all(const QSqlDatabase &db)
{
    QSqlQuery q = Sql::exec(db, QStringLiteral("SELECT id, name FROM department ORDER BY code"));
    QList<QPair<qint64, QString>> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString()});
    return list;
}
