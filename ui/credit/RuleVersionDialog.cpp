#include "RuleVersionDialog.h"

#include "common/DiscardQuestion.h"

#include "credit/CreditRuleStore.h"
#include "db/DatabaseError.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

RuleVersionDialog::RuleVersionDialog(const QSqlDatabase &db, const QByteArray &startingText, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_editor(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("New version of the credit rules"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setPlainText(QString::fromUtf8(startingText));
    m_status->setWordWrap(true);
    m_status->setText(tr("Raise “version”, set “effectiveFrom”, change the rules, then Check and Save."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton *checkButton = buttons->addButton(tr("Check"), QDialogButtonBox::ActionRole);
    connect(checkButton, &QPushButton::clicked, this, &RuleVersionDialog::check);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(760, 640);
    m_opened = InputSnapshot(this);
}

QString RuleVersionDialog::statusText() const
{
    return m_status->text();
}

bool RuleVersionDialog::check()
{
    try {
        const CreditRuleSet rules = CreditRuleSet::parse(m_editor->toPlainText().toUtf8(), tr("(editor)"));
        m_status->setText(tr("Valid: version %1, effective from %2.").arg(rules.version).arg(rules.effectiveFrom.toString(Qt::ISODate)));
        return true;
    } catch (const Error &error) {
        m_status->setText(error.message());
        return false;
    }
}

bool RuleVersionDialog::save()
{
    try {
        const CreditRuleSet rules = CreditRuleStore::addVersion(m_db, m_editor->toPlainText().toUtf8(), tr("(editor)"));
        m_status->setText(tr("Saved version %1.").arg(rules.version));
        return true;
    } catch (const Error &error) {
        m_status->setText(error.message());
        return false;
    }
}

bool RuleVersionDialog::hasUnsavedInput() const
{
    return InputSnapshot(this) != m_opened;
}

void RuleVersionDialog::reject()
{
    if (hasUnsavedInput() && !DiscardQuestion::confirm(this))
        return;
    QDialog::reject();
}
