#pragma once

#include "common/InputSnapshot.h"

#include "discretion/PenaltyCaseStore.h"

#include "common/EditorDialog.h"

class Database;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// Records a penalty case: the enterprise by USCC (checked as typed), the benchmark
// item by code (the version in force on the decision date is used), outcome and fine.
// A refused case keeps the dialog open with everything typed; a case outside its
// benchmark is recorded and the supervisor is told why it is flagged.
class NewCaseDialog final : public EditorDialog
{
    Q_OBJECT

public:
    NewCaseDialog(Database *database, QWidget *parent = nullptr);

    void setInput(const PenaltyCaseStore::NewCase &input);
    PenaltyCaseStore::NewCase input() const;
    // The recorded case after accept().
    PenaltyCaseStore::Row recorded() const { return m_recorded; }
    // Records without asking; false (and the reason in error()) when refused.
    bool save();
    QString error() const { return m_error; }

    // Anything entered since the dialog opened: Cancel, Escape or the close button ask first.
    bool hasUnsavedInput() const override;

private:
    void checkUscc();

    Database *m_database;
    QLineEdit *m_caseNo;
    QLineEdit *m_uscc;
    QLabel *m_enterprise;
    QLineEdit *m_item;
    QDateEdit *m_decided;
    QCheckBox *m_violationKnown;
    QDateEdit *m_violated;
    QList<QPair<QString, QCheckBox *>> m_grounds;
    QCheckBox *m_lighterKind;
    QComboBox *m_outcome;
    QLineEdit *m_fine;
    QPlainTextEdit *m_facts;
    QLabel *m_message;
    PenaltyCaseStore::Row m_recorded;
    QString m_error;
    InputSnapshot m_opened;
};
