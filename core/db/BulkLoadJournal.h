#pragma once

#include <QSqlDatabase>

// For a bulk load into a file no other connection has open (the command line's first
// import of a register): a rollback journal instead of the write-ahead log while it
// runs. The new pages, hundreds of megabytes for a county, are then written once into
// the file, instead of into the log first and copied again at the checkpoint. Pages appended to the
// file need no journal; only those that were there before are saved, so a rollback or a
// crash still leaves the file as it was. Commits are synced in full meanwhile.
//
// With another connection open (the desktop window has one), nothing changes: the switch
// is refused at once and the load runs in the log as always. Construct it before the
// transaction begins; its destructor, after the transaction has ended, restores the log.
class BulkLoadJournal final
{
public:
    explicit BulkLoadJournal(QSqlDatabase db);
    ~BulkLoadJournal();

    BulkLoadJournal(const BulkLoadJournal &) = delete;
    BulkLoadJournal &operator=(const BulkLoadJournal &) = delete;

    // Whether the rollback journal is in use.
    bool active() const { return m_active; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
    int m_synchronous = 1;
};
