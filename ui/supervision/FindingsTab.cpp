#include "FindingsTab.h"

#include "common/ErrorDialog.h"
#include "common/MonthChoice.h"
#include "common/SimpleTable.h"
#include "db/Database.h"
#include "db/DatabaseError.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

FindingsTab::FindingsTab(QWidget *parent)
    : QWidget(parent)
    , m_month(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_table(SimpleTable::create({tr("Date"), tr("Finding"), tr("Department"), tr("Enterprise"), tr("What the records show"),
                                   tr("Clue")},
                                  4, this))
    , m_status(new QLabel(this))
    , m_toClue(new QPushButton(tr("Make a supervision clue"), this))
{
    MonthChoice::fill(m_month, MonthChoice::Default::Running);
    m_kind->addItem(tr("All findings"), QString());
    for (const QString &kind : SupervisionFindings::kinds())
        m_kind->addItem(SupervisionFindings::kindName(kind), kind);
    m_toClue->setEnabled(false);
    m_toClue->setToolTip(tr("A clue for the finding's department, with a deadline; its supervision notice is printed from the clue."));
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Month"), this));
    bar->addWidget(m_month);
    bar->addWidget(m_kind);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_toClue);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    connect(m_month, &QComboBox::currentIndexChanged, this, &FindingsTab::refresh);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &FindingsTab::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_table->currentRow();
        m_toClue->setEnabled(row >= 0 && row < m_findings.size() && m_findings.at(row).clueId == 0);
    });
    connect(m_toClue, &QPushButton::clicked, this, [this] { makeClue(); });
}

void FindingsTab::setDatabase(Database *database)
{
    m_database = database;
    refresh();
}

void FindingsTab::refresh()
{
    m_findings.clear();
    QList<QStringList> rows;
    if (m_database) {
        const QDate from = MonthChoice::month(m_month);
        const QDate to = qMin(from.addMonths(1).addDays(-1), QDate::currentDate());
        ErrorDialog::attempt(this, [&] {
            m_findings = SupervisionFindings::list(m_database->connection(), from, to, m_kind->currentData().toString());
        });
    }
    for (const SupervisionFindings::Finding &f : std::as_const(m_findings))
        rows.append({f.date.toString(Qt::ISODate), SupervisionFindings::kindName(f.kind), f.department, f.enterprise, f.detail,
                     f.clueId ? QString::number(f.clueId) : QString()});
    m_table->setSortingEnabled(false); // rows stay in m_findings' order
    SimpleTable::setRows(m_table, rows);
    for (int r = 0; r < m_findings.size(); ++r) {
        if (QTableWidgetItem *item = m_table->item(r, 1))
            item->setToolTip(SupervisionFindings::rule(m_findings.at(r).kind));
        if (QTableWidgetItem *item = m_table->item(r, 4))
            item->setToolTip(m_findings.at(r).detail + QStringLiteral("\n") + m_findings.at(r).records.join(QStringLiteral(", ")));
    }
    m_status->setText(tr("%n finding(s)", nullptr, int(m_findings.size())));
    m_toClue->setEnabled(false);
}

qint64 FindingsTab::makeClue(bool interactive)
{
    const int row = m_table->currentRow();
    if (!m_database || row < 0 || row >= m_findings.size())
        return 0;
    try {
        const qint64 clue = SupervisionFindings::toClue(m_database->connection(), m_findings.at(row));
        refresh();
        m_status->setText(tr("Clue %1 made; it is in the Clues tab.").arg(clue));
        emit clueMade(clue);
        return clue;
    } catch (const Error &error) {
        if (interactive)
            ErrorDialog::show(this, error);
        return 0;
    }
}
