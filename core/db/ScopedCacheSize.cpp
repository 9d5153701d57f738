#include "ScopedCacheSize.h"

#include "Sql.h"

#include <QSqlQuery>

ScopedCacheSize::ScopedCacheSize(QSqlDatabase db, int kibibytes)
    : m_db(std::move(db))
    , m_previous(Sql::scalar(m_db, QStringLiteral("PRAGMA cache_size")).toInt())
{
    // A negative cache_size is in KiB.
    Sql::exec(m_db, QStringLiteral("PRAGMA cache_size = %1").arg(-kibibytes));
}

ScopedCacheSize::~ScopedCacheSize()
{
    QSqlQuery restore(m_db);
    restore.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previous));
}
