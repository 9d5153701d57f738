#include "AssessmentDialog.h"

#include "io/FieldParser.h"
#include "domain/Fen.h"

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
    return Fen(fen).yuan();
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
    m_harm->addItem(tr("Not yet established"), int(DiscretionAssessment::Harm::Unknown));
    m_harm->addItem(tr("No harmful consequences"), int(DiscretionAssessment::Harm::None));
    m_harm->addItem(tr("Slight harm"), int(DiscretionAssessment::Harm::Slight));
    m_harm->addItem(tr("Serious harm"), int(DiscretionAssessment::Harm::Serious));
    auto *harmLabel = new QLabel(tr("Harm:"), factsBox);
    form->addRow(harmLabel, m_harm);
    m_labels.append({QStringLiteral("harm"), harmLabel});
    const QList<QPair<QString, QString>> checks = {
        {QStringLiteral("first_violation"), tr("First violation (no same-type record in the last 2 years)")},
        {QStringLiteral("corrected"), tr("Corrected in time")},
        {QStringLiteral("harm_removed"), tr("Actively removed or reduced the harm (art. 32 (1))")},
        {QStringLiteral("coerced"), tr("Coerced or deceived by others (art. 32 (2))")},
        {QStringLiteral("confessed"), tr("Confessed what the authority did not know (art. 32 (3))")},
        {QStringLiteral("meritorious"), tr("Meritorious cooperation (art. 32 (4))")},
        {QStringLiteral("no_fault"), tr("Evidence shows no fault (art. 33 (2))")},
    };
    for (const auto &[key, text] : checks) {
        auto *answer = new QComboBox(factsBox);
        answer->setObjectName(key);
        answer->addItem(tr("Not yet established"), int(DiscretionAssessment::Answer::Unknown));
        answer->addItem(tr("Yes"), int(DiscretionAssessment::Answer::Yes));
        answer->addItem(tr("No"), int(DiscretionAssessment::Answer::No));
        auto *label = new QLabel(text, factsBox);
        label->setWordWrap(true);
        form->addRow(label, answer);
        m_answers.append({key, answer});
        m_labels.append({key, label});
        connect(answer, &QComboBox::currentIndexChanged, this, &AssessmentDialog::update);
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
    for (const auto &[key, box] : m_answers) {
        const auto answer = DiscretionAssessment::Answer(box->currentData().toInt());
        if (answer != DiscretionAssessment::Answer::Unknown)
            f.set(key, answer == DiscretionAssessment::Answer::Yes ? u"yes" : u"no");
    }
    f.amountFen = Fen::fromYuan(m_amount->text()).value_or(Fen()).count();
    return f;
}

void AssessmentDialog::setFact(const QString &name, bool value)
{
    for (const auto &[key, box] : m_answers) {
        if (key == name)
            box->setCurrentIndex(box->findData(int(value ? DiscretionAssessment::Answer::Yes : DiscretionAssessment::Answer::No)));
    }
}

void AssessmentDialog::setHarm(DiscretionAssessment::Harm harm)
{
    m_harm->setCurrentIndex(m_harm->findData(int(harm)));
}

QStringList AssessmentDialog::markedMissing() const
{
    QStringList marked;
    for (const auto &[key, label] : m_labels) {
        if (label->property("missing").toBool())
            marked.append(key);
    }
    return marked;
}

void AssessmentDialog::update()
{
    const bool badAmount = !m_amount->text().trimmed().isEmpty() && !Fen::fromYuan(m_amount->text());
    m_amount->setStyleSheet(badAmount ? QStringLiteral("background: #fde2e1") : QString());
    m_amount->setToolTip(badAmount ? tr("Write an amount of yuan with at most two decimals.") : QString());
    const DiscretionAssessment::Facts given = facts();
    m_result = DiscretionAssessment::assess(m_item, given);
    // The facts that could still change the outcome are asked for: their labels in bold.
    for (const auto &[key, label] : m_labels) {
        const bool missing = m_result.missing.contains(key);
        label->setProperty("missing", missing);
        label->setStyleSheet(missing ? QStringLiteral("font-weight: bold; color: #8a4b00") : QString());
    }
    QString html = QStringLiteral("<h3>%1</h3>").arg(DiscretionAssessment::outcomeName(m_result.outcome).toHtmlEscaped());
    if (!given.conflict().isEmpty())
        html += QStringLiteral("<p style='color:#b3261e'><b>%1</b></p>").arg(given.conflict().toHtmlEscaped());
    if (!m_result.missing.isEmpty()) {
        QStringList names;
        for (const QString &key : std::as_const(m_result.missing))
            names.append(DiscretionAssessment::factName(key));
        html += QStringLiteral("<p style='color:#8a4b00'><b>%1</b> %2</p>")
                    .arg(tr("Provisional.").toHtmlEscaped(), tr("Still to establish: %1.").arg(names.join(tr("; "))).toHtmlEscaped());
    }
    if (m_result.maxFen > 0)
        html += QStringLiteral("<p>%1</p>").arg(tr("Fine: %1 to %2 yuan").arg(yuan(m_result.minFen), yuan(m_result.maxFen)).toHtmlEscaped());
    if (m_result.reducedMaxFen > 0)
        html += QStringLiteral("<p>%1</p>").arg(tr("A reduced fine lies below %1 yuan.").arg(yuan(m_result.reducedMaxFen)).toHtmlEscaped());
    if (m_result.lenientBlocked)
        html += QStringLiteral("<p style='color:#b3261e'><b>%1</b></p>")
                    .arg(tr("Red-line item: art. 33 (1) and 首违不罚 do not apply; arts. 32 and 33 (2) still do.").toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Legal basis").toHtmlEscaped());
    for (const QString &line : std::as_const(m_result.basis))
        html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    html += QStringLiteral("</ul><p><b>%1</b> %2</p>").arg(tr("Documents to issue:").toHtmlEscaped(), m_result.documents.join(tr(", ")).toHtmlEscaped());
    m_resultLabel->setText(html);
}
