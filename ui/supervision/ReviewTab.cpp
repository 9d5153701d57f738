#include "ReviewTab.h"
#include "common/FocusedDoubleSpinBox.h"

#include "common/FormDialog.h"
#include "common/SimpleTable.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "discretion/PenaltyCaseStore.h"
#include "supervision/AttachmentStore.h"
#include "supervision/ReviewStore.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPdfDocument>
#include <QPdfView>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

ReviewTab::ReviewTab(QWidget *parent)
    : QWidget(parent)
{
    m_cases = SimpleTable::create({tr("Case number"), tr("Decided"), tr("Department"), tr("Enterprise")}, 3, this);
    m_document = new QPdfDocument(this);
    m_view = new QPdfView(this);
    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    auto *open = new QPushButton(tr("Open the case file (PDF)…"), this);
    connect(open, &QPushButton::clicked, this, &ReviewTab::chooseCaseFile);

    const ReviewChecklist &checklist = ReviewChecklist::builtIn();
    auto *sheet = new QWidget(this);
    auto *sheetLayout = new QVBoxLayout(sheet);
    auto *veto = new QGroupBox(tr("Veto items: tick each defect found (any one fails the file)"), sheet);
    auto *vetoLayout = new QVBoxLayout(veto);
    for (const ReviewChecklist::Item &item : checklist.veto()) {
        auto *box = new QCheckBox(item.text, veto);
        connect(box, &QCheckBox::toggled, this, &ReviewTab::updateScore);
        vetoLayout->addWidget(box);
        m_veto.append({item.id, box});
    }
    sheetLayout->addWidget(veto);
    for (const auto &[title, items] : {std::pair{tr("卷面 (20 points): points deducted, page"), &checklist.form()},
                                       std::pair{tr("内容 (80 points): points deducted, page"), &checklist.content()}}) {
        auto *group = new QGroupBox(title, sheet);
        auto *form = new QFormLayout(group);
        for (const ReviewChecklist::Item &item : *items) {
            // Whole or half points, as the published standards deduct.
            auto *points = new FocusedDoubleSpinBox(group);
            points->setDecimals(1);
            points->setSingleStep(0.5);
            points->setRange(0, item.points);
            points->setSuffix(tr(" / %1").arg(item.points));
            auto *page = new QLineEdit(group);
            page->setPlaceholderText(tr("page"));
            page->setMaximumWidth(70);
            auto *row = new QHBoxLayout;
            row->addWidget(points);
            row->addWidget(page);
            form->addRow(item.text, row);
            connect(points, &QDoubleSpinBox::valueChanged, this, &ReviewTab::updateScore);
            m_rows.append({item.id, points, page});
        }
        sheetLayout->addWidget(group);
    }
    auto *meta = new QFormLayout;
    m_reviewer = new QLineEdit(sheet);
    m_date = new QDateEdit(QDate::currentDate(), sheet);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_campaign = new QLineEdit(sheet);
    m_campaign->setPlaceholderText(tr("e.g. 2026年行政处罚案卷专项评查"));
    meta->addRow(tr("Reviewer:"), m_reviewer);
    meta->addRow(tr("Reviewed on:"), m_date);
    meta->addRow(tr("Campaign:"), m_campaign);
    m_officers = new QLineEdit(sheet);
    m_officers->setPlaceholderText(tr("certificate numbers, separated by commas"));
    meta->addRow(tr("Handling officers:"), m_officers);
    sheetLayout->addLayout(meta);
    m_score = new QLabel(sheet);
    m_score->setObjectName(QStringLiteral("reviewScore"));
    m_message = new QLabel(sheet);
    m_message->setWordWrap(true);
    auto *saveButton = new QPushButton(tr("Save the review"), sheet);
    connect(saveButton, &QPushButton::clicked, this, [this] {
        const QString error = save();
        m_message->setStyleSheet(error.isEmpty() ? QString() : QStringLiteral("color: #b3261e"));
        m_message->setText(error.isEmpty() ? tr("Review saved.") : error);
    });
    sheetLayout->addWidget(m_score);
    sheetLayout->addWidget(m_message);
    sheetLayout->addWidget(saveButton);
    sheetLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(sheet);
    scroll->setWidgetResizable(true);

    auto *middle = new QWidget(this);
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->addWidget(open);
    middleLayout->addWidget(m_view, 1);
    auto *split = new QSplitter(this);
    split->addWidget(m_cases);
    split->addWidget(middle);
    split->addWidget(scroll);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 4);
    split->setStretchFactor(2, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    // Each case gets a clean sheet; one with unsaved input is only left when the user says so.
    connect(m_cases, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_cases->currentRow();
        if (row == m_shownRow)
            return;
        if (m_dirty && m_shownRow >= 0
            && QMessageBox::question(this, tr("Unsaved review"),
                                     tr("The review of case %1 is not saved. Leave it and start on another case?")
                                         .arg(m_cases->item(m_shownRow, 0) ? m_cases->item(m_shownRow, 0)->text() : QString()))
                != QMessageBox::Yes) {
            const QSignalBlocker blocker(m_cases);
            m_cases->selectRow(m_shownRow);
            return;
        }
        resetSheet();
        m_shownRow = row;
    });
    for (const auto &[item, box] : std::as_const(m_veto))
        connect(box, &QCheckBox::toggled, this, [this] { m_dirty = true; });
    for (const Row &r : std::as_const(m_rows)) {
        connect(r.points, &QDoubleSpinBox::valueChanged, this, [this] { m_dirty = true; });
        connect(r.page, &QLineEdit::textEdited, this, [this] { m_dirty = true; });
    }
    updateScore();
}

