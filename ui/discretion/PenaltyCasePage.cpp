#include "PenaltyCasePage.h"

#include "CaseDocumentsDialog.h"
#include "NewCaseDialog.h"
#include "common/ErrorDialog.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "discretion/CaseDocuments.h"
#include "domain/Fen.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum Column { Decided, CaseNo, Department, Enterprise, Item, Outcome, Fine, Check, Delivered, ColumnCount };

constexpr int kShown = 500;

QString yuan(qint64 fen)
{
    return Fen(fen).yuan();
}

} // namespace

PenaltyCasePage::PenaltyCasePage(QWidget *parent)
    : QWidget(parent)
{
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(QDate(today.year(), 1, 1), this);
    m_to = new QDateEdit(today, this);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        connect(edit, &QDateEdit::dateChanged, this, &PenaltyCasePage::refresh);
    }
    m_flaggedOnly = new QCheckBox(tr("Only cases outside their benchmark"), this);
    connect(m_flaggedOnly, &QCheckBox::toggled, this, &PenaltyCasePage::refresh);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("caseSummary"));
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setHorizontalHeaderLabels({tr("Decided"), tr("Case number"), tr("Department"), tr("Enterprise"), tr("Item"),
                                        tr("Outcome"), tr("Fine (yuan)"), tr("Benchmark check"), tr("Delivered")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Enterprise, QHeaderView::Stretch);
    m_new = new QPushButton(tr("New case…"), this);
    connect(m_new, &QPushButton::clicked, this, &PenaltyCasePage::newCase);
    m_documents = new QPushButton(tr("Documents…"), this);
    m_deliver = new QPushButton(tr("Record delivery…"), this);
    m_attach = new QPushButton(tr("Attach benchmark item…"), this);
    m_attach->setObjectName(QStringLiteral("attachItem"));
    m_attach->setToolTip(tr("For a case recorded without a benchmark item: give it the item of its department in force on its decision date."));
    connect(m_attach, &QPushButton::clicked, this, &PenaltyCasePage::attachItem);
    connect(m_documents, &QPushButton::clicked, this, &PenaltyCasePage::showDocuments);
    connect(m_deliver, &QPushButton::clicked, this, &PenaltyCasePage::markDelivered);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &PenaltyCasePage::showDocuments);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const std::optional<PenaltyCaseStore::Row> row = selectedCase();
        // Documents cite the benchmark item's provisions; a case recorded without one has none.
        const bool citable = row && !row->itemCode.isEmpty();
        m_documents->setEnabled(citable);
        m_documents->setToolTip(row && !citable ? tr("This case was recorded without a benchmark item: its documents would cite no provisions.")
                                                : QString());
        m_deliver->setEnabled(row.has_value());
        m_attach->setEnabled(row && !citable);
    });

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Decided from"), this));
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr("to"), this));
    bar->addWidget(m_to);
    bar->addWidget(m_flaggedOnly);
    bar->addStretch(1);
    bar->addWidget(m_new);
    bar->addWidget(m_attach);
    bar->addWidget(m_documents);
    bar->addWidget(m_deliver);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
}

void PenaltyCasePage::setDatabase(Database *database)
{
    m_database = database;
    refresh();
}

void PenaltyCasePage::setPeriod(const QDate &from, const QDate &to)
{
    const QSignalBlocker a(m_from), b(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    refresh();
}

void PenaltyCasePage::setFlaggedOnly(bool on)
{
    m_flaggedOnly->setChecked(on);
}

void PenaltyCasePage::refresh()
{
    m_table->setRowCount(0);
    m_rows.clear();
    m_summary->clear();
    m_documents->setEnabled(false);
    m_deliver->setEnabled(false);
    m_attach->setEnabled(false);
    if (!m_database)
        return;
    PenaltyCaseStore::Filter filter;
    filter.from = m_from->date();
    filter.to = m_to->date();
    filter.flaggedOnly = m_flaggedOnly->isChecked();
    filter.limit = kShown;
    QList<PenaltyCaseStore::Figure> figures;
    try {
        m_rows = PenaltyCaseStore::list(m_database->connection(), filter);
        figures = PenaltyCaseStore::figures(m_database->connection(), filter.from, filter.to);
    } catch (const Error &error) {
        ErrorDialog::show(this, error);
        return;
    }
    int cases = 0, lenient = 0, flagged = 0;
    qint64 waived = 0;
    for (const PenaltyCaseStore::Figure &f : std::as_const(figures)) {
        cases += f.cases;
        lenient += f.lenientCases;
        waived += f.finesWaivedFen;
        flagged += f.flagged;
    }
    QString summary = tr("%1 cases; %2 lenient (no penalty, reduced or lighter); fines waived %3 yuan; %4 outside their benchmark.")
                          .arg(cases).arg(lenient).arg(yuan(waived)).arg(flagged);
    if (m_rows.size() == kShown)
        summary += QLatin1Char(' ') + tr("The latest %1 are listed.").arg(kShown);
    m_summary->setText(summary);

    m_table->setRowCount(int(m_rows.size()));
    const QColor warning(0xb3, 0x26, 0x1e);
    for (int row = 0; row < m_rows.size(); ++row) {
        const PenaltyCaseStore::Row &r = m_rows.at(row);
        const QStringList cells = {r.decided.toString(Qt::ISODate), r.caseNo, r.department, r.enterprise,
                                   r.itemCode.isEmpty() ? QString() : QStringLiteral("%1 (%2)").arg(r.itemCode, r.listVersion),
                                   r.outcome.name(), yuan(r.fineFen),
                                   r.flag.isEmpty() ? tr("within") : PenaltyCaseStore::flagText(r.flag),
                                   r.delivered.toString(Qt::ISODate)};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c == Fine)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c == Check && r.outsideBenchmark()) {
                item->setForeground(warning);
                item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
            }
            m_table->setItem(row, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(Enterprise, QHeaderView::Stretch);
}

std::optional<PenaltyCaseStore::Row> PenaltyCasePage::selectedCase() const
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty() || selected.first()->row() >= m_rows.size())
        return std::nullopt;
    return m_rows.at(selected.first()->row());
}

