#pragma once

#include "registry/EnterpriseQuery.h"
#include "registry/EnterpriseStore.h"

#include <QObject>

#include <memory>

class Database;

// Fetches pages of the register, and counts its rows, on its own thread through its own
// connection, so the window never waits for a deep page or a COUNT over a million rows. Results carry the
// request's generation; the model drops answers to questions no longer asked.
class EnterprisePageLoader final : public QObject
{
    Q_OBJECT

public:
    EnterprisePageLoader();
    ~EnterprisePageLoader() override;

public slots:
    void load(const QString &databasePath, int generation, const EnterpriseQuery &query, qint64 page, int pageSize);
    void count(const QString &databasePath, int generation, const EnterpriseQuery &query);

signals:
    void loaded(int generation, qint64 page, const QList<EnterpriseStore::Row> &rows);
    void counted(int generation, qint64 count);
    void failed(int generation, const QString &message, const QString &details);

private:
    const Database &database(const QString &path);

    std::unique_ptr<Database> m_database;
};
