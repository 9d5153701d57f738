#include "EnterprisePageLoader.h"

#include "db/Database.h"
#include "db/DatabaseError.h"

EnterprisePageLoader::EnterprisePageLoader() = default;
EnterprisePageLoader::~EnterprisePageLoader() = default;

void EnterprisePageLoader::load(const QString &databasePath, int generation, const EnterpriseQuery &query, qint64 page,
                                int pageSize)
{
    try {
        const EnterpriseStore repository(database(databasePath).connection());
        emit loaded(generation, page, repository.page(query, page * pageSize, pageSize));
    } catch (const Error &error) {
        emit failed(generation, error.message(), error.details());
    }
}

void EnterprisePageLoader::count(const QString &databasePath, int generation, const EnterpriseQuery &query)
{
    try {
        const EnterpriseStore repository(database(databasePath).connection());
        emit counted(generation, repository.count(query));
    } catch (const Error &error) {
        emit failed(generation, error.message(), error.details());
    }
}

const Database &EnterprisePageLoader::database(const QString &path)
{
    if (!m_database || m_database->path() != path)
        // Read-only: the loader only reads, and a file on a network drive or held by another
        // window may be opened no other way.
        m_database = std::make_unique<Database>(Database::open(path, Database::OpenMode::ExistingOnly, Database::Access::ReadOnly));
    return *m_database;
}
