#pragma once

#include <QSqlDatabase>

// Raises a connection's page cache for one bulk operation (a county-wide rewrite
// touches index pages all over the file) and restores it afterwards, also when the
// operation throws.
class ScopedCacheSize final
{
public:
    ScopedCacheSize(QSqlDatabase db, int kibibytes);
    ~ScopedCacheSize();

    ScopedCacheSize(const ScopedCacheSize &) = delete;
    ScopedCacheSize &operator=(const ScopedCacheSize &) = delete;

private:
    QSqlDatabase m_db;
    int m_previous = 0;
};
