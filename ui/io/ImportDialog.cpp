#include "ImportDialog.h"

#include "ValueMappingPanel.h"

#include "common/BackgroundTask.h"
#include "common/ErrorDialog.h"
#include "common/TableExportAction.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "credit/CreditRefresh.h"
#include "io/HeaderMatcher.h"
#include "io/ImportKind.h"
#include "io/Importer.h"
#include "io/TableReader.h"
#include "io/ValueAliases.h"

#include <QComboBox>
#include <QCursor>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QMenu>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace {
constexpr int kPreviewRows = 12;
}

ImportDialog::ImportDialog(Database *database, const QString &kind, QWidget *parent)
    : EditorDialog(parent)
    , m_database(database)
    , m_kind(kind)
    , m_kindBox(new QComboBox(this))
    , m_file(new QLineEdit(this))
    , m_details(new QLabel(this))
    , m_preview(new QTableWidget(this))
    , m_summary(new QLabel(this))
    , m_rejected(new QTableWidget(0, 5, this))
    , m_check(new QPushButton(tr("Check"), this))
    , m_import(new QPushButton(tr("Import"), this))
    , m_saveRejected(new QPushButton(tr("Save rejected rows…"), this))
    , m_mapping(new ValueMappingPanel(this))
    , m_listBox(new QWidget(this))
    , m_listName(new QLineEdit(m_listBox))
    , m_listVersion(new QLineEdit(m_listBox))
    , m_listEffective(new QDateEdit(QDate::currentDate(), m_listBox))
    , m_listKind(new QComboBox(m_listBox))
{
    // A benchmark list is imported as a new version of a named list, in force from a date.
    m_listName->setPlaceholderText(tr("the list's name, e.g. the county's market-regulation benchmarks"));
    m_listVersion->setPlaceholderText(tr("e.g. 2026.1"));
    m_listEffective->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_listEffective->setCalendarPopup(true);
    m_listKind->addItem(tr("Benchmark list"), QStringLiteral("benchmark"));
    m_listKind->addItem(tr("No-penalty / lighter-penalty list"), QStringLiteral("lenient"));
    auto *listRow = new QHBoxLayout(m_listBox);
    listRow->setContentsMargins(0, 0, 0, 0);
    listRow->addWidget(new QLabel(tr("List"), m_listBox));
    listRow->addWidget(m_listName, 2);
    listRow->addWidget(new QLabel(tr("Version"), m_listBox));
    listRow->addWidget(m_listVersion, 1);
    listRow->addWidget(new QLabel(tr("In force from"), m_listBox));
    listRow->addWidget(m_listEffective);
    listRow->addWidget(m_listKind);
    m_listBox->setVisible(kind == u"discretion");
    connect(m_mapping, &ValueMappingPanel::applyRequested, this, [this] { applyMappings(); });
    setWindowTitle(tr("Import"));
    for (const ImportKind &k : ImportKind::all())
        m_kindBox->addItem(k.title, k.id);
    m_kindBox->setCurrentIndex(m_kindBox->findData(kind));
    connect(m_kindBox, &QComboBox::currentIndexChanged, this, [this] { setKind(m_kindBox->currentData().toString()); });
    // Typed or pasted paths work as well as the file dialog.
    m_file->setPlaceholderText(tr("Type or paste the file's path, or choose it"));
    m_file->setClearButtonEnabled(true);
    connect(m_file, &QLineEdit::editingFinished, this, [this] {
        const QString path = cleanPath(m_file->text());
        if (!path.isEmpty() && path != m_loadedPath)
            setFile(path);
    });
    auto *browse = new QPushButton(tr("Choose file…"), this);
    connect(browse, &QPushButton::clicked, this, &ImportDialog::browse);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_kindBox);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);

    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Clicking a column's header chooses the field it feeds.
    m_preview->horizontalHeader()->setSectionsClickable(true);
    m_preview->horizontalHeader()->setToolTip(tr("Click a column's header to choose the field it feeds."));
    connect(m_preview->horizontalHeader(), &QHeaderView::sectionClicked, this, &ImportDialog::chooseField);
    m_preview->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_rejected->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("Field"), tr("Value"), tr("Reason")});
    m_rejected->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rejected->verticalHeader()->setVisible(false);
    m_rejected->horizontalHeader()->setStretchLastSection(true);
    TableExportAction::install(m_rejected, tr("rejected.xlsx"));
    m_summary->setWordWrap(true);
    m_details->setWordWrap(true);

    m_check->setEnabled(false);
    m_import->setEnabled(false);
    m_saveRejected->setEnabled(false);
    connect(m_check, &QPushButton::clicked, this, [this] { check(); });
    connect(m_import, &QPushButton::clicked, this, [this] {
        if (runImport())
            accept();
    });
    connect(m_saveRejected, &QPushButton::clicked, this, &ImportDialog::saveRejected);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_check, QDialogButtonBox::ActionRole);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_saveRejected, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(m_listBox);
    layout->addWidget(m_details);
    layout->addWidget(m_preview, 2);
    layout->addWidget(m_summary);
    layout->addWidget(m_mapping, 1);
    layout->addWidget(m_rejected, 1);
    layout->addWidget(buttons);
    resize(980, 680);
}

