#pragma once

#include "planning/PlanRequest.h"

#include "common/EditorDialog.h"
#include "common/InputSnapshot.h"

class Database;
class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;

// A new inspection plan: the period, the seed (published with the plan, so anyone can
// re-run the draw), the departments taking part. "Preview" runs the draw without
// writing and shows what the plan would hold; OK creates it in the background.
class PlanDialog final : public EditorDialog
{
    Q_OBJECT

public:
    PlanDialog(Database *database, QWidget *parent = nullptr);

    PlanRequest request() const;
    void setPeriod(const QDate &from, const QDate &to);
    void setSeed(const QString &seed);
    // Runs the draw without writing, in the background; the summary appears in the dialog.
    void preview(bool interactive = true);
    QString summary() const;
    qint64 createdPlan() const { return m_created; }
    // Creates the plan; false (with the message shown) when refused.
    bool create(bool interactive = true);
    // A name, period, seed or choice of departments changed and no plan made: closing asks.
    bool hasUnsavedInput() const override;

private:
    void accept() override;

    Database *m_database;
    QLineEdit *m_name;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_seed;
    QListWidget *m_departments;
    QCheckBox *m_provisional; // shown when a year of the period has no holiday notice
    QLabel *m_summary;
    qint64 m_created = 0;
    InputSnapshot m_opened;
};
