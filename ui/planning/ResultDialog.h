#pragma once

#include "common/InputSnapshot.h"

#include "common/EditorDialog.h"

class Database;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

// 检查结果 for one visit: a row per item with compliant / rectify by a date / violation
// and a note; all departments' items on one sheet. Every item starts with no result and
// the visit date with the day it was scheduled: nothing is presumed. Nothing is written
// until every item has its result; a refusal is shown here with everything entered kept.
// In correction mode (a supervisor, for a visit already done) the recorded results are
// shown to be changed, with the reason.
class ResultDialog final : public EditorDialog
{
    Q_OBJECT

public:
    enum class Mode { Record, Correct };
    ResultDialog(Database *database, qint64 visitId, Mode mode = Mode::Record, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // Sets row's result: 0 compliant, 1 rectify, 2 violation; -1 none.
    void setResult(int row, int result);
    void setVisitedOn(const QDate &date);
    void setReason(const QString &reason);
    bool save();
    QString message() const;

    // Anything entered since the dialog opened: Cancel, Escape or the close button ask first.
    bool hasUnsavedInput() const override;

private:
    void accept() override;

    Database *m_database;
    qint64 m_visitId;
    Mode m_mode;
    QLineEdit *m_reason = nullptr;
    QDateEdit *m_visited;
    QTableWidget *m_table;
    QLabel *m_message;
    InputSnapshot m_opened;
};
