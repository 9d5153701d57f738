#include "NewCaseDialog.h"

#include "db/Database.h"
#include "db/DatabaseError.h"
#include "registry/EnterpriseRepository.h"
#include "io/FieldParser.h"
#include "validation/Uscc.h"

#include <QComboBox>
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
    : QDialog(parent)
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
    m_outcome = new QComboBox(this);
    for (const QString &outcome : PenaltyCaseStore::outcomes())
        m_outcome->addItem(PenaltyCaseStore::outcomeName(outcome), outcome);
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
    form->addRow(tr("Outcome:"), m_outcome);
    form->addRow(tr("Fine:"), m_fine);
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
    resize(560, 480);
}

void NewCaseDialog::setInput(const PenaltyCaseStore::NewCase &input)
{
    m_caseNo->setText(input.caseNo);
    m_uscc->setText(input.uscc);
    m_item->setText(input.item);
    if (input.decided.isValid())
        m_decided->setDate(input.decided);
    m_outcome->setCurrentIndex(m_outcome->findData(input.outcome));
    m_fine->setText(input.fineFen ? QString::number(input.fineFen / 100.0, 'f', 2) : QString());
    m_facts->setPlainText(input.facts);
}

PenaltyCaseStore::NewCase NewCaseDialog::input() const
{
    return {m_caseNo->text().trimmed(), m_uscc->text().trimmed().toUpper(), m_item->text().trimmed(), m_decided->date(),
            m_outcome->currentData().toString(), FieldParser::yuanToFen(m_fine->text()).value_or(0),
            m_facts->toPlainText().trimmed(), false};
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
    const QString name = EnterpriseRepository(m_database->connection()).nameOf(text);
    m_enterprise->setText(name.isEmpty() ? tr("Not in the register.") : name);
}

bool NewCaseDialog::save()
{
    m_error.clear();
    if (!m_fine->text().trimmed().isEmpty() && !FieldParser::yuanToFen(m_fine->text()))
        m_error = tr("Fine: write an amount of yuan with at most two decimals.");
    else if (!m_database)
        m_error = tr("No database is open.");
    if (m_error.isEmpty()) {
        try {
            m_recorded = PenaltyCaseStore::record(m_database->connection(), input());
        } catch (const DatabaseError &e) {
            m_error = e.message();
        }
    }
    m_message->setText(m_error);
    return m_error.isEmpty();
}
