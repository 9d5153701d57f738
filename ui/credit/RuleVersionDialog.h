#pragma once

#include "common/InputSnapshot.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
#include <QSqlDatabase>

// Writing a new version of the credit rules: the text starts from the latest
// version; Check validates without saving; Save stores it only if it is valid, and
// an error names the key and leaves the dialog open.
class RuleVersionDialog final : public QDialog
{
    Q_OBJECT

public:
    RuleVersionDialog(const QSqlDatabase &db, const QByteArray &startingText, QWidget *parent = nullptr);

    QPlainTextEdit *editor() const { return m_editor; }
    QString statusText() const;
    bool check();
    bool save();

    // Anything entered since the dialog opened: Cancel, Escape or the close button ask first.
    bool hasUnsavedInput() const;
    void reject() override;

private:
    QSqlDatabase m_db;
    QPlainTextEdit *m_editor;
    QLabel *m_status;
    InputSnapshot m_opened;
};
