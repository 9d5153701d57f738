#include "CluesTab.h"

#include "common/BarChart.h"
#include "common/ErrorDialog.h"
#include "common/FormDialog.h"
#include "common/SimpleTable.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "io/DepartmentDirectory.h"
#include "supervision/AttachmentStore.h"
#include "supervision/ClueStore.h"
#include "supervision/HotlineCategory.h"
#include "domain/ClueState.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

CluesTab::CluesTab(QWidget *parent)
    : QWidget(parent)
{
    m_listing = new QComboBox(this);
    m_listing->addItem(tr("Open clues"), int(ClueStore::Listing::Open));
    m_listing->addItem(tr("Overdue"), int(ClueStore::Listing::Overdue));
    m_listing->addItem(tr("Due within three working days"), int(ClueStore::Listing::DueSoon));
    m_listing->addItem(tr("All clues"), int(ClueStore::Listing::All));
    connect(m_listing, &QComboBox::currentIndexChanged, this, &CluesTab::refresh);
    // What a supervisor watches first (state, deadline, days left) before what is wide.
    m_table = SimpleTable::create({tr("No."), tr("Order"), tr("State"), tr("Deadline"), tr("Working days left"),
                                   tr("Received on"), tr("Department"), tr("Content")},
                                  7, this);
    m_table->setSortingEnabled(true);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CluesTab::showSelected);
    m_steps = new QTextBrowser(this);
    m_steps->setObjectName(QStringLiteral("clueDetail"));
    m_steps->setPlaceholderText(tr("Pick a clue to see what was reported, its steps and its evidence."));
    m_chart = new QChartView(this);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);
    m_next = new QPushButton(tr("Next step…"), this);
    m_attach = new QPushButton(tr("Attach evidence…"), this);
    connect(m_next, &QPushButton::clicked, this, &CluesTab::nextStep);
    connect(m_attach, &QPushButton::clicked, this, &CluesTab::attachEvidence);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_listing);
    bar->addStretch(1);
    bar->addWidget(m_next);
    bar->addWidget(m_attach);
    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_steps);
    right->addWidget(m_chart);
    auto *split = new QSplitter(this);
    split->addWidget(m_table);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
}

void CluesTab::setDatabase(Database *database)
{
    m_database = database;
    refresh();
}

void CluesTab::refresh()
{
    QList<QStringList> rows;
    QList<qint64> ids;
    m_steps->clear();
    m_clues.clear();
    m_next->setEnabled(false);
    m_attach->setEnabled(false);
    if (m_database) {
        ErrorDialog::attempt(this, [&] {
            const auto listing = ClueStore::Listing(m_listing->currentData().toInt());
            for (const ClueStore::Clue &c : ClueStore::list(m_database->connection(), listing, QDate::currentDate())) {
                const bool open = !c.closedOn.isValid();
                rows.append({QString::number(c.id), c.orderNo, ClueState::nameOf(c.state), c.deadline.toString(Qt::ISODate),
                             open && c.deadline.isValid() ? QString::number(c.workingDaysLeft) : QString(),
                             c.receivedOn.toString(Qt::ISODate), c.department, c.content});
                ids.append(c.id);
                m_clues.insert(c.id, c);
            }
        });
    }
    m_table->setSortingEnabled(false);
    SimpleTable::setRows(m_table, rows, ids);
    for (int r = 0; r < m_table->rowCount(); ++r) {
        QTableWidgetItem *left = m_table->item(r, 4);
        if (left && !left->text().isEmpty() && left->text().toInt() < 0)
            left->setForeground(QColor(0xb3, 0x26, 0x1e));
    }
    m_table->setSortingEnabled(true);
    refreshChart();
}

