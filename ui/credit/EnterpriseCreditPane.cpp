#include "EnterpriseCreditPane.h"

#include "common/ErrorDialog.h"
#include "common/TableExportAction.h"
#include "credit/CreditEngine.h"
#include "credit/CreditStore.h"
#include "credit/CreditRuleStore.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "domain/EnterpriseLabels.h"
#include "registry/EnterpriseStore.h"
#include "domain/CreditTier.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

EnterpriseCreditPane::EnterpriseCreditPane(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_chart(new QChartView(this))
    , m_table(new QTableWidget(0, 5, this))
{
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setObjectName(QStringLiteral("creditSummary"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(160);
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Event"), tr("Points"), tr("Rule"), tr("Note")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    TableExportAction::install(m_table, tr("credit-explanation.xlsx"), [this] { return m_database; });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_table, 2);
    clear(tr("Select an enterprise to see its credit."));
}

void EnterpriseCreditPane::setDatabase(Database *database)
{
    m_database = database;
    m_book.reset();
    if (!m_database)
        return;
    ErrorDialog::attempt(this, [&] {
        m_book.emplace(CreditRuleStore::load(m_database->connection()));
    });
    clear(tr("Select an enterprise to see its credit."));
}

QString EnterpriseCreditPane::summaryText() const
{
    return m_summary->text();
}

void EnterpriseCreditPane::clear(const QString &message)
{
    m_summary->setText(message);
    m_table->setRowCount(0);
    m_chart->setChart(new QChart());
    m_chartPoints = 0;
}

void EnterpriseCreditPane::showEnterprise(qint64 enterpriseId)
{
    if (!m_database || !m_book || enterpriseId <= 0) {
        clear(tr("Select an enterprise to see its credit."));
        return;
    }
    const QDate today = QDate::currentDate();
    CreditResult r;
    QList<QPair<QDate, int>> history;
    QString caption;
    try {
        // The pane names whose credit it shows, so a stale one cannot pass for another's.
        const std::optional<EnterpriseStore::Detail> detail = EnterpriseStore(m_database->connection()).detail(enterpriseId);
        if (!detail) {
            clear(tr("Select an enterprise to see its credit."));
            return;
        }
        caption = QStringLiteral("%1（%2）").arg(detail->row.name, detail->row.uscc);
        const CreditStore repository(m_database->connection());
        r = repository.evaluate(*m_book, enterpriseId, today);
        history = repository.monthlyScores(*m_book, enterpriseId, today.addMonths(-23), today);
    } catch (const Error &error) {
        clear(error.message());
        return;
    }

    QString summary = caption.toHtmlEscaped() + QStringLiteral("<br>") + tr("<b>Score %1</b> · tier %2 · rules version %3").arg(r.score).arg(CreditTier::nameOf(r.tier)).arg(r.ruleVersion);
    if (r.redLineInForce)
        summary += QStringLiteral("<br><span style='color:#b00020'>")
            + tr("Red-line violation on %1: tier D until %2.").arg(r.redLineDate.toString(Qt::ISODate), r.redLineUntil.toString(Qt::ISODate))
            + QStringLiteral("</span>");
    summary += QStringLiteral("<br>") + (r.eligible ? tr("Eligible for the sandbox.")
                                                    : tr("Not eligible for the sandbox: %1.").arg(CreditEngine::joinReasons(r.ineligibleReasons)));
    m_summary->setText(summary);

    auto *series = new QLineSeries();
    series->setName(tr("Credit score"));
    int low = r.score, high = r.score;
    for (const auto &[date, score] : history) {
        series->append(double(QDateTime(date, QTime(12, 0)).toMSecsSinceEpoch()), score);
        low = qMin(low, score);
        high = qMax(high, score);
    }
    m_chartPoints = int(series->count());
    auto *chart = new QChart();
    chart->addSeries(series);
    chart->legend()->hide();
    chart->setTitle(tr("Score at each month end"));
    auto *x = new QDateTimeAxis();
    x->setFormat(QStringLiteral("yyyy-MM"));
    x->setTickCount(7);
    auto *y = new QValueAxis();
    y->setRange(qMin(low, 60) - 5, qMax(high, 110) + 5);
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    m_chart->setChart(chart);

    m_table->setRowCount(int(r.explanation.size()));
    for (int i = 0; i < r.explanation.size(); ++i) {
        const CreditExplanationEntry &e = r.explanation.at(i);
        const QString points = e.points > 0 ? QStringLiteral("+%1").arg(e.points) : QString::number(e.points);
        const QStringList cells = {e.date.toString(Qt::ISODate), e.name, points,
                                   QStringLiteral("v%1 %2").arg(e.ruleVersion).arg(e.article), e.note};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c == 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (e.points == 0 && e.rulePoints != 0)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_table->setItem(i, c, item);
        }
    }
    m_table->resizeColumnsToContents();
}
