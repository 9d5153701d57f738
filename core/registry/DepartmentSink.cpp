#include "DepartmentSink.h"

#include "io/ValueAliases.h"
#include "db/Sql.h"

#include <QCryptographicHash>
#include <QSqlQuery>

DepartmentSink::DepartmentSink(const QSqlDatabase &db, const ImportKind &kind, ImportReport &report)
    : m_db(db)
    , m_kind(kind)
    , m_report(report)
{
    QSqlQuery q = Sql::exec(m_db, QStringLiteral("SELECT code, name FROM department"));
    while (q.next())
        m_codeOwner.insert(q.value(0).toString(), q.value(1).toString());
}

QString DepartmentSink::value(const QStringList &values, const char *name) const
{
    for (int i = 0; i < m_kind.fields.size(); ++i) {
        if (m_kind.fields.at(i).name == QLatin1String(name))
            return values.value(i).trimmed();
    }
    return {};
}

QString DepartmentSink::shortName(const QString &fullName)
{
    // What every import compares names by: the county's prefix and the body's ending gone.
    return ValueAliases::core(fullName);
}

QString DepartmentSink::derivedCode(const QString &fullName)
{
    // Stable across imports of the same list: from the name, not the row.
    const QByteArray digest = QCryptographicHash::hash(fullName.trimmed().toUtf8(), QCryptographicHash::Sha1).toHex();
    return QStringLiteral("D-") + QString::fromLatin1(digest.left(8)).toUpper();
}

void DepartmentSink::write(const QStringList &values, const Reject &reject)
{
    const QString name = value(values, "name");
    QString code = value(values, "code");
    if (code.isEmpty())
        code = derivedCode(name);
    const QString owner = m_codeOwner.value(code);
    if (!owner.isEmpty() && owner != name) {
        reject(QStringLiteral("code"), code, tr("the code is already %1's").arg(owner));
        return;
    }
    m_codeOwner.insert(code, name);
    QString shortened = value(values, "short_name");
    if (shortened.isEmpty())
        shortened = shortName(name);
    QSqlQuery found = Sql::exec(m_db, QStringLiteral("SELECT id, code, short_name FROM department WHERE name = ?"), {name});
    if (!found.next()) {
        Sql::exec(m_db, QStringLiteral("INSERT INTO department (code, name, short_name) VALUES (?, ?, ?)"), {code, name, shortened});
        ++m_report.inserted;
        return;
    }
    if (found.value(1).toString() == code && found.value(2).toString() == shortened) {
        ++m_report.unchanged;
        return;
    }
    m_codeOwner.remove(found.value(1).toString());
    Sql::exec(m_db, QStringLiteral("UPDATE department SET code = ?, short_name = ? WHERE id = ?"), {code, shortened, found.value(0)});
    ++m_report.updated;
}
