#pragma once

#include <QSqlDatabase>

// RAII write transaction: BEGIN IMMEDIATE on construction (so a second writer waits
// at the start instead of failing halfway), ROLLBACK on destruction unless commit()
// was called. Every write path in core holds one of these.
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();

    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();
    bool isActive() const { return m_active; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
};
