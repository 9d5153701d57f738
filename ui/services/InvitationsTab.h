#pragma once

#include <QWidget>

class Database;
class QTableWidget;

// Invitations (邀约式检查): the list, and requesting, scheduling with a "1 + 1" team,
// recording the advice, or declining.
class InvitationsTab final : public QWidget
{
    Q_OBJECT

public:
    explicit InvitationsTab(QWidget *parent = nullptr);

    void setDatabase(Database *database);
    void refresh();
    QTableWidget *table() const { return m_table; }

private:
    void newInvitation();
    void schedule();
    void advise();
    void decline();

    Database *m_database = nullptr;
    QTableWidget *m_table;
};
