#include "ReportPage.h"

#include "common/BackgroundTask.h"
#include "common/ErrorDialog.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "registry/EnterpriseRepository.h"
#include "report/MonthlyReport.h"
#include "report/MonthlyReportWriter.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

ReportPage::ReportPage(QWidget *parent)
    : QWidget(parent)
    , m_month(new QDateEdit(QDate::currentDate().addMonths(-1), this))
    , m_township(new QComboBox(this))
    , m_preview(new QTextBrowser(this))
    , m_status(new QLabel(this))
{
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
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
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_preview, 1);
    connect(m_month, &QDateEdit::dateChanged, this, &ReportPage::preview);
    connect(m_township, &QComboBox::currentIndexChanged, this, &ReportPage::preview);
}

void ReportPage::setDatabase(Database *database)
{
    m_database = database;
    const QSignalBlocker block(m_township);
    m_township->clear();
    m_township->addItem(tr("The county"), qint64(0));
    if (m_database) {
        try {
            for (const auto &[id, name] : EnterpriseRepository(m_database->connection()).townships())
                m_township->addItem(name, id);
        } catch (const DatabaseError &error) {
            ErrorDialog::show(this, error);
        }
    }
    preview();
}

QString ReportPage::previewText() const
{
    return m_preview->toPlainText();
}

void ReportPage::preview()
{
    if (!m_database)
        return;
    try {
        const MonthlyReport report = MonthlyReport::build(m_database->connection(), m_month->date(),
                                                          m_township->currentData().toLongLong(), m_township->currentText());
        QString html = QStringLiteral("<h2>%1</h2><p>%2</p>").arg(report.title.toHtmlEscaped(), report.summary.toHtmlEscaped());
        for (const MonthlyReport::Strand &strand : report.strands) {
            html += QStringLiteral("<h3>%1</h3><table cellpadding='3'>").arg(strand.title.toHtmlEscaped());
            for (const MonthlyReport::Line &line : strand.lines)
                html += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td><td align='right' style='color:#777'>%3</td></tr>")
                            .arg(line.name.toHtmlEscaped(), line.value.toHtmlEscaped(), line.previous.toHtmlEscaped());
            html += QStringLiteral("</table>");
        }
        m_preview->setHtml(html);
    } catch (const DatabaseError &error) {
        m_preview->setPlainText(error.message());
    }
}

bool ReportPage::exportTo(const QString &path, bool interactive)
{
    if (!m_database)
        return false;
    const QString dbPath = m_database->path();
    const QDate month = m_month->date();
    const qint64 township = m_township->currentData().toLongLong();
    const QString area = m_township->currentText();
    const BackgroundTask::Result result = BackgroundTask::run(
        this, tr("Writing the report…"),
        [&](const BackgroundTask::Progress &) {
            const Database db = Database::open(dbPath, Database::OpenMode::ExistingOnly);
            MonthlyReportWriter::write(MonthlyReport::build(db.connection(), month, township, area), path);
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
    const QString name = tr("supervision-report-%1.%2").arg(m_month->date().toString(QStringLiteral("yyyy-MM")), suffix);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the report"), name, QStringLiteral("*.") + suffix);
    if (!path.isEmpty())
        exportTo(path);
}
