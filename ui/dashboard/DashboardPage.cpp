#include "DashboardPage.h"


#include "GettingStartedPanel.h"
#include "IndicatorTile.h"
#include "common/BarChart.h"
#include "common/MonthChoice.h"
#include "common/PageHost.h"
#include "common/TownshipChoice.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "domain/EnterpriseLabels.h"
#include "supervision/ClueStore.h"
#include "domain/ClueState.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QValueAxis>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace {

// The tiles, and whether a rise is good news.
const QList<QPair<const char *, bool>> kTiles = {
    {"visits", true}, {"joint_visits", true}, {"checks_avoided", true}, {"satisfaction_rate", true},
    {"sandbox_members", true}, {"clues_overdue", false}, {"lenient_cases", true}, {"fines_waived", true},
};

} // namespace

DashboardPage::DashboardPage(QWidget *parent)
    : QWidget(parent)
    , m_month(new QComboBox(this))
    , m_township(new QComboBox(this))
    , m_gettingStarted(new GettingStartedPanel(this))
    , m_status(new QLabel(this))
    , m_trend(new QChartView(this))
    , m_departments(new QChartView(this))
    , m_tiers(new QChartView(this))
    , m_clues(new QChartView(this))
    , m_attention(new QListWidget(this))
{
    MonthChoice::fill(m_month, MonthChoice::Default::Running);
    m_month->setObjectName(QStringLiteral("dashboardMonth"));
    auto *refreshButton = new QPushButton(tr("Refresh"), this);
    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Month"), this));
    filters->addWidget(m_month);
    filters->addWidget(new QLabel(tr("Township"), this));
    filters->addWidget(m_township);
    filters->addWidget(refreshButton);
    filters->addWidget(m_status, 1);

    auto *tiles = new QGridLayout;
    for (int i = 0; i < kTiles.size(); ++i) {
        auto *tile = new IndicatorTile(QString::fromLatin1(kTiles.at(i).first), this);
        m_tiles.append(tile);
        connect(tile, &IndicatorTile::clicked, this, [this](const QString &id) {
            emit indicatorRequested(id, m_data.scope.from, m_data.scope.to);
        });
        tiles->addWidget(tile, i / 4, i % 4);
    }
    for (QChartView *view : {m_trend, m_departments, m_tiers, m_clues}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(200);
    }
    auto *charts = new QGridLayout;
    charts->addWidget(m_trend, 0, 0);
    charts->addWidget(m_departments, 0, 1);
    charts->addWidget(m_tiers, 1, 0);
    charts->addWidget(m_clues, 1, 1);
    auto *attention = new QVBoxLayout;
    attention->addWidget(new QLabel(tr("Needs attention"), this));
    attention->addWidget(m_attention, 1);
    auto *lower = new QHBoxLayout;
    lower->addLayout(charts, 3);
    lower->addLayout(attention, 1);

    // Below the filters the page scrolls when it must (a new file's checklist above the
    // figures on a 768-pixel screen) rather than push the window off the screen.
    auto *content = new QWidget(this);
    auto *body = new QVBoxLayout(content);
    body->setContentsMargins(0, 0, 0, 0);
    body->addWidget(m_gettingStarted);
    body->addLayout(tiles);
    body->addLayout(lower, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(scroll, 1);

    connect(refreshButton, &QPushButton::clicked, this, &DashboardPage::refresh);
    connect(m_gettingStarted, &GettingStartedPanel::importRequested, this, &DashboardPage::importRequested);
    connect(m_gettingStarted, &GettingStartedPanel::demoRequested, this, &DashboardPage::demoRequested);
    connect(m_month, &QComboBox::currentIndexChanged, this, &DashboardPage::refresh);
    connect(m_township, &QComboBox::currentIndexChanged, this, &DashboardPage::refresh);
    connect(&m_watcher, &QFutureWatcher<DashboardData>::finished, this, &DashboardPage::apply);
    connect(m_attention, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int index = m_attention->row(item);
        if (index < 0 || index >= m_data.attention.size())
            return;
        const DashboardData::Attention &a = m_data.attention.at(index);
        emit recordRequested(a.kind, a.recordId, a.uscc, a.date);
    });
}

DashboardPage::~DashboardPage()
{
    m_watcher.waitForFinished();
}

IndicatorTile *DashboardPage::tile(const QString &id) const
{
    for (IndicatorTile *t : m_tiles) {
        if (t->indicatorId() == id)
            return t;
    }
    return nullptr;
}

void DashboardPage::setDatabase(Database *database)
{
    m_database = database;
    m_gettingStarted->setDatabase(database);
    TownshipChoice::fill(m_township, m_database, tr("Whole county"));
    refresh();
}

