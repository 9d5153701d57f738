#include "OfficersTab.h"

#include "common/ErrorDialog.h"
#include "common/SimpleTable.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "supervision/OfficerPoints.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QPolarChart>
#include <QSplitter>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

OfficersTab::OfficersTab(QWidget *parent)
    : QWidget(parent)
{
    m_retrainingOnly = new QCheckBox(tr("Only officers due for retraining"), this);
    connect(m_retrainingOnly, &QCheckBox::toggled, this, &OfficersTab::refresh);
    m_table = SimpleTable::create({tr("No."), tr("Officer"), tr("Department"), tr("Points"), tr("Grade")}, 2, this);
    m_table->setSortingEnabled(true);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] { showOfficer(SimpleTable::selectedId(m_table)); });
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("officerTitle"));
    m_radar = new QChartView(this);
    m_radar->setRenderHint(QPainter::Antialiasing);
    m_history = new QChartView(this);
    m_history->setRenderHint(QPainter::Antialiasing);
    auto *profile = new QWidget(this);
    auto *profileLayout = new QVBoxLayout(profile);
    profileLayout->setContentsMargins(0, 0, 0, 0);
    profileLayout->addWidget(m_title);
    profileLayout->addWidget(m_radar, 3);
    profileLayout->addWidget(m_history, 2);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_retrainingOnly);
    leftLayout->addWidget(m_table, 1);
    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(profile);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
}

void OfficersTab::setDatabase(Database *database)
{
    m_database = database;
    refresh();
}

void OfficersTab::refresh()
{
    QList<QStringList> rows;
    QList<qint64> ids;
    if (m_database) {
        ErrorDialog::attempt(this, [&] {
            const QDate today = QDate::currentDate();
            if (m_retrainingOnly->isChecked()) {
                for (const OfficerPoints::Profile &p : OfficerPoints::dueForRetraining(m_database->connection(), today)) {
                    rows.append({QString::number(p.id), p.name, p.department, QString::number(p.total), OfficerPoints::gradeName(p.grade)});
                    ids.append(p.id);
                }
            } else {
                for (const OfficerPoints::Profile &p : OfficerPoints::standings(m_database->connection(), today)) {
                    rows.append({QString::number(p.id), p.name, p.department, QString::number(p.total), OfficerPoints::gradeName(p.grade)});
                    ids.append(p.id);
                }
            }
        });
    }
    m_table->setSortingEnabled(false);
    SimpleTable::setRows(m_table, rows, ids);
    m_table->setSortingEnabled(true);
    if (!ids.isEmpty())
        m_table->selectRow(0);
}

void OfficersTab::showOfficer(qint64 officerId)
{
    if (!m_database || officerId == 0)
        return;
    OfficerPoints::Profile p;
    try {
        p = OfficerPoints::profile(m_database->connection(), officerId, QDate::currentDate());
    } catch (const Error &error) {
        ErrorDialog::show(this, error);
        return;
    }
    m_title->setText(tr("<b>%1</b> — %2 · %3 points · %4").arg(p.name.toHtmlEscaped(), p.department.toHtmlEscaped()).arg(p.total)
                         .arg(OfficerPoints::gradeName(p.grade)));

    // Radar: each dimension's net points, on a common scale centred on zero.
    auto *radar = new QPolarChart;
    radar->setTitle(tr("Five dimensions (net points)"));
    radar->legend()->hide();
    auto *angular = new QCategoryAxis;
    angular->setRange(0, 360);
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const QStringList dims = OfficerPoints::dimensions();
    int low = -5, high = 5;
    for (const QString &d : dims) {
        low = qMin(low, p.byDimension.value(d));
        high = qMax(high, p.byDimension.value(d));
    }
    auto *line = new QLineSeries;
    for (int i = 0; i <= dims.size(); ++i) {
        const QString &d = dims.at(i % dims.size());
        if (i < dims.size())
            angular->append(OfficerPoints::dimensionName(d), 360.0 * i / dims.size());
        line->append(360.0 * i / dims.size(), p.byDimension.value(d));
    }
    auto *radial = new QValueAxis;
    radial->setRange(low - 1, high + 1);
    radial->setLabelFormat(QStringLiteral("%d"));
    radar->addSeries(line);
    radar->addAxis(angular, QPolarChart::PolarOrientationAngular);
    radar->addAxis(radial, QPolarChart::PolarOrientationRadial);
    line->attachAxis(angular);
    line->attachAxis(radial);
    QChart *oldRadar = m_radar->chart();
    m_radar->setChart(radar);
    delete oldRadar;

    // History: the running total, starting from the base points.
    auto *history = new QChart;
    history->setTitle(tr("Points over time"));
    history->legend()->hide();
    auto *series = new QLineSeries;
    int total = OfficerPoints::rules().basePoints;
    QDate first = p.events.isEmpty() ? QDate::currentDate().addYears(-1) : p.events.first().date;
    series->append(QDateTime(first.addDays(-1), QTime(12, 0)).toMSecsSinceEpoch(), total);
    int minTotal = total, maxTotal = total;
    for (const OfficerPoints::Event &e : p.events) {
        total += e.points;
        series->append(QDateTime(e.date, QTime(12, 0)).toMSecsSinceEpoch(), total);
        minTotal = qMin(minTotal, total);
        maxTotal = qMax(maxTotal, total);
    }
    series->append(QDateTime(QDate::currentDate(), QTime(12, 0)).toMSecsSinceEpoch(), total);
    history->addSeries(series);
    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("yyyy-MM"));
    auto *y = new QValueAxis;
    y->setRange(minTotal - 2, maxTotal + 2);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%d"));
    history->addAxis(x, Qt::AlignBottom);
    history->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    QChart *oldHistory = m_history->chart();
    m_history->setChart(history);
    delete oldHistory;
}
