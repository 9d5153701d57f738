#include "DiscretionLookupPage.h"

#include "AssessmentDialog.h"
#include "MatchHighlightDelegate.h"
#include "common/ErrorDialog.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "discretion/DiscretionStore.h"
#include "discretion/DiscretionSearch.h"
#include "discretion/PenaltyCaseStore.h"
#include "domain/Fen.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#include <limits>

namespace {

enum Column { Code, Department, Violation, RedLine, ColumnCount };

// Rows a result table holds; the count says how many more there are.
constexpr int kShownAtMost = 200;

QString yuan(qint64 fen)
{
    return fen < 0 ? QString() : Fen(fen).yuan();
}

} // namespace

DiscretionLookupPage::DiscretionLookupPage(QWidget *parent)
    : QWidget(parent)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("discretionSearch"));
    m_search->setPlaceholderText(tr("Search violations, provisions or departments, e.g. 进货查验 or 消防法"));
    m_search->setClearButtonEnabled(true);
    m_department = new QComboBox(this);
    m_band = new QComboBox(this);
    m_band->addItem(tr("Any band"), QString());
    for (const PenaltyOutcome band : PenaltyOutcome::decidable())
        m_band->addItem(tr("Offers: %1").arg(band.name()), band.code());
    m_redLine = new QComboBox(this);
    m_redLine->addItem(tr("Red line or not"), -1);
    m_redLine->addItem(tr("Red-line items only"), 1);
    m_redLine->addItem(tr("No red-line items"), 0);
    m_allVersions = new QCheckBox(tr("All list versions"), this);
    m_allVersions->setToolTip(tr("Also search versions not in force today (older or not yet effective)."));
    m_count = new QLabel(this);

    m_results = new QTableWidget(0, ColumnCount, this);
    m_results->setHorizontalHeaderLabels({tr("Code"), tr("Department"), tr("Violation"), tr("Red line")});
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setSectionResizeMode(Violation, QHeaderView::Stretch);
    m_results->setItemDelegateForColumn(Violation, new MatchHighlightDelegate(m_results));
    m_details = new QTextBrowser(this);
    m_assess = new QPushButton(tr("Assess a case under this item…"), this);
    m_assess->setEnabled(false);

    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(150); // answer after a pause in typing, not on every key
    connect(m_typing, &QTimer::timeout, this, &DiscretionLookupPage::searchNow);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    for (QComboBox *box : {m_department, m_band, m_redLine})
        connect(box, &QComboBox::currentIndexChanged, this, &DiscretionLookupPage::searchNow);
    connect(m_allVersions, &QCheckBox::toggled, this, &DiscretionLookupPage::searchNow);
    connect(m_results, &QTableWidget::itemSelectionChanged, this, &DiscretionLookupPage::showSelected);
    connect(m_results, &QTableWidget::cellDoubleClicked, this, &DiscretionLookupPage::assessSelected);
    connect(m_assess, &QPushButton::clicked, this, &DiscretionLookupPage::assessSelected);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    filters->addWidget(m_department, 2);
    filters->addWidget(m_band, 1);
    filters->addWidget(m_redLine, 1);
    filters->addWidget(m_allVersions);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_details);
    rightLayout->addWidget(m_assess);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_results);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_count);
    layout->addWidget(splitter, 1);
}

void DiscretionLookupPage::setDatabase(Database *database)
{
    m_database = database;
    fillFilters();
    searchNow();
}

void DiscretionLookupPage::fillFilters()
{
    const QSignalBlocker blocker(m_department);
    m_department->clear();
    m_department->addItem(tr("All departments"), 0);
    if (!m_database)
        return;
    ErrorDialog::attempt(this, [&] {
        for (const DiscretionStore::Department &d : DiscretionStore::departments(m_database->connection()))
            m_department->addItem(d.name, d.id);
    });
}

void DiscretionLookupPage::searchNow()
{
    m_typing->stop();
    m_results->setRowCount(0);
    m_details->clear();
    m_assess->setEnabled(false);
    if (!m_database)
        return;
    DiscretionSearch::Filter filter;
    filter.departmentId = m_department->currentData().toLongLong();
    filter.band = m_band->currentData().toString();
    filter.redLine = m_redLine->currentData().toInt();
    // Every match counted, the first ones shown: a county's lists run to hundreds of
    // items per department.
    filter.limit = std::numeric_limits<int>::max();
    filter.includeSuperseded = m_allVersions->isChecked();
    QList<DiscretionSearch::Hit> hits;
    QStringList also;
    try {
        hits = DiscretionSearch::search(m_database->connection(), m_search->text(), filter);
        also = DiscretionSearch::alsoSearched(m_database->connection(), m_search->text());
    } catch (const Error &error) {
        ErrorDialog::show(this, error);
        return;
    }
    const int shown = int(qMin<qsizetype>(hits.size(), kShownAtMost));
    m_results->setRowCount(shown);
    for (int row = 0; row < shown; ++row) {
        const DiscretionSearch::Hit &h = hits.at(row);
        auto *code = new QTableWidgetItem(h.code);
        code->setData(Qt::UserRole, h.id);
        m_results->setItem(row, Code, code);
        m_results->setItem(row, Department, new QTableWidgetItem(h.department));
        auto *violation = new QTableWidgetItem(h.violation);
        // The whole wording on hover, where a narrow window cuts the column.
        violation->setToolTip(QString(h.violation).remove(u'【').remove(u'】'));
        m_results->setItem(row, Violation, violation);
        auto *red = new QTableWidgetItem(h.redLine ? tr("Red line") : QString());
        red->setForeground(QColor(0xb3, 0x26, 0x1e));
        m_results->setItem(row, RedLine, red);
    }
    m_results->resizeColumnToContents(Code);
    m_results->resizeColumnToContents(Department);
    const bool all = m_search->text().trimmed().isEmpty();
    QString count = all ? tr("%n item(s) in the lists.", nullptr, int(hits.size())) : tr("%n item(s) match.", nullptr, int(hits.size()));
    if (shown < hits.size())
        count += tr(" The first %1 are shown; type more words or choose a department to narrow them.").arg(shown);
    // The lists' own wording the everyday word also stood for.
    if (!also.isEmpty())
        count += QLatin1Char(' ') + tr("Also searched: %1").arg(also.join(tr(", ")));
    m_count->setText(count);
    m_count->setToolTip(also.join(QLatin1Char('\n')));
    if (!hits.isEmpty())
        m_results->selectRow(0);
}

