#include "ScopedPragma.h"

#include "Sql.h"

#include <QSqlQuery>

ScopedPragma::ScopedPragma(QSqlDatabase db, const char *name, int value)
    : m_db(std::move(db))
    , m_name(QString::fromLatin1(name))
    , m_previous(Sql::scalar(m_db, QStringLiteral("PRAGMA ") + m_name))
{
    Sql::exec(m_db, QStringLiteral("PRAGMA %1 = %2").arg(m_name).arg(value));
}

ScopedPragma::~ScopedPragma()
{
    QSqlQuery restore(m_db);
    restore.exec(QStringLiteral("PRAGMA %1 = %2").arg(m_name).arg(m_previous.toLongLong()));
}
