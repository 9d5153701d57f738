#include "EnterpriseTableModel.h"

#include "db/DatabaseError.h"
#include "EnterprisePageLoader.h"
#include "domain/EnterpriseLabels.h"
#include "domain/CreditTier.h"

EnterpriseTableModel::EnterpriseTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_loader(new EnterprisePageLoader)
    , m_pages(CachedPages)
{
    qRegisterMetaType<EnterpriseQuery>();
    qRegisterMetaType<QList<EnterpriseStore::Row>>();
    m_loader->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_loader, &QObject::deleteLater);
    connect(this, &EnterpriseTableModel::requestPage, m_loader, &EnterprisePageLoader::load);
    connect(m_loader, &EnterprisePageLoader::loaded, this, &EnterpriseTableModel::pageLoaded);
    connect(this, &EnterpriseTableModel::requestCount, m_loader, &EnterprisePageLoader::count);
    connect(m_loader, &EnterprisePageLoader::counted, this, &EnterpriseTableModel::counted);
    connect(m_loader, &EnterprisePageLoader::failed, this, [this](int generation, const QString &message, const QString &details) {
        if (generation != m_generation)
            return;
        const bool counting = m_counting;
        m_counting = false;
        emit loadFailed(message, details);
        // Whoever waits for the count hears that it is what was read so far.
        if (counting)
            emit countChanged(m_count);
    });
    m_thread.start();
}

EnterpriseTableModel::~EnterpriseTableModel()
{
    m_thread.quit();
    m_thread.wait();
}

void EnterpriseTableModel::setDatabase(const QSqlDatabase &db)
{
    m_repository.emplace(db);
    m_databasePath = db.databaseName();
    reload();
}

void EnterpriseTableModel::pageLoaded(int generation, qint64 page, const QList<EnterpriseStore::Row> &rows)
{
    if (generation != m_generation)
        return; // an answer for a query that has changed since
    m_pending.remove(page);
    m_pages.insert(page, new QList<EnterpriseStore::Row>(rows));
    ++m_pagesFetched;
    const int first = int(page * PageSize);
    const int last = int(qMin<qint64>(m_count, first + qint64(rows.size())) - 1);
    if (last >= first)
        emit dataChanged(index(first, 0), index(last, EnterpriseQuery::ColumnCount - 1));
}

void EnterpriseTableModel::setQuery(const EnterpriseQuery &query)
{
    if (query == m_query)
        return;
    m_query = query;
    reload();
}

void EnterpriseTableModel::reload()
{
    beginResetModel();
    ++m_generation;
    m_pages.clear();
    m_pending.clear();
    m_count = 0;
    m_counting = false;
    if (m_repository && m_loading == Loading::Immediate) {
        try {
            m_count = m_repository->count(m_query);
        } catch (const Error &error) {
            emit loadFailed(error.message(), error.details());
        }
        if (m_count > 0)
            rowAt(0, true);
    } else if (m_repository) {
        // The first page is read at once (an empty flash of "…" on every search helps
        // nobody); a full page means there may be more, which the loader counts.
        if (rowAt(0, true))
            m_count = m_pages.object(0)->size();
        m_counting = m_count == PageSize;
        if (m_counting)
            emit requestCount(m_databasePath, m_generation, m_query);
    }
    endResetModel();
    if (!m_counting)
        emit countChanged(m_count);
}

void EnterpriseTableModel::counted(int generation, qint64 count)
{
    if (generation != m_generation)
        return; // the count of a query that has changed since
    m_counting = false;
    // Rows another program added or deleted since the first page are counted as they are now.
    if (count > m_count) {
        beginInsertRows(QModelIndex(), int(m_count), int(count - 1));
        m_count = count;
        endInsertRows();
    } else if (count < m_count) {
        beginRemoveRows(QModelIndex(), int(count), int(m_count - 1));
        m_count = count;
        endRemoveRows();
    }
    emit countChanged(m_count);
}

const EnterpriseStore::Row *EnterpriseTableModel::rowAt(int row, bool wait) const
{
    const qint64 pageIndex = row / PageSize;
    QList<EnterpriseStore::Row> *page = m_pages.object(pageIndex);
    if (!page && !wait && m_loading == Loading::Background) {
        if (!m_pending.contains(pageIndex)) {
            m_pending.insert(pageIndex);
            emit const_cast<EnterpriseTableModel *>(this)->requestPage(m_databasePath, m_generation, m_query, pageIndex, PageSize);
        }
        return nullptr;
    }
    if (!page) {
        auto *fetched = new QList<EnterpriseStore::Row>();
        try {
            *fetched = m_repository->page(m_query, pageIndex * PageSize, PageSize);
        } catch (const Error &error) {
            delete fetched;
            emit const_cast<EnterpriseTableModel *>(this)->loadFailed(error.message(), error.details());
            return nullptr;
        }
        ++m_pagesFetched;
        page = fetched;
        m_pages.insert(pageIndex, fetched);
    }
    const int offset = row % PageSize;
    // Rows may have been deleted by another program since the count was taken.
    return offset < page->size() ? &page->at(offset) : nullptr;
}

qint64 EnterpriseTableModel::enterpriseId(int row) const
{
    // Someone needs this row now (a click): read its page if it has not arrived.
    const EnterpriseStore::Row *r = (row >= 0 && row < m_count) ? rowAt(row, true) : nullptr;
    return r ? r->id : 0;
}

int EnterpriseTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_count);
}

int EnterpriseTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : EnterpriseQuery::ColumnCount;
}

QVariant EnterpriseTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::TextAlignmentRole))
        return {};
    if (role == Qt::TextAlignmentRole)
        return index.column() == EnterpriseQuery::Score ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    const EnterpriseStore::Row *row = rowAt(index.row());
    if (!row)
        return role == Qt::DisplayRole ? QVariant(QStringLiteral("…")) : QVariant();
    switch (index.column()) {
    case EnterpriseQuery::Uscc: return row->uscc;
    case EnterpriseQuery::Name: return row->name;
    case EnterpriseQuery::Township: return row->township;
    case EnterpriseQuery::Industry: return row->industry;
    case EnterpriseQuery::RegistrationDate: return row->registrationDate;
    case EnterpriseQuery::Status: return EnterpriseLabels::status(row->status);
    case EnterpriseQuery::Score: return row->score;
    case EnterpriseQuery::Tier:
        return role == Qt::ToolTipRole ? CreditTier::nameOf(row->tier) : QVariant(row->tier);
    default: return {};
    }
}

QVariant EnterpriseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case EnterpriseQuery::Uscc: return tr("USCC");
    case EnterpriseQuery::Name: return tr("Name");
    case EnterpriseQuery::Township: return tr("Township");
    case EnterpriseQuery::Industry: return tr("Industry");
    case EnterpriseQuery::RegistrationDate: return tr("Registered");
    case EnterpriseQuery::Status: return tr("Status");
    case EnterpriseQuery::Score: return tr("Credit score");
    case EnterpriseQuery::Tier: return tr("Tier");
    default: return {};
    }
}

void EnterpriseTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= EnterpriseQuery::ColumnCount)
        return;
    EnterpriseQuery query = m_query;
    query.sortColumn = EnterpriseQuery::Column(column);
    query.descending = order == Qt::DescendingOrder;
    setQuery(query);
}
