#pragma once

#include <QSqlDatabase>
#include <QString>

// RAII write transaction: BEGIN IMMEDIATE on construction (so a second writer waits
// at the start instead of failing halfway), ROLLBACK on destruction unless commit()
// was called. Inside another transaction it becomes a SAVEPOINT, so engines that
// each guard their own writes can be composed into one all-or-nothing operation.
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
    QString m_savepoint; // empty for the outermost transaction
    bool m_active = false;
    qint64 m_captureFrom = 0; // the newest captured change when the transaction began
};