void DashboardPage::refresh()
{
    if (!m_database)
        return;
    if (m_watcher.isRunning()) {
        m_again = true; // recompute once the running one is done
        return;
    }
    m_status->setText(tr("Computing…"));
    const QString path = m_database->path();
    const QDate month = MonthChoice::month(m_month);
    const qint64 township = m_township->currentData().toLongLong();
    m_watcher.setFuture(QtConcurrent::run([path, month, township] {
        try {
            const Database db = Database::open(path, Database::OpenMode::ExistingOnly);
            return DashboardData::build(db.connection(), month, township);
        } catch (const Error &) {
            return DashboardData();
        }
    }));
}

void DashboardPage::apply()
{
    if (m_again) {
        m_again = false;
        refresh();
        return;
    }
    m_data = m_watcher.result();
    if (m_data.current.isEmpty()) {
        m_status->setText(tr("The figures could not be computed."));
        return;
    }
    const QLocale locale;
    for (int i = 0; i < m_tiles.size(); ++i) {
        const QString id = m_tiles.at(i)->indicatorId();
        const IndicatorModel::Definition *definition = IndicatorModel::definition(id);
        IndicatorModel::Value now{id, m_data.value(id), true};
        for (const auto &v : std::as_const(m_data.current)) {
            if (v.id == id)
                now = v;
        }
        const double change = now.value - m_data.value(id, true);
        IndicatorModel::Value delta{id, qAbs(change), true};
        // A rate changes by percentage points, not by per cent of itself.
        const QString amount = definition->unit == IndicatorModel::Unit::Percent
            ? tr("%1 percentage points").arg(locale.toString(qAbs(change), 'f', 1))
            : IndicatorModel::format(*definition, delta);
        const QString changeText = change == 0 ? tr("same as last month")
            : (change > 0 ? tr("▲ %1 on last month") : tr("▼ %1 on last month")).arg(amount);
        m_tiles.at(i)->show(IndicatorModel::format(*definition, now), change, kTiles.at(i).second, changeText);
    }

    auto *visits = new QLineSeries();
    visits->setName(tr("Visits"));
    auto *avoided = new QLineSeries();
    avoided->setName(tr("Checks avoided"));
    double top = 1;
    // Every other month by its short name ("12月", "Dec"), ending on the latest: twelve
    // dates do not fit a quarter of the page side by side.
    auto *x = new QCategoryAxis();
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int months = int(m_data.trend.size());
    int index = 0;
    for (const auto &[month, pair] : std::as_const(m_data.trend)) {
        visits->append(index, pair.first);
        avoided->append(index, pair.second);
        top = qMax(top, pair.first);
        if ((months - 1 - index) % 2 == 0)
            x->append(locale.standaloneMonthName(month.month(), QLocale::ShortFormat), index);
        ++index;
    }
    x->setRange(0, qMax(1, index - 1));
    auto *trend = new QChart();
    trend->addSeries(visits);
    trend->addSeries(avoided);
    trend->setTitle(tr("Visits and checks avoided, last 12 months"));
    auto *y = new QValueAxis();
    BarChart::countAxis(y, top * 1.1);
    trend->addAxis(x, Qt::AlignBottom);
    trend->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *s : {visits, avoided}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    m_trend->setChart(trend);
    m_departments->setChart(BarChart::make(tr("Inspection tasks by department"), BarChart::fromPairs(m_data.tasksByDepartment.mid(0, 8))));
    QList<QPair<QString, qint64>> tiers;
    for (const QString &tier : {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")})
        tiers.append({tier, m_data.tiers.value(tier)});
    m_tiers->setChart(BarChart::make(tr("Enterprises by credit tier"), BarChart::fromPairs(tiers)));
    QList<QPair<QString, qint64>> clues;
    for (const auto &[state, count] : std::as_const(m_data.cluesByState))
        clues.append({ClueState::nameOf(state), count}); // the names Supervision uses
    m_clues->setChart(BarChart::make(tr("Clues by state (%1 overdue)").arg(m_data.value(QStringLiteral("clues_overdue"))), BarChart::fromPairs(clues)));

    m_attention->clear();
    m_attention->setWordWrap(true);
    for (const DashboardData::Attention &a : std::as_const(m_data.attention)) {
        auto *item = new QListWidgetItem(a.text, m_attention);
        item->setData(Qt::UserRole, a.uscc);
        item->setToolTip(a.text);
    }
    const QString figures = tr("Figures for %1").arg(m_data.scope.from.toString(QStringLiteral("yyyy-MM")));
    m_status->setText(m_data.coverage.isEmpty() ? figures : figures + QStringLiteral("  ·  ") + m_data.coverage);
    emit refreshed();
}

void DashboardPage::attach(PageHost *host)
{
    Page::attach(host);
    connect(this, &DashboardPage::recordRequested, this, [host](const QString &kind, qint64 id, const QString &uscc, const QDate &date) {
        host->openRecord(kind, id, uscc, date);
    });
    connect(this, &DashboardPage::indicatorRequested, this,
            [host](const QString &id, const QDate &from, const QDate &to) { host->openIndicator(id, from, to); });
    connect(this, &DashboardPage::importRequested, this, [host](const QString &kind) { host->importFile(kind); });
    connect(this, &DashboardPage::demoRequested, this, [host] { host->openDemo(); });
}
