
#include "CliDatabase.h"
namespace {
bool s_readOnly = false;
} // namespace

void CliDatabase::setReadOnly(bool readOnly)
{
    s_readOnly = readOnly;
}

Database CliDatabase::open(const QString &path)
{
    return Database::open(path, Database::OpenMode::ExistingOnly,
                          s_readOnly ? Database::Access::ReadOnly : Database::Access::ReadWrite);
}
