#include "AssessmentDialog.h"

#include "io/FieldParser.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace {

QString yuan(qint64 fen)
{
    return QLocale().toString(fen / 100.0, 'f', 2);
}

} // namespace

AssessmentDialog::AssessmentDialog(const DiscretionAssessment::Item &item, QWidget *parent)
    : QDialog(parent)
    , m_item(item)
{
    setWindowTitle(tr("Assess a case under %1").arg(item.code));
    auto *title = new QLabel(QStringLiteral("<b>%1</b> %2").arg(item.code.toHtmlEscaped(), item.violation.toHtmlEscaped()), this);
    title->setWordWrap(true);

    auto *factsBox = new QGroupBox(tr("Facts of the case"), this);
    auto *form = new QFormLayout(factsBox);
    m_harm = new QComboBox(factsBox);
    m_harm->addItem(tr("No harmful consequences"), int(DiscretionAssessment::Harm::None));
    m_harm->addItem(tr("Slight harm"), int(DiscretionAssessment::Harm::Slight));
    m_harm->addItem(tr("Serious harm"), int(DiscretionAssessment::Harm::Serious));
    m_harm->setCurrentIndex(1);
    form->addRow(tr("Harm:"), m_harm);
    const QList<QPair<QString, QString>> checks = {
        {QStringLiteral("first_violation"), tr("First violation (no same-type record in the last 2 years)")},
        {QStringLiteral("corrected"), tr("Corrected in time")},
        {QStringLiteral("harm_removed"), tr("Actively removed or reduced the harm (art. 32 (1))")},
        {QStringLiteral("coerced"), tr("Coerced or deceived by others (art. 32 (2))")},
        {QStringLiteral("confessed"), tr("Confessed what the authority did not know (art. 32 (3))")},
        {QStringLiteral("meritorious"), tr("Meritorious cooperation (art. 32 (4))")},
        {QStringLiteral("no_fault"), tr("Evidence shows no fault (art. 33 (2))")},
    };
    for (const auto &[key, label] : checks) {
        auto *box = new QCheckBox(label, factsBox);
        box->setObjectName(key);
        form->addRow(box);
        m_checks.append({key, box});
        connect(box, &QCheckBox::toggled, this, &AssessmentDialog::update);
    }
    m_amount = new QLineEdit(factsBox);
    m_amount->setPlaceholderText(tr("yuan, e.g. 1200.50"));
    form->addRow(tr("Amount involved:"), m_amount);
    connect(m_harm, &QComboBox::currentIndexChanged, this, &AssessmentDialog::update);
    connect(m_amount, &QLineEdit::textChanged, this, &AssessmentDialog::update);

    m_resultLabel = new QLabel(this);
    m_resultLabel->setObjectName(QStringLiteral("assessmentResult"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextFormat(Qt::RichText);
    m_resultLabel->setMinimumWidth(380);
    m_resultLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *columns = new QHBoxLayout;
    columns->addWidget(factsBox, 1);
    columns->addWidget(m_resultLabel, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(columns);
    layout->addWidget(buttons);
    update();
}

DiscretionAssessment::Facts AssessmentDialog::facts() const
{
    DiscretionAssessment::Facts f;
    f.harm = DiscretionAssessment::Harm(m_harm->currentData().toInt());
    for (const auto &[key, box] : m_checks)
        f.set(key, box->isChecked());
    f.amountFen = FieldParser::yuanToFen(m_amount->text()).value_or(0);
    return f;
}

void AssessmentDialog::setFact(const QString &name, bool value)
{
    for (const auto &[key, box] : m_checks) {
        if (key == name)
            box->setChecked(value);
    }
}

void AssessmentDialog::setHarm(DiscretionAssessment::Harm harm)
{
    m_harm->setCurrentIndex(m_harm->findData(int(harm)));
}

void AssessmentDialog::update()
{
    const bool badAmount = !m_amount->text().trimmed().isEmpty() && !FieldParser::yuanToFen(m_amount->text());
    m_amount->setStyleSheet(badAmount ? QStringLiteral("background: #fde2e1") : QString());
    m_amount->setToolTip(badAmount ? tr("Write an amount of yuan with at most two decimals.") : QString());
    m_result = DiscretionAssessment::assess(m_item, facts());
    QString html = QStringLiteral("<h3>%1</h3>").arg(DiscretionAssessment::outcomeName(m_result.outcome).toHtmlEscaped());
    if (m_result.maxFen > 0)
        html += QStringLiteral("<p>%1</p>").arg(tr("Fine: %1 to %2 yuan").arg(yuan(m_result.minFen), yuan(m_result.maxFen)).toHtmlEscaped());
    if (m_result.reducedMaxFen > 0)
        html += QStringLiteral("<p>%1</p>").arg(tr("A reduced fine lies below %1 yuan.").arg(yuan(m_result.reducedMaxFen)).toHtmlEscaped());
    if (m_result.lenientBlocked)
        html += QStringLiteral("<p style='color:#b3261e'><b>%1</b></p>").arg(tr("Red-line item: no lenient path.").toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Legal basis").toHtmlEscaped());
    for (const QString &line : std::as_const(m_result.basis))
        html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    html += QStringLiteral("</ul><p><b>%1</b> %2</p>").arg(tr("Documents to issue:").toHtmlEscaped(), m_result.documents.join(tr(", ")).toHtmlEscaped());
    m_resultLabel->setText(html);
}
