#pragma once

#include "supervision/SupervisionFindings.h"

#include <QWidget>

class Database;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

// What the records show a supervisor, month by month: repeated checks, checks of sandbox
// members, officers without two valid certificates on a check, cases outside their
// benchmark; each with the records it rests on and the rule it breaks. One button makes
// the selected finding a supervision clue for its department (once).
class FindingsTab final : public QWidget
{
    Q_OBJECT

public:
    explicit FindingsTab(QWidget *parent = nullptr);

    void setDatabase(Database *database);
    void refresh();
    QTableWidget *table() const { return m_table; }
    QComboBox *monthBox() const { return m_month; }
    // Makes the selected finding a clue; its id, or 0.
    qint64 makeClue(bool interactive = true);

signals:
    void clueMade(qint64 clueId);

private:
    Database *m_database = nullptr;
    QList<SupervisionFindings::Finding> m_findings;
    QComboBox *m_month;
    QComboBox *m_kind;
    QTableWidget *m_table;
    QLabel *m_status;
    QPushButton *m_toClue;
};
