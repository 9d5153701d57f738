#pragma once

#include "ImportReport.h"
#include "TableReader.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

// Reads and checks a file's rows on a thread of its own while the importer writes
// the rows before them: on a two-core office PC reading, decoding and validating a
// big roster then costs little more than writing it. Rows come out in file order, in
// batches; an error of the reader (a quote never closed …) comes out where it
// happened, after the rows before it.
class ImportReadAhead final
{
public:
    struct Row
    {
        TableRow source;
        QStringList values;                  // by the kind's field order
        QList<ImportReport::Issue> issues;   // what the checks of the cells found
    };
    // Fills out from a row of the file; false skips the row (empty, or above the header).
    // Runs on the reading thread: it may only touch what it owns.
    using Parse = std::function<bool(const TableRow &, Row &out)>;

    ImportReadAhead(TableReader &reader, QList<TableRow> head, Parse parse);
    ~ImportReadAhead();
    ImportReadAhead(const ImportReadAhead &) = delete;
    ImportReadAhead &operator=(const ImportReadAhead &) = delete;

    // The next batch (replacing batch's contents); false at the end. Rethrows the
    // reading thread's error once the rows before it have been handed out.
    bool next(std::vector<Row> &batch);
    // How far the reading thread has got, 0–100 (or -1 when unknown).
    int percentRead() const { return m_percent.load(); }

private:
    void work();

    TableReader &m_reader;
    QList<TableRow> m_head;
    Parse m_parse;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::vector<Row>> m_ready;
    std::vector<std::vector<Row>> m_spent; // handed back to be freed by the thread that allocated them
    bool m_done = false;
    std::exception_ptr m_error;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_percent{0};
    std::thread m_thread;
};
