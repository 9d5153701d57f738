#pragma once

#include <QWidget>

class Database;
class QCheckBox;
class QTableWidget;

// Forums and the requests raised there, to the enterprise's feedback.
class RequestsTab final : public QWidget
{
    Q_OBJECT

public:
    explicit RequestsTab(QWidget *parent = nullptr);

    void setDatabase(Database *database);
    void refresh();
    QTableWidget *table() const { return m_table; }

private:
    void newForum();
    void raise();
    void answer();
    void feedback();

    Database *m_database = nullptr;
    QCheckBox *m_openOnly;
    QTableWidget *m_table;
};
