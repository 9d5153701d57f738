#pragma once

#include "common/EditorDialog.h"
#include <QJsonObject>
#include <QSqlDatabase>

class CreditRuleForm;
class QLabel;
class QPlainTextEdit;
class QTabWidget;

// Writing a new version of the credit rules, starting from the latest: on a form by
// default, or as its JSON text (both edit the same rules; switching carries the changes
// over). Check validates without saving; Save stores it only if it is valid, and an
// error names the field and leaves the dialog open.
class RuleVersionDialog final : public EditorDialog
{
    Q_OBJECT

public:
    RuleVersionDialog(const QSqlDatabase &db, const QByteArray &startingText, QWidget *parent = nullptr);

    CreditRuleForm *form() const { return m_form; }
    QPlainTextEdit *editor() const { return m_editor; }
    // Shows the form (0) or the JSON text (1), carrying the changes over; false when the
    // text is not valid JSON (the text stays, with the reason shown).
    bool showView(int index);
    QString statusText() const;
    bool check();
    bool save();

    // Rules changed since the dialog opened: Cancel, Escape or the close button ask first.
    bool hasUnsavedInput() const override;

private:
    // The text as it stands in the view on show.
    QByteArray currentText() const;

    QSqlDatabase m_db;
    QTabWidget *m_views;
    CreditRuleForm *m_form;
    QPlainTextEdit *m_editor;
    QLabel *m_status;
    QJsonObject m_opened;
    QByteArray m_openedText;
    int m_view = 0;
};
