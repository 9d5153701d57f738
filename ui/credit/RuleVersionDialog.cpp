#include "RuleVersionDialog.h"

#include "CreditRuleForm.h"
#include "credit/CreditRuleStore.h"
#include "db/DatabaseError.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

RuleVersionDialog::RuleVersionDialog(const QSqlDatabase &db, const QByteArray &startingText, QWidget *parent)
    : EditorDialog(parent)
    , m_db(db)
    , m_views(new QTabWidget(this))
    , m_form(new CreditRuleForm(this))
    , m_editor(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_opened(QJsonDocument::fromJson(startingText).object())
    , m_openedText(startingText)
{
    setWindowTitle(tr("New version of the credit rules"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setPlainText(QString::fromUtf8(startingText));
    m_editor->setTabChangesFocus(true);
    m_form->setRules(m_opened);
    m_views->addTab(m_form, tr("Rules"));
    m_views->addTab(m_editor, tr("JSON text"));
    // A text that does not parse opens on the text, where it can be mended.
    if (QJsonDocument::fromJson(startingText).isObject()) {
        m_views->setCurrentIndex(0);
    } else {
        m_views->setCurrentIndex(1);
        m_view = 1;
    }
    connect(m_views, &QTabWidget::currentChanged, this, [this](int index) {
        if (index != m_view && !showView(index)) {
            const QSignalBlocker blocker(m_views);
            m_views->setCurrentIndex(m_view);
        }
    });
    m_status->setWordWrap(true);
    m_status->setText(tr("Raise the version, set the date it takes effect, change the rules, then Check and Save."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton *checkButton = buttons->addButton(tr("Check"), QDialogButtonBox::ActionRole);
    connect(checkButton, &QPushButton::clicked, this, &RuleVersionDialog::check);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_views, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(900, 680);
}

bool RuleVersionDialog::showView(int index)
{
    if (index == m_view)
        return true;
    if (index == 1) {
        m_editor->setPlainText(QString::fromUtf8(QJsonDocument(m_form->rules()).toJson(QJsonDocument::Indented)));
    } else {
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(m_editor->toPlainText().toUtf8(), &error);
        if (!document.isObject()) {
            m_status->setText(tr("The text is not valid JSON (%1): mend it before going back to the form.").arg(error.errorString()));
            return false;
        }
        m_form->setRules(document.object());
    }
    m_view = index;
    if (m_views->currentIndex() != index) {
        const QSignalBlocker blocker(m_views);
        m_views->setCurrentIndex(index);
    }
    return true;
}

QByteArray RuleVersionDialog::currentText() const
{
    return m_view == 0 ? QJsonDocument(m_form->rules()).toJson(QJsonDocument::Indented) : m_editor->toPlainText().toUtf8();
}

QString RuleVersionDialog::statusText() const
{
    return m_status->text();
}

bool RuleVersionDialog::check()
{
    try {
        const CreditRuleSet rules = CreditRuleSet::parse(currentText(), tr("(editor)"));
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
        const CreditRuleSet rules = CreditRuleStore::addVersion(m_db, currentText(), tr("(editor)"));
        m_status->setText(tr("Saved version %1.").arg(rules.version));
        return true;
    } catch (const Error &error) {
        m_status->setText(error.message());
        return false;
    }
}

bool RuleVersionDialog::hasUnsavedInput() const
{
    // The rules compared, not their layout: switching views rewrites the text alone.
    const QByteArray text = currentText();
    const QJsonDocument now = QJsonDocument::fromJson(text);
    return now.isObject() ? now.object() != m_opened : text != m_openedText;
}

