#pragma once

#include "services/RepairHelp.h"

#include <QWidget>

class Database;
class QTableWidget;

// Credit-repair help: the enterprises that may apply now, a notice to send them, and
// applications made with the service's help.
class RepairHelpTab final : public QWidget
{
    Q_OBJECT

public:
    explicit RepairHelpTab(QWidget *parent = nullptr);

    void setDatabase(Database *database);
    void refresh();
    QTableWidget *table() const { return m_table; }
    // Writes the selected enterprise's notice (PDF and DOCX) into dir and records it.
    QStringList writeNotice(const QString &dir);

private:
    void saveNotice();
    void applyHelped();
    const RepairHelp::Candidate *selected() const;

    Database *m_database = nullptr;
    QTableWidget *m_table;
    QList<RepairHelp::Candidate> m_candidates;
};