void PenaltyCasePage::showDocuments()
{
    const std::optional<PenaltyCaseStore::Row> row = selectedCase();
    if (!row || !m_database)
        return;
    try {
        const auto documents = CaseDocuments::build(*row, CaseDocuments::loadTemplates(m_database->path()));
        CaseDocumentsDialog dialog(m_database->connection(), *row, documents, this);
        dialog.exec();
    } catch (const Error &error) {
        ErrorDialog::show(this, error);
    }
}

void PenaltyCasePage::newCase()
{
    if (!m_database)
        return;
    NewCaseDialog dialog(m_database, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const PenaltyCaseStore::Row row = dialog.recorded();
    if (row.outsideBenchmark())
        QMessageBox::warning(this, tr("Outside the benchmark"),
                             tr("Case %1 was recorded, and is flagged: %2.").arg(row.caseNo, PenaltyCaseStore::flagText(row.flag)));
    refresh();
}

void PenaltyCasePage::markDelivered()
{
    const std::optional<PenaltyCaseStore::Row> row = selectedCase();
    if (!row || !m_database)
        return;
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Record delivery"),
                                               tr("Date the documents of %1 were delivered (YYYY-MM-DD):").arg(row->caseNo),
                                               QLineEdit::Normal, QDate::currentDate().toString(Qt::ISODate), &ok);
    if (!ok)
        return;
    try {
        PenaltyCaseStore::markDelivered(m_database->connection(), row->caseNo, QDate::fromString(text.trimmed(), Qt::ISODate));
    } catch (const Error &error) {
        ErrorDialog::show(this, error);
        return;
    }
    refresh();
}

void PenaltyCasePage::attachItem()
{
    const std::optional<PenaltyCaseStore::Row> row = selectedCase();
    if (!row || !m_database)
        return;
    QList<PenaltyCaseStore::Candidate> candidates;
    try {
        candidates = PenaltyCaseStore::candidateItems(m_database->connection(), *row);
    } catch (const Error &error) {
        ErrorDialog::show(this, error);
        return;
    }
    if (candidates.isEmpty()) {
        QMessageBox::information(this, tr("Attach benchmark item"),
                                 tr("No benchmark item of %1 is in force on %2, the decision date of %3. Import the department's "
                                    "discretion list first.")
                                     .arg(row->department, row->decided.toString(Qt::ISODate), row->caseNo));
        return;
    }
    QStringList choices;
    for (const PenaltyCaseStore::Candidate &c : std::as_const(candidates))
        choices.append(tr("%1 — %2 (list %3)").arg(c.code, c.violation, c.listVersion));
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Attach benchmark item"),
                                                 tr("The benchmark item case %1 was decided under (it cannot be changed afterwards):")
                                                     .arg(row->caseNo),
                                                 choices, 0, false, &ok);
    if (!ok)
        return;
    const qsizetype index = choices.indexOf(chosen);
    if (index < 0)
        return;
    PenaltyCaseStore::Row attached;
    try {
        attached = PenaltyCaseStore::attachItem(m_database->connection(), row->caseNo, candidates.at(index).code);
    } catch (const Error &error) {
        ErrorDialog::show(this, error);
        return;
    }
    if (attached.outsideBenchmark())
        QMessageBox::warning(this, tr("Outside the benchmark"),
                             tr("Case %1 now has its benchmark item, and is flagged: %2.").arg(attached.caseNo, PenaltyCaseStore::flagText(attached.flag)));
    refresh();
}

bool PenaltyCasePage::selectCase(qint64 caseId, const QDate &decidedOn)
{
    if (decidedOn.isValid() && (decidedOn < m_from->date() || decidedOn > m_to->date()))
        setPeriod(qMin(decidedOn, m_from->date()), qMax(decidedOn, m_to->date()));
    setFlaggedOnly(false);
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).id == caseId) {
            m_table->selectRow(r);
            m_table->scrollToItem(m_table->item(r, 0));
            return true;
        }
    }
    return false;
}
