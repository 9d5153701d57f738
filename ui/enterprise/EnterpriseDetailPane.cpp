#include "EnterpriseDetailPane.h"

#include "common/ErrorDialog.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "domain/EnterpriseLabels.h"
#include "users/PersonalData.h"
#include "validation/PhoneNumber.h"
#include "validation/ResidentId.h"
#include "domain/CreditTier.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {
QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='color:#666; padding-right:12px'>%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}
} // namespace

EnterpriseDetailPane::EnterpriseDetailPane(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_reveal(new QPushButton(tr("Show ID number and phone"), this))
{
    connect(m_reveal, &QPushButton::clicked, this, [this] {
        if (!reveal())
            m_reveal->setToolTip(tr("Your role does not see personal data."));
    });
    m_label->setObjectName(QStringLiteral("enterpriseDetail"));
    m_label->setWordWrap(true);
    m_label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setMargin(12);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_label);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    layout->addWidget(m_reveal, 0, Qt::AlignLeft);
    showDetail(std::nullopt);
}

QString EnterpriseDetailPane::text() const
{
    return m_label->text();
}

bool EnterpriseDetailPane::reveal()
{
    if (!m_detail || !m_database || !PersonalData::mayReveal(m_database->connection()))
        return false;
    if (!ErrorDialog::attempt(this, [&] {
        PersonalData::recordReveal(m_database->connection(), QStringLiteral("enterprise"), m_detail->row.id,
                                   QStringLiteral("legal_representative_id, phone"));
    }))
        return false;
    m_revealed = true;
    render();
    return true;
}

void EnterpriseDetailPane::showDetail(const std::optional<EnterpriseStore::Detail> &detail)
{
    m_revealed = detail && m_detail && detail->row.id == m_detail->row.id && m_revealed;
    m_detail = detail;
    render();
}

void EnterpriseDetailPane::render()
{
    const std::optional<EnterpriseStore::Detail> &detail = m_detail;
    m_reveal->setVisible(detail.has_value());
    m_reveal->setEnabled(detail && !m_revealed && m_database && PersonalData::mayReveal(m_database->connection()));
    if (!detail) {
        m_label->setText(tr("Select an enterprise to see its record."));
        return;
    }
    const EnterpriseStore::Row &r = detail->row;
    QString html = QStringLiteral("<h3>%1</h3><table>").arg(r.name.toHtmlEscaped());
    html += row(tr("USCC"), r.uscc);
    html += row(tr("Legal representative"), detail->legalRepresentative);
    // Personal data is masked on screen (PIPL) until a role that needs it asks.
    html += row(tr("ID number"), m_revealed ? detail->legalRepresentativeId : ResidentId::masked(detail->legalRepresentativeId));
    html += row(tr("Phone"), m_revealed ? detail->phone : PhoneNumber::masked(detail->phone));
    html += row(tr("Address"), detail->address);
    html += row(tr("Township"), r.township);
    html += row(tr("Industry"), r.industry);
    html += row(tr("Registered"), r.registrationDate);
    html += row(tr("Status"), EnterpriseLabels::status(r.status));
    html += row(tr("Credit score"), r.score.isNull() ? tr("Not scored") : r.score.toString());
    html += row(tr("Credit tier"), CreditTier::nameOf(r.tier));
    html += row(tr("Sandbox"), detail->inSandbox ? tr("Member (exempt from routine checks)") : tr("Not a member"));
    html += row(tr("Inspections"), QString::number(detail->visits));
    html += row(tr("Penalty cases"), QString::number(detail->penaltyCases));
    html += row(tr("Open clues"), QString::number(detail->openClues));
    html += QStringLiteral("</table>");
    if (!detail->recentEvents.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><table>").arg(tr("Recent credit events").toHtmlEscaped());
        for (const EnterpriseStore::Event &e : detail->recentEvents) {
            const QString points = e.points > 0 ? QStringLiteral("+%1").arg(e.points) : QString::number(e.points);
            html += QStringLiteral("<tr><td style='padding-right:8px'>%1</td><td style='padding-right:8px'>%2</td>"
                                   "<td align='right'>%3</td></tr>")
                        .arg(QLocale().toString(e.date, QLocale::ShortFormat).toHtmlEscaped(),
                             EnterpriseLabels::creditEventKind(e.kind).toHtmlEscaped(), points);
        }
        html += QStringLiteral("</table>");
    }
    m_label->setText(html);
}
