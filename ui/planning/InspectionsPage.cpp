#include "InspectionsPage.h"

#include "PlanDialog.h"
#include "VisitPane.h"
#include "common/ErrorDialog.h"
#include "common/SimpleTable.h"
#include "common/TableExportAction.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "planning/PlanQueries.h"
#include "planning/PlanStore.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

InspectionsPage::InspectionsPage(QWidget *parent)
    : QWidget(parent)
{
    m_plans = new QComboBox(this);
    m_plans->setMinimumContentsLength(40);
    connect(m_plans, &QComboBox::currentIndexChanged, this, [this] { showPlan(currentPlan()); });
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Plan:"), this));
    top->addWidget(m_plans, 1);
    const QList<QPair<QString, void (InspectionsPage::*)()>> actions = {
        {tr("New plan…"), &InspectionsPage::newPlan}, {tr("Verify draw"), &InspectionsPage::verifyDraw},
        {tr("Export plan…"), &InspectionsPage::exportPlan}};
    for (const auto &[label, slot] : actions) {
        auto *button = new QPushButton(label, this);
        connect(button, &QPushButton::clicked, this, slot);
        top->addWidget(button);
    }
    m_figures = new QLabel(this);
    m_figures->setWordWrap(true);

    m_day = new QComboBox(this);
    m_township = new QComboBox(this);
    m_day->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_township->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (QComboBox *filter : {m_day, m_township})
        connect(filter, &QComboBox::currentIndexChanged, this, &InspectionsPage::fillVisits);
    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Day:"), this));
    filters->addWidget(m_day);
    filters->addWidget(new QLabel(tr("Township:"), this));
    filters->addWidget(m_township);
    filters->addStretch(1);

    // What a day's work needs first (status, enterprise, officers); the code is on the sheet beside.
    m_visits = SimpleTable::create({tr("Date"), tr("Status"), tr("Enterprise"), tr("Township"), tr("Officers"), tr("Departments"), tr("Origin"),
                                    tr("Code")},
                                   2, this);
    TableExportAction::install(m_visits, tr("visits"), [this] { return m_database; });
    m_exceptions = SimpleTable::create({tr("Kind"), tr("Department"), tr("Enterprise"), tr("USCC"), tr("Reason")}, 4, this);
    TableExportAction::install(m_exceptions, tr("not-planned"), [this] { return m_database; });
    auto *tabs = new QTabWidget(this);
    auto *visitsTab = new QWidget(this);
    auto *visitsLayout = new QVBoxLayout(visitsTab);
    visitsLayout->setContentsMargins(0, 0, 0, 0);
    visitsLayout->addLayout(filters);
    visitsLayout->addWidget(m_visits, 1);
    tabs->addTab(visitsTab, tr("Visits"));
    tabs->addTab(m_exceptions, tr("Not planned and warnings"));
    m_visit = new VisitPane(this);
    connect(m_visits, &QTableWidget::itemSelectionChanged, this, [this] { m_visit->showVisit(SimpleTable::selectedId(m_visits)); });
    connect(m_visit, &VisitPane::changed, this, [this] {
        const qint64 visit = m_visit->visitId();
        showPlan(currentPlan());
        m_visit->showVisit(visit);
    });
    auto *splitter = new QSplitter(this);
    splitter->addWidget(tabs);
    splitter->addWidget(m_visit);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_figures);
    layout->addWidget(splitter, 1);
}

void InspectionsPage::setDatabase(Database *database)
{
    m_database = database;
    m_visit->setDatabase(database);
    refresh();
}

qint64 InspectionsPage::currentPlan() const
{
    return m_plans->currentData().toLongLong();
}

QString InspectionsPage::figures() const
{
    return m_figures->text();
}

void InspectionsPage::refresh()
{
    const qint64 keep = currentPlan();
    {
        const QSignalBlocker block(m_plans);
        m_plans->clear();
        if (m_database) {
            ErrorDialog::attempt(this, [&] {
                for (const PlanQueries::Plan &p : PlanQueries::list(m_database->connection())) {
                    // Names made by the program already carry the period.
                    const QString from = p.from.toString(Qt::ISODate);
                    m_plans->addItem(p.name.contains(from) ? p.name : tr("%1 (%2 to %3)").arg(p.name, from, p.to.toString(Qt::ISODate)), p.id);
                }
            });
        }
        const int index = m_plans->findData(keep);
        m_plans->setCurrentIndex(index >= 0 ? index : 0);
    }
    showPlan(currentPlan());
}

