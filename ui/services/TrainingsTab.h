#pragma once

#include <QWidget>

class Database;
class QTableWidget;

// Training sessions and service events with the enterprises that attended.
class TrainingsTab final : public QWidget
{
    Q_OBJECT

public:
    explicit TrainingsTab(QWidget *parent = nullptr);

    void setDatabase(Database *database);
    void refresh();
    QTableWidget *table() const { return m_table; }

private:
    void newSession();
    void addAttendees();

    Database *m_database = nullptr;
    QTableWidget *m_table;
};
