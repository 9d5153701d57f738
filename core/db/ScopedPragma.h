#pragma once

#include <QSqlDatabase>
#include <QVariant>

// Sets one of a connection's pragmas for one bulk operation and restores it afterwards,
// also when the operation throws: a larger page cache for a county-wide rewrite (it
// touches index pages all over the file), a small one and a sorting thread while
// indexes are built (see DeferredIndexes::rebuild). A negative cache_size is in KiB.
class ScopedPragma final
{
public:
    ScopedPragma(QSqlDatabase db, const char *name, int value);
    ~ScopedPragma();

    ScopedPragma(const ScopedPragma &) = delete;
    ScopedPragma &operator=(const ScopedPragma &) = delete;

private:
    QSqlDatabase m_db;
    QString m_name;
    QVariant m_previous;
};
