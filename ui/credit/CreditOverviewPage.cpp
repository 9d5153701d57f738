#include "CreditOverviewPage.h"

#include "common/BackgroundTask.h"
#include "common/BarChart.h"
#include "common/ErrorDialog.h"
#include "common/TableExportAction.h"
#include "credit/CreditRecomputer.h"
#include "credit/CreditStore.h"
#include "credit/CreditRuleStore.h"
#include "credit/CreditStatistics.h"
#include "credit/SandboxStore.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "domain/EnterpriseLabels.h"
#include "domain/CreditTier.h"

#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->setVisible(false);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void fill(QTableWidget *table, const QList<QStringList> &rows)
{
    table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows.at(r).size(); ++c)
            table->setItem(r, c, new QTableWidgetItem(rows.at(r).at(c)));
    table->resizeColumnsToContents();
}

QGroupBox *box(const QString &title, QWidget *content, QWidget *parent)
{
    auto *group = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(content);
    return group;
}

} // namespace

CreditOverviewPage::CreditOverviewPage(QWidget *parent)
    : QWidget(parent)
    , m_tiers(new QChartView(this))
    , m_summary(new QLabel(this))
    , m_members(makeTable({tr("USCC"), tr("Entered"), tr("Decision"), tr("Name")}, this))
    , m_exits(makeTable({tr("USCC"), tr("Left"), tr("Name"), tr("Reason")}, this))
    , m_candidates(makeTable({tr("USCC"), tr("Score"), tr("Name")}, this))
{
    m_tiers->setRenderHint(QPainter::Antialiasing);
    m_tiers->setMinimumHeight(220);
    TableExportAction::install(m_members, tr("sandbox-members.xlsx"), [this] { return m_database; });
    TableExportAction::install(m_exits, tr("sandbox-exits.xlsx"), [this] { return m_database; });
    TableExportAction::install(m_candidates, tr("sandbox-candidates.xlsx"), [this] { return m_database; });
    auto *recompute = new QPushButton(tr("Recompute scores"), this);
    auto *find = new QPushButton(tr("Find candidates"), this);
    auto *admit = new QPushButton(tr("Admit selected…"), this);
    connect(recompute, &QPushButton::clicked, this, [this] { this->recompute(false); });
    connect(find, &QPushButton::clicked, this, [this] { findCandidates(); });
    connect(admit, &QPushButton::clicked, this, &CreditOverviewPage::admitSelected);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(recompute);
    buttons->addWidget(find);
    buttons->addWidget(admit);

    auto *grid = new QGridLayout;
    grid->addWidget(box(tr("Enterprises by credit tier"), m_tiers, this), 0, 0);
    grid->addWidget(box(tr("Sandbox members"), m_members, this), 0, 1);
    grid->addWidget(box(tr("Left the sandbox in the last 12 months"), m_exits, this), 1, 0);
    grid->addWidget(box(tr("Eligible, not yet admitted"), m_candidates, this), 1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addLayout(grid, 1);
}

void CreditOverviewPage::setDatabase(Database *database)
{
    m_database = database;
    m_candidates->setRowCount(0);
    refresh();
}

qint64 CreditOverviewPage::tierCount(const QString &tier) const
{
    return m_tierCounts.value(tier);
}

void CreditOverviewPage::refresh()
{
    if (!m_database)
        return;
    const QDate today = QDate::currentDate();
    try {
        const QSqlDatabase db = m_database->connection();
        m_tierCounts = CreditStatistics::tierCounts(db);
        QList<QStringList> rows;
        for (const auto &m : SandboxStore::members(db, today))
            rows.append({m.uscc, m.entered.toString(Qt::ISODate), m.decisionNo, m.name});
        fill(m_members, rows);
        rows.clear();
        for (const auto &m : SandboxStore::exits(db, today.addMonths(-12), today))
            rows.append({m.uscc, m.exited.toString(Qt::ISODate), m.name, SandboxStore::exitReasonText(m.exitReason)});
        fill(m_exits, rows);
    } catch (const Error &error) {
        ErrorDialog::show(this, error);
        return;
    }

    QList<BarChart::Bar> bars;
    for (const QString &tier : {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D"), QString()})
        bars.append({tier.isEmpty() ? CreditTier::nameOf(tier) : tier, m_tierCounts.value(tier), CreditTier::nameOf(tier)});
    QChart *chart = BarChart::make(tr("Enterprises"), bars);
    chart->setTitle(QString());
    m_tiers->setChart(chart);
    qint64 total = 0;
    for (const qint64 n : std::as_const(m_tierCounts))
        total += n;
    m_summary->setText(tr("%1 enterprises, %2 in the sandbox").arg(QLocale().toString(total)).arg(m_members->rowCount()));
}

bool CreditOverviewPage::recompute(bool full, bool interactive)
{
    if (!m_database)
        return false;
    const QString path = m_database->path();
    QString summary;
    const BackgroundTask::Result result = BackgroundTask::run(
        this, tr("Recomputing credit scores…"),
        [&](const BackgroundTask::Progress &progress) {
            const Database db = Database::open(path, Database::OpenMode::ExistingOnly);
            const auto outcome = CreditRecomputer::run(db.connection(), CreditRuleStore::load(db.connection()),
                                                       QDate::currentDate(),
                                                       full ? CreditRecomputer::Mode::Full : CreditRecomputer::Mode::Incremental,
                                                       [&progress](int percent) { return progress(percent, QString()); });
            summary = tr("%1 enterprises evaluated, %2 changed, %3 left the sandbox.")
                          .arg(outcome.evaluated).arg(outcome.changed).arg(outcome.sandboxExits);
        },
        interactive);
    if (!result.ok) {
        if (!result.cancelled)
            ErrorDialog::show(this, result.message, result.details);
        return false;
    }
    refresh();
    m_summary->setText(m_summary->text() + QStringLiteral(" · ") + summary);
    return true;
}

void CreditOverviewPage::findCandidates(bool interactive)
{
    if (!m_database)
        return;
    // Every candidate is evaluated in full: in a big county that takes a while.
    const QString path = m_database->path();
    QList<SandboxStore::Candidate> candidates;
    const BackgroundTask::Result result = BackgroundTask::run(
        this, tr("Finding sandbox candidates…"),
        [&](const BackgroundTask::Progress &) {
            const Database db = Database::open(path, Database::OpenMode::ExistingOnly);
            candidates = SandboxStore::propose(db.connection(), CreditRuleStore::load(db.connection()), QDate::currentDate());
        },
        interactive);
    if (!result.ok) {
        if (!result.cancelled)
            ErrorDialog::show(this, result.message, result.details);
        return;
    }
    QList<QStringList> rows;
    for (const auto &c : std::as_const(candidates))
        rows.append({c.uscc, QString::number(c.score), c.name});
    fill(m_candidates, rows);
}

void CreditOverviewPage::admitSelected()
{
    const int row = m_candidates->currentRow();
    if (!m_database || row < 0)
        return;
    const QString uscc = m_candidates->item(row, 0)->text();
    bool ok = false;
    const QString decision = QInputDialog::getText(this, tr("Admit to the sandbox"),
                                                   tr("Number of the admission decision for %1:").arg(m_candidates->item(row, 2)->text()),
                                                   QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    try {
        const QSqlDatabase db = m_database->connection();
        const auto id = CreditStore(db).enterpriseByUscc(uscc);
        if (!id)
            return;
        SandboxStore::admit(db, CreditRuleStore::load(db), *id, QDate::currentDate(), decision);
        m_candidates->removeRow(row);
        refresh();
    } catch (const Error &error) {
        ErrorDialog::show(this, error);
    }
}
