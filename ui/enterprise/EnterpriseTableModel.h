#pragma once

#include "registry/EnterpriseQuery.h"
#include "registry/EnterpriseStore.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QSet>
#include <QThread>

#include <optional>

class EnterprisePageLoader;

// The register as a lazy table: rows are fetched a page at a time when the view asks for
// them and kept in a bounded cache, and sorting or filtering only changes the SQL. A
// million rows cost a few pages of memory. In Background mode the first page is read at
// once and shown, while the row count (one COUNT query) and the other pages arrive from a
// loader thread (rows show "…" meanwhile), as DB4S does; countChanged says when the count
// is known. Immediate mode reads everything on the spot (CLI, tests, benchmarks).
class EnterpriseTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int PageSize = 256;
    static constexpr int CachedPages = 64;

    enum class Loading { Background, Immediate };

    explicit EnterpriseTableModel(QObject *parent = nullptr);
    ~EnterpriseTableModel() override;

    void setLoading(Loading loading) { m_loading = loading; }
    void setDatabase(const QSqlDatabase &db);
    void setQuery(const EnterpriseQuery &query);
    const EnterpriseQuery &query() const { return m_query; }

    qint64 enterpriseId(int row) const;
    qint64 totalCount() const { return m_count; }
    // The loader is still counting: totalCount() is the rows read so far.
    bool isCounting() const { return m_counting; }
    int pagesFetched() const { return m_pagesFetched; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    bool isPageLoaded(int row) const { return m_pages.contains(row / PageSize); }

signals:
    void countChanged(qint64 count);
    void loadFailed(const QString &message, const QString &details);
    void requestPage(const QString &databasePath, int generation, const EnterpriseQuery &query, qint64 page, int pageSize);
    void requestCount(const QString &databasePath, int generation, const EnterpriseQuery &query);

private:
    void reload();
    // Returns the row if its page is cached; otherwise fetches it (Immediate, or
    // wait = true) or asks the loader for it and returns nullptr.
    const EnterpriseStore::Row *rowAt(int row, bool wait = false) const;
    void pageLoaded(int generation, qint64 page, const QList<EnterpriseStore::Row> &rows);
    void counted(int generation, qint64 count);

    std::optional<EnterpriseStore> m_repository;
    QString m_databasePath;
    Loading m_loading = Loading::Background;
    int m_generation = 0;
    mutable QSet<qint64> m_pending;
    QThread m_thread;
    EnterprisePageLoader *m_loader = nullptr;
    EnterpriseQuery m_query;
    qint64 m_count = 0;
    bool m_counting = false;
    mutable QCache<qint64, QList<EnterpriseStore::Row>> m_pages;
    mutable int m_pagesFetched = 0;
};
