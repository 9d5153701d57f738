#include "EnterprisePageLoader.h"

#include "db/Database.h"
#include "db/DatabaseError.h"

EnterprisePageLoader::EnterprisePageLoader() = default;
EnterprisePageLoader::~EnterprisePageLoader() = default;

void EnterprisePageLoader::load(const QString &databasePath, int generation, const EnterpriseQuery &query, qint64 page,
                                int pageSize)
{
    try {
        if (!m_database || m_database->path() != databasePath)
            m_database = std::make_unique<Database>(Database::open(databasePath, Database::OpenMode::ExistingOnly));
        const EnterpriseRepository repository(m_database->connection());
        emit loaded(generation, page, repository.page(query, page * pageSize, pageSize));
    } catch (const Error &error) {
        emit failed(generation, error.message(), error.details());
    }
}
