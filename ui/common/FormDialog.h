#pragma once

#include "db/DatabaseError.h"

#include <QDate>
#include "common/EditorDialog.h"
#include <QHash>

#include <functional>

class QFormLayout;
class QLabel;
class QWidget;

// A small form for one action (schedule an invitation, answer a request …): fields are
// added by key, the action runs on OK, and a refusal is shown inside the dialog with
// everything typed kept, so nothing is lost and nothing half-applied.
class FormDialog final : public EditorDialog
{
    Q_OBJECT

public:
    // action returns an empty string on success, otherwise the message to show.
    using Action = std::function<QString(const FormDialog &)>;

    FormDialog(const QString &title, QWidget *parent = nullptr);

    void addText(const QString &key, const QString &label, const QString &value = QString(), const QString &placeholder = QString());
    void addPassword(const QString &key, const QString &label);
    void addLongText(const QString &key, const QString &label, const QString &placeholder = QString());
    void addDate(const QString &key, const QString &label, const QDate &value, bool optional = false);
    void addChoice(const QString &key, const QString &label, const QList<QPair<QString, QVariant>> &choices);
    void setAction(Action action) { m_action = std::move(action); }
    // Runs a core call for an action: the refusal's message, or empty on success.
    template <typename F>
    static QString attempt(F &&call)
    {
        try {
            call();
        } catch (const Error &e) {
            return e.message();
        }
        return {};
    }

    QString text(const QString &key) const;
    QDate date(const QString &key) const; // invalid when an optional date is left empty
    QVariant choice(const QString &key) const;
    QWidget *field(const QString &key) const { return m_fields.value(key); }
    QString message() const;
    // Runs the action as OK would; true when it succeeded.
    bool submit();
    // Text typed since the dialog opened (passwords aside): closing then asks first.
    bool hasUnsavedInput() const override;

private:
    QFormLayout *m_form;
    QLabel *m_message;
    QHash<QString, QWidget *> m_fields;
    QHash<QString, QString> m_initial; // the text each text field started with
    Action m_action;
};