void ReviewTab::resetSheet()
{
    for (const auto &[item, box] : std::as_const(m_veto))
        box->setChecked(false);
    for (const Row &r : std::as_const(m_rows)) {
        r.points->setValue(0);
        r.page->clear();
    }
    m_officers->clear();
    m_message->clear();
    m_document->close();
    m_caseFile.clear();
    m_dirty = false;
    updateScore();
}

void ReviewTab::setDatabase(Database *database)
{
    m_database = database;
    refresh();
}

void ReviewTab::refresh()
{
    QList<QStringList> rows;
    if (m_database) {
        PenaltyCaseStore::Filter filter;
        filter.limit = 300;
        for (const PenaltyCaseStore::Row &r : PenaltyCaseStore::list(m_database->connection(), filter))
            rows.append({r.caseNo, r.decided.toString(Qt::ISODate), r.department, r.enterprise});
    }
    SimpleTable::setRows(m_cases, rows);
}

bool ReviewTab::openCaseFile(const QString &path)
{
    if (m_document->load(path) != QPdfDocument::Error::None) {
        m_message->setText(tr("%1 cannot be opened as a PDF.").arg(path));
        return false;
    }
    m_caseFile = path;
    m_dirty = true;
    return true;
}

void ReviewTab::chooseCaseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Case file"), QString(), tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        openCaseFile(path);
}

void ReviewTab::setDeduction(const QString &item, double points, const QString &page)
{
    for (const Row &r : std::as_const(m_rows)) {
        if (r.item == item) {
            r.points->setValue(points);
            r.page->setText(page);
        }
    }
}

void ReviewTab::setVeto(const QString &item, bool failed)
{
    for (const auto &[id, box] : std::as_const(m_veto)) {
        if (id == item)
            box->setChecked(failed);
    }
}

void ReviewTab::setReviewer(const QString &name)
{
    m_reviewer->setText(name);
}

void ReviewTab::setOfficers(const QString &certificates)
{
    m_officers->setText(certificates);
}

ReviewChecklist::Score ReviewTab::currentScore() const
{
    QStringList veto;
    for (const auto &[id, box] : m_veto) {
        if (box->isChecked())
            veto.append(id);
    }
    QList<ReviewChecklist::Deduction> deductions;
    for (const Row &r : m_rows) {
        if (r.points->value() > 0)
            deductions.append({r.item, r.points->value(), r.page->text().trimmed(), {}});
    }
    return ReviewChecklist::builtIn().score(veto, deductions);
}

void ReviewTab::updateScore()
{
    const ReviewChecklist::Score s = currentScore();
    m_score->setText(tr("<b>%1</b> points (卷面 %2 + 内容 %3) — <b>%4</b>%5")
                         .arg(s.total).arg(s.form).arg(s.content).arg(ReviewChecklist::gradeName(s.grade))
                         .arg(s.vetoFailed ? tr(" (a veto item failed)") : QString()));
}

QString ReviewTab::save()
{
    const QList<QTableWidgetItem *> selected = m_cases->selectedItems();
    if (!m_database || selected.isEmpty())
        return tr("Choose the case under review.");
    ReviewStore::Input input;
    input.caseNo = m_cases->item(selected.first()->row(), 0)->text();
    input.reviewer = m_reviewer->text();
    input.reviewedOn = m_date->date();
    input.campaign = m_campaign->text();
    for (const auto &[id, box] : std::as_const(m_veto)) {
        if (box->isChecked())
            input.vetoFailed.append(id);
    }
    for (const Row &r : std::as_const(m_rows)) {
        if (r.points->value() > 0)
            input.deductions.append({r.item, r.points->value(), r.page->text().trimmed(), {}});
    }
    const QStringList certificates = m_officers->text().split(QRegularExpression(QStringLiteral("[,，、\\s]+")), Qt::SkipEmptyParts);
    const QString refusal = FormDialog::attempt([&] {
        input.officerIds = ReviewStore::officersByCertificate(m_database->connection(), certificates);
        const ReviewStore::Recorded recorded = ReviewStore::record(m_database->connection(), input);
        if (!m_caseFile.isEmpty())
            AttachmentStore::attach(m_database->connection(), m_database->path(), QStringLiteral("case_review"), recorded.id, m_caseFile,
                                    input.reviewedOn);
    });
    if (refusal.isEmpty())
        m_dirty = false;
    return refusal;
}