void CluesTab::refreshChart()
{
    QList<BarChart::Bar> bars;
    if (m_database) {
        for (const auto &[state, count] : ClueStore::countsByState(m_database->connection()))
            bars.append({ClueState::nameOf(state), count, {}});
    }
    QChart *chart = BarChart::make(tr("Clues by state"), bars, Qt::Horizontal); // a narrow pane
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

void CluesTab::showSelected()
{
    const qint64 id = SimpleTable::selectedId(m_table);
    m_next->setEnabled(id != 0);
    m_attach->setEnabled(id != 0);
    if (!m_database || id == 0) {
        m_steps->clear();
        return;
    }
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("Clue %1").arg(id).toHtmlEscaped());
    // What was reported, whole: the list's last column only has room for its start.
    if (const auto it = m_clues.constFind(id); it != m_clues.constEnd()) {
        const ClueStore::Clue &c = it.value();
        html += QStringLiteral("<p>%1</p>").arg(c.content.toHtmlEscaped());
        const QString deadline = c.deadline.isValid() ? c.deadline.toString(Qt::ISODate) : tr("none");
        // A clue from a supervision finding has no 12345 order.
        html += QStringLiteral("<p>%1</p>").arg((c.orderNo.isEmpty()
                                                     ? tr("Received %1; %2; deadline %3.").arg(c.receivedOn.toString(Qt::ISODate), c.department, deadline)
                                                     : tr("Order %1 (%2), received %3; %4; deadline %5.")
                                                           .arg(c.orderNo, HotlineCategory::name(c.category), c.receivedOn.toString(Qt::ISODate),
                                                                c.department, deadline))
                                                    .toHtmlEscaped());
        const QString note = ClueStore::deadlineNote(c.deadline);
        if (!note.isEmpty())
            html += QStringLiteral("<p style='color:#8a4b00'>%1</p>").arg(tr("The deadline is %1.").arg(note).toHtmlEscaped());
        if (!c.enterprise.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(tr("Enterprise: %1").arg(c.enterprise).toHtmlEscaped());
    }
    html += QStringLiteral("<table cellpadding='3'>");
    for (const ClueStore::Step &s : ClueStore::steps(m_database->connection(), id))
        html += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td><td>%3</td><td>%4</td></tr>")
                    .arg(s.on.toString(Qt::ISODate), ClueState::nameOf(s.state).toHtmlEscaped(), s.byline().toHtmlEscaped(), s.note.toHtmlEscaped());
    html += QStringLiteral("</table>");
    const auto files = AttachmentStore::list(m_database->connection(), QStringLiteral("clue"), id);
    if (!files.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Evidence").toHtmlEscaped());
        for (const AttachmentStore::Attachment &a : files) {
            const QString problem = AttachmentStore::verify(m_database->path(), a);
            html += QStringLiteral("<li>%1 — %2</li>").arg(a.fileName.toHtmlEscaped(), (problem.isEmpty() ? tr("intact") : problem).toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
    }
    m_steps->setHtml(html);
}

void CluesTab::nextStep()
{
    const qint64 id = SimpleTable::selectedId(m_table);
    if (!m_database || id == 0)
        return;
    const QString state = ClueStore::stateOf(m_database->connection(), id);
    QList<QPair<QString, QVariant>> moves;
    for (const QString &to : ClueStore::allowedMoves(state))
        moves.append({ClueState::nameOf(to), to});
    if (moves.isEmpty())
        return;
    QList<QPair<QString, QVariant>> departments = {{tr("(unchanged)"), 0}};
    for (const auto &[departmentId, name] : DepartmentDirectory::all(m_database->connection()))
        departments.append({name, departmentId});
    FormDialog form(tr("Clue %1: next step").arg(id), this);
    form.addChoice(QStringLiteral("to"), tr("Move to:"), moves);
    form.addChoice(QStringLiteral("department"), tr("Department (when assigning):"), departments);
    // No answer is presumed: the user says what verification found.
    form.addChoice(QStringLiteral("verified"), tr("Verification found the complaint:"),
                   {{tr("— choose when verifying —"), QVariant()}, {tr("not proven"), false}, {tr("true"), true}});
    form.addText(QStringLiteral("by"), tr("Done by:"));
    form.addDate(QStringLiteral("on"), tr("On:"), QDate::currentDate());
    form.addText(QStringLiteral("note"), tr("Note:"));
    form.setAction([this, id](const FormDialog &f) {
        if (f.choice(QStringLiteral("to")).toString() == u"verified" && !f.choice(QStringLiteral("verified")).isValid())
            return tr("Say whether verification found the complaint true or not proven.");
        return FormDialog::attempt([&] {
            ClueStore::move(m_database->connection(), id,
                               {f.choice(QStringLiteral("to")).toString(), f.date(QStringLiteral("on")), f.text(QStringLiteral("by")),
                                f.text(QStringLiteral("note")), f.choice(QStringLiteral("department")).toLongLong(), 0,
                                f.choice(QStringLiteral("verified")).toBool()});
        });
    });
    if (form.exec() == QDialog::Accepted)
        refresh();
}

void CluesTab::attachEvidence()
{
    const qint64 id = SimpleTable::selectedId(m_table);
    if (!m_database || id == 0)
        return;
    const QString file = QFileDialog::getOpenFileName(this, tr("Rectification evidence"), QString(), tr("Documents (*.pdf *.jpg *.png *.docx);;All files (*)"));
    if (file.isEmpty())
        return;
    ErrorDialog::attempt(this, [&] {
        AttachmentStore::attach(m_database->connection(), m_database->path(), QStringLiteral("clue"), id, file, QDate::currentDate());
    });
    showSelected();
}

void CluesTab::showListing(ClueStore::Listing listing)
{
    const int index = m_listing->findData(int(listing));
    if (index >= 0 && index != m_listing->currentIndex())
        m_listing->setCurrentIndex(index); // refreshes
}

bool CluesTab::selectClue(qint64 clueId, ClueStore::Listing listing)
{
    showListing(listing);
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QTableWidgetItem *first = m_table->item(r, 0);
        if (first && first->data(Qt::UserRole).toLongLong() == clueId) {
            m_table->selectRow(r);
            m_table->scrollToItem(first);
            return true;
        }
    }
    return false;
}
