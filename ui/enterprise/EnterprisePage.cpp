#include "EnterprisePage.h"

#include "EnterpriseDetailPane.h"
#include "EnterpriseTableModel.h"
#include "common/ErrorDialog.h"
#include "common/TownshipChoice.h"
#include "credit/EnterpriseCreditPane.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "domain/EnterpriseLabels.h"
#include "registry/EnterpriseExport.h"
#include "registry/EnterpriseQuery.h"
#include "domain/CreditTier.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

EnterprisePage::EnterprisePage(QWidget *parent)
    : QWidget(parent)
    , m_model(new EnterpriseTableModel(this))
    , m_search(new QLineEdit(this))
    , m_township(new QComboBox(this))
    , m_industry(new QComboBox(this))
    , m_tier(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_detail(new EnterpriseDetailPane(this))
    , m_credit(new EnterpriseCreditPane(this))
    , m_searchDelay(new QTimer(this))
{
    m_search->setPlaceholderText(tr("Search by USCC or name"));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("enterpriseSearch"));
    m_township->setObjectName(QStringLiteral("townshipFilter"));
    m_industry->setObjectName(QStringLiteral("industryFilter"));
    m_tier->setObjectName(QStringLiteral("tierFilter"));
    m_township->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_industry->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(new QLabel(tr("Township"), this));
    filters->addWidget(m_township);
    filters->addWidget(new QLabel(tr("Industry"), this));
    filters->addWidget(m_industry);
    filters->addWidget(new QLabel(tr("Tier"), this));
    filters->addWidget(m_tier);
    // Room for a county's count, so a narrow window shrinks the search field, not this.
    m_count->setMinimumWidth(fontMetrics().horizontalAdvance(tr("%1 enterprises").arg(QLocale().toString(9999999))));
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    filters->addWidget(m_count, 1);

    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(EnterpriseQuery::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    // Fixed row heights and no per-row sizing: the view never asks for every row.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int charWidth = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_table->setColumnWidth(EnterpriseQuery::Uscc, charWidth * 21);
    m_table->setColumnWidth(EnterpriseQuery::Name, charWidth * 28);
    m_table->setColumnWidth(EnterpriseQuery::Township, charWidth * 11);
    m_table->setColumnWidth(EnterpriseQuery::Industry, charWidth * 16);
    m_table->setColumnWidth(EnterpriseQuery::RegistrationDate, charWidth * 12);
    m_table->setColumnWidth(EnterpriseQuery::Status, charWidth * 9);
    m_table->setColumnWidth(EnterpriseQuery::Score, charWidth * 10);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *tabs = new QTabWidget(this);
    tabs->addTab(m_detail, tr("Record"));
    tabs->addTab(m_credit, tr("Credit"));
    splitter->addWidget(m_table);
    splitter->addWidget(tabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    // On a 1024-pixel screen the register keeps two thirds: code, name, township and
    // industry side by side; the record beside it stays readable.
    tabs->setMinimumWidth(charWidth * 30);
    splitter->setSizes({charWidth * 110, charWidth * 36});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    // Typing waits for a pause before it queries; picking a filter applies at once.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &EnterprisePage::applyFilters);
    connect(m_township, &QComboBox::currentIndexChanged, this, &EnterprisePage::applyFilters);
    connect(m_industry, &QComboBox::currentIndexChanged, this, &EnterprisePage::applyFilters);
    connect(m_tier, &QComboBox::currentIndexChanged, this, &EnterprisePage::applyFilters);
    connect(m_model, &EnterpriseTableModel::countChanged, this,
            [this](qint64 count) { m_count->setText(tr("%1 enterprises").arg(QLocale().toString(count))); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // The filter changed: no pane keeps a record the table may no longer show. The
        // count of a long list follows from the loader; rows found so far meanwhile.
        m_detail->showDetail(std::nullopt);
        m_credit->showEnterprise(0);
        if (m_model->isCounting())
            m_count->setText(tr("%1+ enterprises, counting…").arg(QLocale().toString(m_model->totalCount())));
    });
    connect(m_model, &EnterpriseTableModel::loadFailed, this,
            [this](const QString &message, const QString &details) { ErrorDialog::show(this, message, details); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &EnterprisePage::showCurrent);

    // Export what the table shows, with its filter and sort.
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *exportAction = new QAction(tr("Export these enterprises…"), m_table);
    connect(exportAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export enterprises"), tr("enterprises.xlsx"),
                                                          tr("Spreadsheets (*.xlsx *.csv)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    m_table->addAction(exportAction);
}

qint64 EnterprisePage::exportTo(const QString &path)
{
    if (!m_database)
        return 0;
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const qint64 rows = EnterpriseExport::write(m_database->connection(), m_model->query(), path);
        QApplication::restoreOverrideCursor();
        return rows;
    } catch (const Error &error) {
        QApplication::restoreOverrideCursor();
        ErrorDialog::show(this, error);
        return -1;
    }
}

void EnterprisePage::fillFilters()
{
    TownshipChoice::fill(m_township, m_database, tr("All"));
    const QSignalBlocker blockIndustry(m_industry);
    const QSignalBlocker blockTier(m_tier);
    m_industry->clear();
    m_tier->clear();
    m_industry->addItem(tr("All"), QString());
    m_tier->addItem(tr("All"), QString());
    for (const QString &tier : {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")})
        m_tier->addItem(CreditTier::nameOf(tier), tier);
    m_tier->addItem(CreditTier::nameOf(QString()), QStringLiteral("-"));
    if (!m_database)
        return;
    try {
        for (const auto &[code, name] : EnterpriseStore(m_database->connection()).industries())
            m_industry->addItem(name, code);
    } catch (const Error &error) {
        ErrorDialog::show(this, error);
    }
}

void EnterprisePage::setDatabase(Database *database)
{
    m_database = database;
    m_credit->setDatabase(database);
    m_detail->setDatabase(database);
    fillFilters();
    m_search->clear();
    m_searchDelay->stop();
    if (m_database)
        m_model->setDatabase(m_database->connection());
}

void EnterprisePage::applyFilters()
{
    EnterpriseQuery query = m_model->query();
    query.text = m_search->text();
    query.townshipId = m_township->currentData().toLongLong();
    query.industryCode = m_industry->currentData().toString();
    query.tier = m_tier->currentData().toString();
    m_model->setQuery(query);
}

void EnterprisePage::showEnterprise(const QString &uscc)
{
    // Selected as soon as the search has counted its rows (off the GUI thread when slow).
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = connect(m_model, &EnterpriseTableModel::countChanged, this, [this, once](qint64 count) {
        disconnect(*once);
        if (count > 0)
            selectRow(0);
    });
    {
        const QSignalBlocker quiet(m_search);
        m_search->setText(uscc);
    }
    m_searchDelay->stop();
    applyFilters();
}

void EnterprisePage::selectRow(int row)
{
    if (row >= 0 && row < m_model->rowCount())
        m_table->selectRow(row);
}

void EnterprisePage::showCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_database) {
        m_detail->showDetail(std::nullopt);
        m_credit->showEnterprise(0);
        return;
    }
    ErrorDialog::attempt(this, [&] {
        const qint64 id = m_model->enterpriseId(current.row());
        EnterpriseStore repository(m_database->connection());
        m_detail->showDetail(repository.detail(id));
        m_credit->showEnterprise(id);
    });
}