QString ImportDialog::summary() const
{
    return m_summary->text();
}

void ImportDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a roster"), QString(),
                                                      tr("Spreadsheets (*.xlsx *.xls *.csv *.txt)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportDialog::setKind(const QString &kind)
{
    m_kind = kind;
    m_overrides.clear();
    m_listBox->setVisible(kind == u"discretion");
    if (!m_loadedPath.isEmpty())
        setFile(m_loadedPath);
}

void ImportDialog::chooseField(int column)
{
    QMenu menu(this);
    menu.addAction(tr("Not imported"))->setData(QString());
    for (const ImportKind::Field &field : ImportKind::find(m_kind).fields)
        menu.addAction(field.label)->setData(field.name);
    if (QAction *chosen = menu.exec(QCursor::pos()))
        mapColumn(column, chosen->data().toString());
}

void ImportDialog::mapColumn(int column, const QString &field)
{
    if (column < 0 || column >= m_headerCells.size())
        return;
    // A field feeds one column: forget it elsewhere.
    for (auto it = m_overrides.begin(); it != m_overrides.end();) {
        if (!field.isEmpty() && it.value() == field)
            it = m_overrides.erase(it);
        else
            ++it;
    }
    for (int c = 0; c < m_headerCells.size(); ++c) {
        const QString key = HeaderMatcher::normalize(m_headerCells.at(c));
        if (c != column && !field.isEmpty() && !m_overrides.contains(key)) {
            // Keep other columns from also claiming this field through a synonym.
            const HeaderMatcher::Mapping current = HeaderMatcher::match({TableRow{1, m_headerCells}}, ImportKind::find(m_kind), m_overrides);
            if (current.columns.value(field, -1) == c)
                m_overrides.insert(key, QString());
        }
    }
    m_overrides.insert(HeaderMatcher::normalize(m_headerCells.at(column)), field);
    setFile(m_loadedPath);
}

QString ImportDialog::cleanPath(const QString &typed)
{
    QString path = typed.trimmed();
    if (path.size() >= 2 && ((path.startsWith(u'"') && path.endsWith(u'"')) || (path.startsWith(u'\'') && path.endsWith(u'\''))))
        path = path.mid(1, path.size() - 2).trimmed();
    if (path.startsWith(QLatin1String("file:"), Qt::CaseInsensitive)) {
        const QUrl url(path);
        if (url.isLocalFile())
            path = url.toLocalFile();
    }
    return QDir::fromNativeSeparators(path);
}

void ImportDialog::setFile(const QString &path)
{
    m_loadedPath = path;
    m_file->setText(QDir::toNativeSeparators(path));
    m_previewRows.clear();
    m_issues.clear();
    m_mapping->setUnresolved(m_database, {});
    m_import->setEnabled(false);
    m_rejected->setRowCount(0);
    m_summary->clear();
    m_preview->clear();
    try {
        auto reader = TableReader::open(path);
        QList<TableRow> rows;
        TableRow row;
        while (rows.size() < kPreviewRows && reader->next(row))
            rows.append(row);
        const ImportKind kind = ImportKind::find(m_kind);
        const HeaderMatcher::Mapping mapping = HeaderMatcher::match(rows, kind, m_overrides);
        m_headerCells.clear();
        for (const TableRow &r : std::as_const(rows)) {
            if (r.row == mapping.headerRow)
                m_headerCells = r.cells;
        }
        int columns = 0;
        for (const TableRow &r : std::as_const(rows))
            columns = qMax(columns, int(r.cells.size()));
        m_preview->setRowCount(int(rows.size()));
        m_preview->setColumnCount(columns);
        // Column headers say which field each column feeds.
        QStringList headers;
        for (int c = 0; c < columns; ++c) {
            QString field;
            for (auto it = mapping.columns.cbegin(); it != mapping.columns.cend(); ++it) {
                if (it.value() == c)
                    field = kind.field(it.key())->label;
            }
            headers.append(field.isEmpty() ? SourcePosition::columnName(c) + tr(" (not used)")
                                           : SourcePosition::columnName(c) + QStringLiteral(" → ") + field);
        }
        m_preview->setHorizontalHeaderLabels(headers);
        QStringList rowLabels;
        for (int r = 0; r < rows.size(); ++r) {
            rowLabels.append(QString::number(rows.at(r).row));
            m_previewRows.append(rows.at(r).row);
            for (int c = 0; c < rows.at(r).cells.size(); ++c) {
                auto *item = new QTableWidgetItem(rows.at(r).cells.at(c));
                if (rows.at(r).row == mapping.headerRow) {
                    QFont bold = item->font();
                    bold.setBold(true);
                    item->setFont(bold);
                }
                m_preview->setItem(r, c, item);
            }
        }
        m_preview->setVerticalHeaderLabels(rowLabels);
        m_preview->resizeColumnsToContents();
        QString details = tr("Read as %1%2.").arg(reader->encoding(),
                                                   reader->sheetName().isEmpty() ? QString() : tr(", sheet %1").arg(reader->sheetName()));
        if (mapping.isValid())
            details += QLatin1Char(' ') + tr("Header found on row %1; %2 columns recognised.").arg(mapping.headerRow).arg(mapping.columns.size());
        else
            details += QLatin1Char(' ') + tr("No header with the required columns (missing: %1).").arg(mapping.missingRequired.join(tr(", ")));
        m_details->setText(details);
        m_check->setEnabled(mapping.isValid());
    } catch (const Error &error) {
        m_details->setText(error.message());
        m_check->setEnabled(false);
    }
}

bool ImportDialog::run(bool dryRun, bool interactive)
{
    if (!m_database)
        return false;
    const QString path = m_loadedPath;
    const QString dbPath = m_database->path();
    const QString kind = m_kind;
    const QHash<QString, QString> overrides = m_overrides;
    const QHash<QString, QHash<QString, QString>> valueMap = m_valueMap;
    QHash<QString, QString> parameters;
    if (kind == u"discretion")
        parameters = {{QStringLiteral("list"), m_listName->text()}, {QStringLiteral("version"), m_listVersion->text()},
                      {QStringLiteral("effective_from"), m_listEffective->date().toString(Qt::ISODate)},
                      {QStringLiteral("list_kind"), m_listKind->currentData().toString()}};
    ImportReport report;
    const BackgroundTask::Result result = BackgroundTask::run(
        this, dryRun ? tr("Checking %1…").arg(QFileInfo(path).fileName()) : tr("Importing %1…").arg(QFileInfo(path).fileName()),
        [&](const BackgroundTask::Progress &progress) {
            const Database db = Database::open(dbPath, Database::OpenMode::ExistingOnly);
            Importer::Options options;
            options.dryRun = dryRun;
            options.headerOverrides = overrides;
            options.valueMap = valueMap;
            options.parameters = parameters;
            // The credit the records feed, in the import's own transaction (as the CLI).
            if (!dryRun && CreditRefresh::follows(kind))
                options.followUp = [](const QSqlDatabase &connection) { CreditRefresh::run(connection); };
            options.progress = [&progress](int percent) { return progress(percent, QString()); };
            report = Importer::run(db.connection(), kind, path, options);
        },
        interactive);
    if (!result.ok) {
        if (!result.cancelled)
            ErrorDialog::show(this, result.message, result.details);
        return false;
    }
    m_summary->setText(report.summary());
    m_rejected->setRowCount(int(report.rejected.size()));
    for (int i = 0; i < report.rejected.size(); ++i) {
        const ImportReport::Issue &issue = report.rejected.at(i);
        const QStringList cells = {QString::number(issue.position.row),
                                   issue.position.column >= 0 ? SourcePosition::columnName(issue.position.column) : QString(),
                                   issue.field, issue.value, issue.reason};
        for (int c = 0; c < cells.size(); ++c)
            m_rejected->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    m_rejected->resizeColumnsToContents();
    m_issues = report.rejected;
    highlightRejected();
    m_mapping->setUnresolved(m_database, report.unresolved);
    m_saveRejected->setEnabled(!report.rejected.isEmpty());
    m_import->setEnabled(dryRun && report.rejected.isEmpty());
    m_imported = m_imported || (!dryRun && report.applied);
    if (!dryRun && report.applied)
        m_notes = report.notes;
    return dryRun ? report.rejected.isEmpty() : report.applied;
}

void ImportDialog::highlightRejected()
{
    const QColor rejected(0xfd, 0xe2, 0xe1);
    for (const ImportReport::Issue &issue : std::as_const(m_issues)) {
        const int r = int(m_previewRows.indexOf(issue.position.row));
        if (r < 0)
            continue;
        // The rejected cell, or the whole row when the problem is not one cell's.
        for (int c = 0; c < m_preview->columnCount(); ++c) {
            if (issue.position.column >= 0 && c != issue.position.column)
                continue;
            QTableWidgetItem *item = m_preview->item(r, c);
            if (!item) {
                item = new QTableWidgetItem;
                m_preview->setItem(r, c, item);
            }
            item->setBackground(rejected);
            item->setToolTip(issue.reason);
        }
    }
}

void ImportDialog::setListVersion(const QString &name, const QString &version, const QDate &effective, bool lenient)
{
    m_listName->setText(name);
    m_listVersion->setText(version);
    m_listEffective->setDate(effective);
    m_listKind->setCurrentIndex(lenient ? 1 : 0);
}

bool ImportDialog::applyMappings(bool interactive)
{
    if (!m_database)
        return false;
    const ValueMappingPanel::Maps keep = m_mapping->remembered();
    try {
        for (auto kind = keep.cbegin(); kind != keep.cend(); ++kind) {
            for (auto it = kind->cbegin(); it != kind->cend(); ++it)
                ValueAliases::add(m_database->connection(), kind.key(), it.key(), it.value());
        }
    } catch (const Error &error) {
        if (interactive)
            ErrorDialog::show(this, error);
        return false;
    }
    const ValueMappingPanel::Maps chosen = m_mapping->chosen();
    for (auto kind = chosen.cbegin(); kind != chosen.cend(); ++kind) {
        for (auto it = kind->cbegin(); it != kind->cend(); ++it)
            m_valueMap[kind.key()].insert(it.key(), it.value());
    }
    return check(interactive);
}

bool ImportDialog::hasUnsavedInput() const
{
    if (m_imported)
        return false;
    const bool listTyped = m_kind == u"discretion" && (!m_listName->text().trimmed().isEmpty() || !m_listVersion->text().trimmed().isEmpty());
    return m_mapping->isEdited() || !m_overrides.isEmpty() || !m_valueMap.isEmpty() || listTyped;
}


bool ImportDialog::check(bool interactive)
{
    return run(true, interactive);
}

bool ImportDialog::runImport(bool interactive)
{
    return run(false, interactive);
}

void ImportDialog::saveRejected()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save rejected rows"), tr("rejected.xlsx"),
                                                      tr("Spreadsheets (*.xlsx *.csv)"));
    if (path.isEmpty())
        return;
    try {
        TableExportAction::write(m_rejected, path);
    } catch (const Error &error) {
        ErrorDialog::show(this, error);
    }
}
