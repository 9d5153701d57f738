#include "ReportPage.h"

#include "common/BackgroundTask.h"
#include "common/ErrorDialog.h"
#include "common/MonthChoice.h"
#include "common/TableExportAction.h"
#include "common/TownshipChoice.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "report/MonthlyReport.h"
#include "report/IndicatorModel.h"
#include "report/MonthlyReportWriter.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

ReportPage::ReportPage(QWidget *parent)
    : QWidget(parent)
    , m_month(new QComboBox(this))
    , m_township(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_figures(new QTableWidget(0, 4, this))
    , m_status(new QLabel(this))
{
    MonthChoice::fill(m_month, MonthChoice::Default::LastComplete); // the month reported on
    m_month->setObjectName(QStringLiteral("reportMonth"));
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Month"), this));
    row->addWidget(m_month);
    row->addWidget(new QLabel(tr("Township"), this));
    row->addWidget(m_township);
    for (const auto &[label, suffix] : {std::pair{tr("Save as PDF…"), QStringLiteral("pdf")},
                                        std::pair{tr("Save as XLSX…"), QStringLiteral("xlsx")},
                                        std::pair{tr("Save as DOCX…"), QStringLiteral("docx")}}) {
        auto *button = new QPushButton(label, this);
        connect(button, &QPushButton::clicked, this, [this, suffix = suffix] { chooseAndExport(suffix); });
        row->addWidget(button);
    }
    row->addWidget(m_status, 1);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_figures->setHorizontalHeaderLabels({tr("Strand"), tr("Indicator"), tr("This month"), tr("Last month")});
    m_figures->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_figures->verticalHeader()->setVisible(false);
    // The name takes the room; this month and last stay side by side for comparing.
    m_figures->horizontalHeader()->setStretchLastSection(false);
    TableExportAction::install(m_figures, tr("indicators.xlsx"), [this] { return m_database; });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_summary);
    layout->addWidget(m_figures, 1);
    connect(m_month, &QComboBox::currentIndexChanged, this, &ReportPage::preview);
    connect(m_township, &QComboBox::currentIndexChanged, this, &ReportPage::preview);
    connect(&m_watcher, &QFutureWatcher<Preview>::finished, this, &ReportPage::showPreview);
}

ReportPage::~ReportPage()
{
    m_watcher.waitForFinished();
}

void ReportPage::setDatabase(Database *database)
{
    m_database = database;
    TownshipChoice::fill(m_township, m_database, tr("The county"));
    preview();
}

QString ReportPage::previewText() const
{
    QString text = m_summary->text();
    for (int r = 0; r < m_figures->rowCount(); ++r)
        text += QLatin1Char('\n') + m_figures->item(r, 1)->text() + QLatin1Char(' ') + m_figures->item(r, 2)->text();
    return text;
}

void ReportPage::preview()
{
    if (!m_database)
        return;
    if (m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    m_status->setText(tr("Computing…"));
    const QString path = m_database->path();
    const QDate chosen = month();
    const qint64 township = m_township->currentData().toLongLong();
    const QString area = m_township->currentText();
    m_watcher.setFuture(QtConcurrent::run([path, chosen, township, area] {
        Preview preview;
        try {
            // The figures only: the twelve-month history is for the written report's charts.
            const Database db = Database::open(path, Database::OpenMode::ExistingOnly);
            preview.report = MonthlyReport::build(db.connection(), chosen, township, area, false);
        } catch (const Error &error) {
            preview.error = error.message();
        }
        return preview;
    }));
}

void ReportPage::showPreview()
{
    if (m_again) {
        m_again = false;
        preview();
        return;
    }
    const Preview result = m_watcher.result();
    m_status->clear();
    if (!result.error.isEmpty()) {
        m_summary->setText(result.error);
        emit previewed();
        return;
    }
    const MonthlyReport &report = result.report;
    m_summary->setText(QStringLiteral("<b>%1</b><br>%2").arg(report.title.toHtmlEscaped(), report.summary.toHtmlEscaped()));
    m_figures->setRowCount(0);
    for (const MonthlyReport::Strand &strand : report.strands) {
        for (const MonthlyReport::Line &line : strand.lines) {
            const int r = m_figures->rowCount();
            m_figures->insertRow(r);
            const IndicatorModel::Definition *d = IndicatorModel::definition(line.id);
            const QStringList cells = {strand.title, line.name, line.value, line.previous};
            for (int c = 0; c < cells.size(); ++c) {
                auto *item = new QTableWidgetItem(cells.at(c));
                item->setToolTip(d ? d->definition : QString()); // what exactly is counted
                if (c >= 2)
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_figures->setItem(r, c, item);
            }
        }
    }
    m_figures->resizeColumnsToContents();
    m_figures->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    // The summary arrived after the page was laid out: lay it out again for its lines.
    layout()->invalidate();
    layout()->activate();
    emit previewed();
}

bool ReportPage::exportTo(const QString &path, bool interactive)
{
    if (!m_database)
        return false;
    const QString dbPath = m_database->path();
    const QDate chosen = month();
    const qint64 township = m_township->currentData().toLongLong();
    const QString area = m_township->currentText();
    const BackgroundTask::Result result = BackgroundTask::run(
        this, tr("Writing the report…"),
        [&](const BackgroundTask::Progress &) {
            const Database db = Database::open(dbPath, Database::OpenMode::ExistingOnly);
            MonthlyReportWriter::write(MonthlyReport::build(db.connection(), chosen, township, area), path);
        },
        interactive);
    if (!result.ok) {
        if (!result.cancelled)
            ErrorDialog::show(this, result.message, result.details);
        return false;
    }
    m_status->setText(tr("Written to %1").arg(path));
    return true;
}

void ReportPage::chooseAndExport(const QString &suffix)
{
    const QString name = tr("supervision-report-%1.%2").arg(month().toString(QStringLiteral("yyyy-MM")), suffix);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the report"), name, QStringLiteral("*.") + suffix);
    if (!path.isEmpty())
        exportTo(path);
}

QDate ReportPage::month() const
{
    return m_month->currentData().toDate();
}

bool ReportPage::setMonth(const QDate &anyDay)
{
    return MonthChoice::select(m_month, anyDay);
}
