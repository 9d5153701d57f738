
#include "CliDatabase.h"

#include <QTextStream>
namespace {
bool s_readOnly = false;
} // namespace

void CliDatabase::setReadOnly(bool readOnly)
{
    s_readOnly = readOnly;
}

Database CliDatabase::open(const QString &path)
{
    Database db = Database::open(path, Database::OpenMode::ExistingOnly, s_readOnly ? Database::Access::ReadOnly : Database::Access::ReadWrite);
    // Said once, on the way in, whatever the command prints after it.
    if (!db.notice().isEmpty())
        QTextStream(stderr) << db.notice() << Qt::endl;
    return db;
}
