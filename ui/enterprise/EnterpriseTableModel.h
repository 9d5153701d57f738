#pragma once

#include "registry/EnterpriseQuery.h"
#include "registry/EnterpriseRepository.h"

#include <QAbstractTableModel>
#include <QCache>

#include <optional>

// The register as a lazy table: the row count comes from one COUNT query, rows are
// fetched a page at a time when the view asks for them and kept in a bounded cache,
// and sorting or filtering only changes the SQL. A million rows cost a few pages of
// memory.
class EnterpriseTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int PageSize = 256;
    static constexpr int CachedPages = 64;

    explicit EnterpriseTableModel(QObject *parent = nullptr);

    void setDatabase(const QSqlDatabase &db);
    void setQuery(const EnterpriseQuery &query);
    const EnterpriseQuery &query() const { return m_query; }

    qint64 enterpriseId(int row) const;
    qint64 totalCount() const { return m_count; }
    int pagesFetched() const { return m_pagesFetched; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void countChanged(qint64 count);
    void loadFailed(const QString &message, const QString &details);

private:
    void reload();
    const EnterpriseRepository::Row *rowAt(int row) const;

    std::optional<EnterpriseRepository> m_repository;
    EnterpriseQuery m_query;
    qint64 m_count = 0;
    mutable QCache<qint64, QList<EnterpriseRepository::Row>> m_pages;
    mutable int m_pagesFetched = 0;
};
