#include "FormDialog.h"


#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

FormDialog::FormDialog(const QString &title, QWidget *parent)
    : EditorDialog(parent)
{
    setWindowTitle(title);
    m_form = new QFormLayout;
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("formMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (submit())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

void FormDialog::addText(const QString &key, const QString &label, const QString &value, const QString &placeholder)
{
    auto *edit = new QLineEdit(value, this);
    edit->setPlaceholderText(placeholder);
    m_form->addRow(label, edit);
    m_fields.insert(key, edit);
    m_initial.insert(key, value);
}

void FormDialog::addPassword(const QString &key, const QString &label)
{
    auto *edit = new QLineEdit(this);
    edit->setEchoMode(QLineEdit::Password);
    m_form->addRow(label, edit);
    m_fields.insert(key, edit);
}

void FormDialog::addLongText(const QString &key, const QString &label, const QString &placeholder)
{
    auto *edit = new QPlainTextEdit(this);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    m_form->addRow(label, edit);
    m_fields.insert(key, edit);
    m_initial.insert(key, QString());
}

bool FormDialog::hasUnsavedInput() const
{
    for (auto it = m_initial.cbegin(); it != m_initial.cend(); ++it) {
        if (text(it.key()).trimmed() != it.value().trimmed())
            return true;
    }
    return false;
}


void FormDialog::addDate(const QString &key, const QString &label, const QDate &value, bool optional)
{
    auto *edit = new QDateEdit(value.isValid() ? value : QDate::currentDate(), this);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    if (!optional) {
        m_form->addRow(label, edit);
    } else {
        // An optional date: a tick box says whether it is given.
        auto *given = new QCheckBox(this);
        given->setChecked(value.isValid());
        edit->setEnabled(value.isValid());
        connect(given, &QCheckBox::toggled, edit, &QWidget::setEnabled);
        auto *row = new QWidget(this);
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        h->addWidget(given);
        h->addWidget(edit, 1);
        m_form->addRow(label, row);
    }
    m_fields.insert(key, edit);
}

void FormDialog::addChoice(const QString &key, const QString &label, const QList<QPair<QString, QVariant>> &choices)
{
    auto *box = new QComboBox(this);
    for (const auto &[text, data] : choices)
        box->addItem(text, data);
    m_form->addRow(label, box);
    m_fields.insert(key, box);
}

QString FormDialog::text(const QString &key) const
{
    QWidget *w = m_fields.value(key);
    if (auto *line = qobject_cast<QLineEdit *>(w))
        return line->text().trimmed();
    if (auto *plain = qobject_cast<QPlainTextEdit *>(w))
        return plain->toPlainText().trimmed();
    return {};
}

QDate FormDialog::date(const QString &key) const
{
    auto *edit = qobject_cast<QDateEdit *>(m_fields.value(key));
    return edit && edit->isEnabled() ? edit->date() : QDate();
}

QVariant FormDialog::choice(const QString &key) const
{
    auto *box = qobject_cast<QComboBox *>(m_fields.value(key));
    return box ? box->currentData() : QVariant();
}

QString FormDialog::message() const
{
    return m_message->text();
}

bool FormDialog::submit()
{
    const QString error = m_action ? m_action(*this) : QString();
    m_message->setText(error);
    return error.isEmpty();
}
