#include "ImportReadAhead.h"

namespace {
constexpr size_t kBatchRows = 1024;
constexpr size_t kBatchesAhead = 8; // bounds the memory held: ~8,000 rows
} // namespace

ImportReadAhead::ImportReadAhead(TableReader &reader, QList<TableRow> head, Parse parse)
    : m_reader(reader)
    , m_head(std::move(head))
    , m_parse(std::move(parse))
    , m_thread([this] { work(); })
{
}

ImportReadAhead::~ImportReadAhead()
{
    m_stop = true;
    m_changed.notify_all();
    m_thread.join();
}

void ImportReadAhead::work()
{
    std::vector<Row> batch;
    batch.reserve(kBatchRows);
    std::vector<std::vector<Row>> spent, pool;
    auto hand = [&] {
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_changed.wait(lock, [&] { return m_stop || m_ready.size() < kBatchesAhead; });
            if (m_stop)
                return false;
            m_ready.push_back(std::move(batch));
            spent.swap(m_spent);
            m_changed.notify_all();
        }
        // Rows freed here, by the thread whose heap they came from (freeing them on the
        // writing thread made the allocator's arenas contend); the batches' storage is
        // used again rather than given back and asked for anew.
        for (std::vector<Row> &used : spent) {
            used.clear();
            pool.push_back(std::move(used));
        }
        spent.clear();
        if (pool.empty()) {
            batch = {};
            batch.reserve(kBatchRows);
        } else {
            batch = std::move(pool.back());
            pool.pop_back();
        }
        return true;
    };
    auto take = [&](const TableRow &source) {
        Row row;
        if (!m_parse(source, row))
            return true;
        batch.push_back(std::move(row));
        return batch.size() < kBatchRows || hand();
    };
    try {
        bool going = true;
        for (const TableRow &source : std::as_const(m_head))
            going = going && take(source);
        TableRow source;
        while (going && !m_stop && m_reader.next(source)) {
            going = take(source);
            if ((batch.size() & 0xFF) == 0)
                m_percent = m_reader.percentRead();
        }
        if (going && !batch.empty())
            hand();
    } catch (...) {
        // Hand out what was read before the error, then the error.
        std::lock_guard<std::mutex> lock(m_mutex);
        if (!batch.empty())
            m_ready.push_back(std::move(batch));
        m_error = std::current_exception();
    }
    std::lock_guard<std::mutex> lock(m_mutex);
    m_done = true;
    m_changed.notify_all();
}

bool ImportReadAhead::next(std::vector<Row> &batch)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [&] { return !m_ready.empty() || m_done; });
    if (!m_ready.empty()) {
        if (!batch.empty())
            m_spent.push_back(std::move(batch));
        batch = std::move(m_ready.front());
        m_ready.pop_front();
        m_changed.notify_all();
        return true;
    }
    if (m_error)
        std::rethrow_exception(std::exchange(m_error, nullptr));
    return false;
}
