#include "NewCaseDialog.h"


#include "db/Database.h"
#include "discretion/DiscretionAssessment.h"
#include "db/DatabaseError.h"
#include "registry/EnterpriseStore.h"
#include "io/FieldParser.h"
#include "validation/Uscc.h"
#include "domain/Fen.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

NewCaseDialog::NewCaseDialog(Database *database, QWidget *parent)
    : EditorDialog(parent)
    , m_database(database)
{
    setWindowTitle(tr("New penalty case"));
    m_caseNo = new QLineEdit(this);
    m_caseNo->setPlaceholderText(tr("e.g. 清市监罚〔2026〕0042号"));
    m_uscc = new QLineEdit(this);
    m_uscc->setMaxLength(18);
    m_enterprise = new QLabel(this);
    m_item = new QLineEdit(this);
    m_item->setPlaceholderText(tr("benchmark item code, e.g. SC-01"));
    m_decided = new QDateEdit(QDate::currentDate(), this);
    m_decided->setCalendarPopup(true);
    m_decided->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    // The violation date decides which list version applies (art. 37); unknown unless given.
    m_violationKnown = new QCheckBox(tr("Known:"), this);
    m_violated = new QDateEdit(QDate::currentDate(), this);
    m_violated->setCalendarPopup(true);
    m_violated->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_violated->setEnabled(false);
    connect(m_violationKnown, &QCheckBox::toggled, m_violated, &QWidget::setEnabled);
    auto *violatedRow = new QHBoxLayout;
    violatedRow->addWidget(m_violationKnown);
    violatedRow->addWidget(m_violated, 1);
    auto *groundsBox = new QWidget(this);
    auto *groundsGrid = new QGridLayout(groundsBox);
    groundsGrid->setContentsMargins(0, 0, 0, 0);
    for (const QString &key : PenaltyCaseStore::groundKeys()) {
        auto *box = new QCheckBox(DiscretionAssessment::factName(key), groundsBox);
        box->setObjectName(QStringLiteral("ground_") + key);
        groundsGrid->addWidget(box, int(m_grounds.size()) / 2, int(m_grounds.size()) % 2);
        m_grounds.append({key, box});
    }
    m_lighterKind = new QCheckBox(tr("A lighter kind of penalty than the item prescribes (e.g. a warning instead of a fine)"), this);
    m_outcome = new QComboBox(this);
    for (const PenaltyOutcome outcome : PenaltyOutcome::decidable())
        m_outcome->addItem(outcome.name(), outcome.code());
    m_outcome->setCurrentIndex(m_outcome->findData(QStringLiteral("standard")));
    m_fine = new QLineEdit(this);
    m_fine->setPlaceholderText(tr("yuan, e.g. 18500"));
    m_facts = new QPlainTextEdit(this);
    m_facts->setPlaceholderText(tr("The facts found, as the decision will state them."));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("newCaseMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e"));
    connect(m_uscc, &QLineEdit::textChanged, this, &NewCaseDialog::checkUscc);

    auto *form = new QFormLayout;
    form->addRow(tr("Case number:"), m_caseNo);
    form->addRow(tr("Enterprise (USCC):"), m_uscc);
    form->addRow(QString(), m_enterprise);
    form->addRow(tr("Benchmark item:"), m_item);
    form->addRow(tr("Decided on:"), m_decided);
    form->addRow(tr("Violation date:"), violatedRow);
    form->addRow(tr("Outcome:"), m_outcome);
    form->addRow(tr("Fine:"), m_fine);
    form->addRow(QString(), m_lighterKind);
    form->addRow(tr("Mandatory grounds:"), groundsBox);
    form->addRow(tr("Facts:"), m_facts);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(620, 560);
    m_opened = InputSnapshot(this);
}

void NewCaseDialog::setInput(const PenaltyCaseStore::NewCase &input)
{
    m_caseNo->setText(input.caseNo);
    m_uscc->setText(input.uscc);
    m_item->setText(input.item);
    if (input.decided.isValid())
        m_decided->setDate(input.decided);
    m_outcome->setCurrentIndex(m_outcome->findData(input.outcome.code()));
    m_fine->setText(input.fineFen ? Fen(input.fineFen).plainYuan() : QString());
    m_facts->setPlainText(input.facts);
    m_violationKnown->setChecked(input.violated.isValid());
    if (input.violated.isValid())
        m_violated->setDate(input.violated);
    for (const auto &[key, box] : m_grounds)
        box->setChecked(input.grounds.contains(key));
    m_lighterKind->setChecked(input.lighterKind);
}

PenaltyCaseStore::NewCase NewCaseDialog::input() const
{
    PenaltyCaseStore::NewCase input;
    input.caseNo = m_caseNo->text().trimmed();
    input.uscc = m_uscc->text().trimmed().toUpper();
    input.item = m_item->text().trimmed();
    input.decided = m_decided->date();
    input.outcome = PenaltyOutcome::fromCode(m_outcome->currentData().toString()).value_or(PenaltyOutcome::Standard);
    input.fineFen = Fen::fromYuan(m_fine->text()).value_or(Fen()).count();
    input.facts = m_facts->toPlainText().trimmed();
    if (m_violationKnown->isChecked())
        input.violated = m_violated->date();
    for (const auto &[key, box] : m_grounds) {
        if (box->isChecked())
            input.grounds.append(key);
    }
    input.lighterKind = m_lighterKind->isChecked();
    return input;
}

void NewCaseDialog::checkUscc()
{
    const QString text = m_uscc->text().trimmed().toUpper();
    if (text.size() < Uscc::Length || !m_database) {
        m_enterprise->clear();
        return;
    }
    const ValidationResult v = Uscc::validate(text);
    if (!v.valid) {
        m_enterprise->setText(v.reason);
        return;
    }
    const QString name = EnterpriseStore(m_database->connection()).nameOf(text);
    m_enterprise->setText(name.isEmpty() ? tr("Not in the register.") : name);
}

bool NewCaseDialog::save()
{
    m_error.clear();
    if (!m_fine->text().trimmed().isEmpty() && !Fen::fromYuan(m_fine->text()))
        m_error = tr("Fine: write an amount of yuan with at most two decimals.");
    else if (!m_database)
        m_error = tr("No database is open.");
    if (m_error.isEmpty()) {
        try {
            m_recorded = PenaltyCaseStore::record(m_database->connection(), input());
        } catch (const Error &e) {
            m_error = e.message();
        }
    }
    m_message->setText(m_error);
    return m_error.isEmpty();
}

bool NewCaseDialog::hasUnsavedInput() const
{
    return InputSnapshot(this) != m_opened;
}

