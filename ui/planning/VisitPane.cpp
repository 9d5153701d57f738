#include "VisitPane.h"

#include "ResultDialog.h"
#include "common/ErrorDialog.h"
#include "common/FormDialog.h"
#include "common/SimpleTable.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "db/Sql.h"
#include "planning/InspectionCode.h"
#include "planning/PlanQueries.h"
#include "planning/VisitNotice.h"
#include "planning/VisitResults.h"
#include "documents/PdfPrinter.h"
#include "users/Session.h"

#include <QAction>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QGridLayout>
#include <QPushButton>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>

VisitPane::VisitPane(QWidget *parent)
    : QWidget(parent)
{
    m_code = new QLabel(this);
    m_code->setAlignment(Qt::AlignCenter);
    m_code->setMinimumSize(160, 160);
    m_title = new QLabel(tr("Choose a visit to see its sheet."), this);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_officers = new QLabel(this);
    m_officers->setWordWrap(true);
    m_items = SimpleTable::create({tr("Department"), tr("Code"), tr("Item"), tr("Result")}, 2, this);
    // Two rows of actions, so the sheet beside the visits table can stay narrow.
    auto *buttons = new QGridLayout;
    const QList<QPair<QString, void (VisitPane::*)()>> actions = {
        {tr("Record results…"), &VisitPane::recordResults}, {tr("Satisfaction…"), &VisitPane::rate},
        {tr("Print notice…"), &VisitPane::printNotice},     {tr("Save code…"), &VisitPane::saveCode},
        {tr("Cancel visit…"), &VisitPane::cancelVisit},
    };
    for (const auto &[label, slot] : actions) {
        auto *button = new QPushButton(label, this);
        button->setEnabled(false);
        connect(button, &QPushButton::clicked, this, slot);
        buttons->addWidget(button, int(m_buttons.size()) / 3, int(m_buttons.size()) % 3);
        m_buttons.append(button);
    }
    // The notice as a file for sending on, beside printing it.
    auto *savePdf = new QAction(tr("Save the notice as PDF…"), this);
    connect(savePdf, &QAction::triggered, this, &VisitPane::saveNotice);
    m_buttons.at(2)->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_buttons.at(2)->addAction(savePdf);
    m_buttons.at(2)->setToolTip(tr("Opens the print preview; right-click to save the notice as PDF."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_code);
    layout->addWidget(m_title);
    layout->addWidget(m_officers);
    layout->addWidget(m_items, 1);
    layout->addLayout(buttons);
}

QString VisitPane::title() const
{
    return m_title->text();
}

bool VisitPane::hasCode() const
{
    return !m_code->pixmap().isNull();
}

void VisitPane::showVisit(qint64 visitId)
{
    m_visitId = 0;
    m_code->clear();
    SimpleTable::setRows(m_items, {});
    for (QPushButton *b : std::as_const(m_buttons))
        b->setEnabled(false);
    if (!m_database || visitId == 0)
        return;
    ErrorDialog::attempt(this, [&] {
        const QSqlDatabase db = m_database->connection();
        const PlanQueries::Visit v = PlanQueries::visit(db, visitId);
        m_visitId = visitId;
        m_code->setPixmap(QPixmap::fromImage(InspectionCode::image(InspectionCode::payload(db, visitId), 2)));
        m_title->setText(tr("<b>%1</b> (%2)<br>%3 · %4 · %5<br>%6 — %7")
                             .arg(v.enterprise.toHtmlEscaped(), v.uscc, v.date.toString(Qt::ISODate), v.township.toHtmlEscaped(),
                                  PlanQueries::originName(v.origin), v.code, PlanQueries::statusName(v.status)));
        m_officers->setText(tr("Departments: %1\nOfficers: %2").arg(v.departments.join(u'、'), v.officers.join(u'、')));
        QList<QStringList> rows;
        for (const VisitResults::Item &item : VisitResults::items(db, visitId))
            rows.append({item.department, item.code, item.name, PlanQueries::resultName(item.result)});
        SimpleTable::setRows(m_items, rows);
        const bool planned = v.status == u"planned";
        // Results are recorded once; a supervisor may correct them, with a reason.
        m_buttons.at(0)->setText(planned ? tr("Record results…") : tr("Correct results…"));
        m_buttons.at(0)->setEnabled(planned || (v.status == u"done" && Session::may(m_database->connection(), Session::Permission::CorrectRecords)));
        m_buttons.at(1)->setEnabled(v.status == u"done");
        m_buttons.at(2)->setEnabled(planned);
        m_buttons.at(3)->setEnabled(true);
        m_buttons.at(4)->setEnabled(planned);
    });
}

void VisitPane::recordResults()
{
    const bool done = Sql::scalar(m_database->connection(), QStringLiteral("SELECT status FROM visit WHERE id = ?"), {m_visitId}).toString() == u"done";
    ResultDialog dialog(m_database, m_visitId, done ? ResultDialog::Mode::Correct : ResultDialog::Mode::Record, this);
    if (dialog.exec() == QDialog::Accepted) {
        showVisit(m_visitId);
        emit changed();
    }
}

void VisitPane::rate()
{
    FormDialog form(tr("Satisfaction with visit %1").arg(m_visitId), this);
    form.addChoice(QStringLiteral("rating"), tr("Rating:"),
                   {{tr("5 — very satisfied"), 5}, {tr("4 — satisfied"), 4}, {tr("3 — neutral"), 3}, {tr("2 — dissatisfied"), 2},
                    {tr("1 — very dissatisfied"), 1}});
    form.addDate(QStringLiteral("on"), tr("Rated on:"), QDate::currentDate());
    form.addText(QStringLiteral("comment"), tr("Comment:"));
    form.setAction([this](const FormDialog &f) {
        return FormDialog::attempt([&] {
            VisitResults::rate(m_database->connection(), m_visitId, f.choice(QStringLiteral("rating")).toInt(), f.date(QStringLiteral("on")),
                               f.text(QStringLiteral("comment")));
        });
    });
    if (form.exec() == QDialog::Accepted)
        emit changed();
}

bool VisitPane::printNoticeOn(QPagedPaintDevice *device, bool interactive)
{
    if (!m_database || m_visitId <= 0)
        return false;
    try {
        const VisitNotice::Document notice = VisitNotice::compose(m_database->connection(), m_visitId);
        const std::unique_ptr<QTextDocument> document = PdfPrinter::document(notice.html, notice.images);
        PdfPrinter::render(*document, device);
        return true;
    } catch (const Error &error) {
        if (interactive)
            ErrorDialog::show(this, error);
        return false;
    }
}

void VisitPane::printNotice()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Inspection notice %1").arg(m_visitId));
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print the inspection notice"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *p) { printNoticeOn(p); });
    preview.exec();
}

void VisitPane::saveNotice()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the inspection notice"), tr("inspection-notice-%1.pdf").arg(m_visitId),
                                                      tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    try {
        VisitNotice::write(m_database->connection(), m_visitId, path);
    } catch (const Error &error) {
        ErrorDialog::show(this, error);
    }
}

void VisitPane::saveCode()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the inspection code"), tr("inspection-code-%1.png").arg(m_visitId),
                                                      tr("PNG image (*.png)"));
    if (path.isEmpty())
        return;
    ErrorDialog::attempt(this, [&] {
        InspectionCode::save(m_database->connection(), m_visitId, path);
    });
}

void VisitPane::cancelVisit()
{
    FormDialog form(tr("Cancel visit %1").arg(m_visitId), this);
    form.addText(QStringLiteral("reason"), tr("Reason:"));
    form.setAction([this](const FormDialog &f) {
        return FormDialog::attempt([&] { VisitResults::cancel(m_database->connection(), m_visitId, f.text(QStringLiteral("reason"))); });
    });
    if (form.exec() == QDialog::Accepted) {
        showVisit(m_visitId);
        emit changed();
    }
}