void DiscretionLookupPage::showSelected()
{
    const QList<QTableWidgetItem *> selected = m_results->selectedItems();
    m_assess->setEnabled(!selected.isEmpty());
    if (selected.isEmpty() || !m_database)
        return;
    const qint64 id = m_results->item(selected.first()->row(), Code)->data(Qt::UserRole).toLongLong();
    std::optional<DiscretionStore::Details> d;
    try {
        d = DiscretionStore::details(m_database->connection(), id);
    } catch (const Error &error) {
        ErrorDialog::show(this, error);
        return;
    }
    if (!d)
        return;
    QString html = QStringLiteral("<h3>%1 %2</h3>").arg(d->item.code.toHtmlEscaped(), d->item.violation.toHtmlEscaped());
    if (d->item.redLine)
        html += QStringLiteral("<p style='color:#b3261e'><b>%1</b></p>")
                    .arg(tr("Red-line item: never a minor violation, never 首违不罚. The lighter band or a reduced penalty applies only "
                            "where the law makes it mandatory (art. 32: actively removed the harm, coerced or deceived, confessed, "
                            "meritorious cooperation), and proven absence of fault still means no penalty (art. 33 (2)).")
                            .toHtmlEscaped());
    html += QStringLiteral("<table cellpadding='3'>");
    const QList<QPair<QString, QString>> rows = {
        {tr("Department"), d->department},
        {tr("Violated provision"), d->violatedProvision},
        {tr("Penalty provision"), d->penaltyProvision},
        {tr("Penalty kinds"), d->penaltyKinds},
        {tr("Statutory fine"), d->item.maxFen > 0 ? tr("%1 to %2 yuan").arg(yuan(d->item.minFen), yuan(d->item.maxFen))
                               : !d->fineRangeGiven && d->penaltyKinds.contains(QStringLiteral("罚款"))
                               ? tr("no fixed amount in the list: as the penalty provision sets it (a multiple of illegal income or value)")
                               : tr("none")},
        {tr("List"), tr("%1, version %2, in force from %3").arg(d->listName, d->listVersion, d->effectiveFrom)},
    };
    for (const auto &[label, value] : rows)
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    html += QStringLiteral("</table><h4>%1</h4><table border='1' cellspacing='0' cellpadding='3' width='100%'>"
                           "<tr><th>%2</th><th>%3</th><th>%4</th></tr>")
                .arg(tr("Circumstance bands").toHtmlEscaped(), tr("Band").toHtmlEscaped(), tr("When").toHtmlEscaped(),
                     tr("Fine (yuan)").toHtmlEscaped());
    // The amounts the assessment uses: the list's own, else the 30 % split of the range.
    const DiscretionBands computed = DiscretionBands::forItem(d->item.minFen, d->item.maxFen, d->item.bands);
    for (const DiscretionStore::Band &b : d->bands) {
        qint64 low = b.minFen, high = b.maxFen;
        if (b.band == u"lighter" || b.band == u"standard" || b.band == u"heavier") {
            low = b.band == u"lighter" ? computed.lighterMin : b.band == u"standard" ? computed.standardMin : computed.heavierMin;
            high = b.band == u"lighter" ? computed.lighterMax : b.band == u"standard" ? computed.standardMax : computed.heavierMax;
        }
        const QString range = (low < 0 && high < 0) || d->item.maxFen <= 0 ? QString() : QStringLiteral("%1 – %2").arg(yuan(low), yuan(high));
        QString when = b.conditions;
        if (d->item.redLine && (b.band == u"lighter" || b.band == u"reduced"))
            when = tr("Only where art. 32 makes it mandatory. %1").arg(when);
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(PenaltyOutcome::fromCode(b.band).value_or(PenaltyOutcome::Unstated).name().toHtmlEscaped(), when.toHtmlEscaped(), range.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    m_details->setHtml(html);
    m_details->setProperty("itemId", id);
}

void DiscretionLookupPage::assessSelected()
{
    if (!m_database || !m_details->property("itemId").isValid())
        return;
    const auto item = DiscretionStore::item(m_database->connection(), m_details->property("itemId").toString(), QDate::currentDate());
    if (!item)
        return;
    AssessmentDialog dialog(*item, this);
    dialog.exec();
}