void InspectionsPage::showPlan(qint64 planId)
{
    m_figures->clear();
    {
        const QSignalBlocker dayBlock(m_day);
        const QSignalBlocker townBlock(m_township);
        m_day->clear();
        m_township->clear();
        m_day->addItem(tr("All days"));
        m_township->addItem(tr("All townships"));
        if (m_database && planId) {
            try {
                const PlanQueries::Plan p = PlanQueries::plan(m_database->connection(), planId);
                const auto rate = [](int part, int whole) { return whole ? QStringLiteral("%1%").arg(100.0 * part / whole, 0, 'f', 1) : QStringLiteral("—"); };
                m_figures->setText(
                    tr("Seed “%1” (algorithm %2). Planned: %3 tasks in %4 visits, %5 joint (%6), %7 checks avoided. Done: %8 visits, "
                       "%9 checks avoided. Satisfaction %10 of %11 ratings. Not planned: %12 blocked by caps, %13 not scheduled.")
                        .arg(p.seed).arg(p.algorithmVersion).arg(p.planned.tasks).arg(p.planned.visits).arg(p.planned.jointVisits)
                        .arg(rate(p.planned.jointVisits, p.planned.visits)).arg(p.planned.checksAvoided()).arg(p.done.visits)
                        .arg(p.done.checksAvoided()).arg(rate(p.satisfied, p.ratings)).arg(p.ratings).arg(p.blocked).arg(p.unscheduled));
                QSet<QDate> days;
                QSet<QString> townships;
                for (const PlanQueries::Visit &v : PlanQueries::visits(m_database->connection(), planId)) {
                    days.insert(v.date);
                    townships.insert(v.township);
                }
                QList<QDate> dayList(days.cbegin(), days.cend());
                std::sort(dayList.begin(), dayList.end());
                for (const QDate &d : std::as_const(dayList))
                    m_day->addItem(d.toString(Qt::ISODate), d);
                QStringList townList(townships.cbegin(), townships.cend());
                townList.sort();
                for (const QString &t : std::as_const(townList))
                    m_township->addItem(t, t);
                QList<QStringList> rows;
                for (const PlanQueries::Exception &e : PlanQueries::exceptions(m_database->connection(), planId))
                    rows.append({e.kind == u"blocked" ? tr("Blocked") : e.kind == u"unscheduled" ? tr("Not scheduled") : tr("Warning"),
                                 e.department, e.enterprise, e.uscc, e.detail});
                SimpleTable::setRows(m_exceptions, rows);
            } catch (const Error &error) {
                ErrorDialog::show(this, error);
            }
        } else {
            SimpleTable::setRows(m_exceptions, {});
        }
    }
    fillVisits();
}

void InspectionsPage::fillVisits()
{
    QList<QStringList> rows;
    QList<qint64> ids;
    const qint64 planId = currentPlan();
    if (m_database && planId) {
        ErrorDialog::attempt(this, [&] {
            for (const PlanQueries::Visit &v : PlanQueries::visits(m_database->connection(), planId, m_day->currentData().toDate(),
                                                                   m_township->currentData().toString())) {
                rows.append({v.date.toString(Qt::ISODate), PlanQueries::statusName(v.status), v.enterprise, v.township,
                             v.officers.join(u'、'), v.departments.join(u'、'), PlanQueries::originName(v.origin), v.code});
                ids.append(v.id);
            }
        });
    }
    SimpleTable::setRows(m_visits, rows, ids);
    m_visit->showVisit(0);
}

void InspectionsPage::newPlan()
{
    if (!m_database)
        return;
    PlanDialog dialog(m_database, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    const int index = m_plans->findData(dialog.createdPlan());
    if (index >= 0)
        m_plans->setCurrentIndex(index);
}

void InspectionsPage::verifyDraw()
{
    if (!m_database || !currentPlan())
        return;
    ErrorDialog::attempt(this, [&] {
        const PlanStore::Verification v = PlanStore::verify(m_database->connection(), currentPlan());
        if (v.ok)
            QMessageBox::information(this, tr("Draw verified"), v.message);
        else
            QMessageBox::warning(this, tr("Draw does not match"), v.message);
    });
}

void InspectionsPage::exportPlan()
{
    if (!m_database || !currentPlan())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the plan"), tr("plan-%1.xlsx").arg(currentPlan()),
                                                      tr("Excel workbook (*.xlsx);;CSV (*.csv);;JSON (*.json)"));
    if (path.isEmpty())
        return;
    ErrorDialog::attempt(this, [&] {
        PlanQueries::exportPlan(m_database->connection(), currentPlan(), path);
    });
}

bool InspectionsPage::showVisit(qint64 visitId)
{
    if (!m_database)
        return false;
    qint64 plan = 0;
    try {
        plan = PlanQueries::planOf(m_database->connection(), visitId);
    } catch (const Error &error) {
        ErrorDialog::show(this, error);
        return false;
    }
    const int index = m_plans->findData(plan);
    if (plan <= 0 || index < 0)
        return false;
    if (index != m_plans->currentIndex())
        m_plans->setCurrentIndex(index); // shows the plan, all days and townships
    else
        showPlan(plan);
    for (int r = 0; r < m_visits->rowCount(); ++r) {
        const QTableWidgetItem *first = m_visits->item(r, 0);
        if (first && first->data(Qt::UserRole).toLongLong() == visitId) {
            m_visits->selectRow(r);
            m_visits->scrollToItem(first);
            return true;
        }
    }
    return false;
}

QStringList InspectionsPage::recordKinds() const
{
    return {QStringLiteral("visit_without_results")};
}

void InspectionsPage::openRecord(const QString &, qint64 recordId, const QString &, const QDate &)
{
    showVisit(recordId);
}

QStringList InspectionsPage::indicatorIds() const
{
    // The figures of visits; the page lists the plans' visits (the default opening).
    return {QStringLiteral("visits"), QStringLiteral("joint_visits"), QStringLiteral("joint_rate"), QStringLiteral("tasks"),
            QStringLiteral("checks_avoided"), QStringLiteral("satisfaction_rate"), QStringLiteral("invited_visits")};
}
