#include "ExchangeTab.h"

#include "common/BackgroundTask.h"
#include "common/ErrorDialog.h"
#include "common/FormDialog.h"
#include "common/SimpleTable.h"
#include "db/Database.h"
#include "db/InputFile.h"
#include "db/OutputFile.h"
#include "exchange/ExchangeConflict.h"
#include "exchange/ExchangeCoverage.h"
#include "exchange/ExchangeStore.h"
#include "exchange/OfficeStore.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString kindName(const QString &kind)
{
    return kind == u"county" ? ExchangeTab::tr("county bureau") : ExchangeTab::tr("township justice office");
}

} // namespace

ExchangeTab::ExchangeTab(QWidget *parent)
    : QWidget(parent)
    , m_office(new QLabel(this))
    , m_coverage(new QLabel(this))
    , m_offices(SimpleTable::create({tr("Office"), tr("Kind"), tr("Township"), tr("Code"), tr("Packages sent"), tr("Packages received"),
                                      tr("Pending")},
                                     0,
                                    this))
{
    m_office->setWordWrap(true);
    m_coverage->setWordWrap(true);
    auto *name = new QPushButton(tr("Name this office…"), this);
    auto *card = new QPushButton(tr("Save this office's card…"), this);
    auto *trust = new QPushButton(tr("Trust an office's card…"), this);
    auto *send = new QPushButton(tr("Write the next package…"), this);
    auto *receive = new QPushButton(tr("Import a package…"), this);
    auto *again = new QPushButton(tr("Write a package again…"), this);
    again->setToolTip(tr("A package already sent to the selected office, written again as it was (a lost or overwritten file)."));
    connect(again, &QPushButton::clicked, this, &ExchangeTab::chooseAgain);
    auto *pending = new QPushButton(tr("Count what is pending"), this);
    pending->setToolTip(tr("For each office: the records changed here since the last package, which the next one would carry."));
    connect(pending, &QPushButton::clicked, this, [this] { countPending(); });
    send->setToolTip(tr("For the office selected in the list: what changed since the two files last agreed."));
    connect(name, &QPushButton::clicked, this, &ExchangeTab::nameOffice);
    connect(card, &QPushButton::clicked, this, &ExchangeTab::saveCard);
    connect(trust, &QPushButton::clicked, this, &ExchangeTab::trustCard);
    connect(send, &QPushButton::clicked, this, &ExchangeTab::chooseExport);
    connect(receive, &QPushButton::clicked, this, &ExchangeTab::chooseImport);
    m_needOffice = {card, trust, send, receive, pending, again};
    auto *officeRow = new QHBoxLayout;
    officeRow->addWidget(m_office, 1);
    officeRow->addWidget(name);
    officeRow->addWidget(card);
    auto *actions = new QHBoxLayout;
    actions->addWidget(trust);
    actions->addWidget(pending);
    actions->addStretch(1);
    actions->addWidget(again);
    actions->addWidget(send);
    actions->addWidget(receive);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(officeRow);
    layout->addWidget(new QLabel(tr("Offices this file trusts, and the packages exchanged with each:"), this));
    layout->addWidget(m_offices, 1);
    layout->addLayout(actions);
    layout->addWidget(m_coverage);
}

void ExchangeTab::setDatabase(Database *database)
{
    m_database = database;
    refresh();
}

void ExchangeTab::refresh()
{
    QList<QStringList> rows;
    QList<qint64> ids;
    std::optional<OfficeStore::Office> self;
    if (m_database) {
        ErrorDialog::attempt(this, [&] {
            self = OfficeStore::current(m_database->connection());
            qint64 n = 0;
            for (const OfficeStore::Office &p : OfficeStore::peers(m_database->connection())) {
                rows.append({p.name, kindName(p.kind), p.township, p.code, QString::number(p.lastSent), QString::number(p.lastReceived),
                             QString()});
                ids.append(++n);
            }
            m_coverage->setText(ExchangeCoverage::of(m_database->connection()).sentence());
        });
    }
    SimpleTable::setRows(m_offices, rows, ids);
    if (!m_database)
        m_office->setText(tr("No database is open."));
    else if (!self)
        m_office->setText(tr("This file belongs to no office yet. An administrator names it: the county bureau, or a township's "
                             "justice office."));
    else
        m_office->setText(self->township.isEmpty() ? tr("This file belongs to %1 (county bureau, code %2).").arg(self->name, self->code)
                                                   : tr("This file belongs to %1 (justice office of %2, code %3).")
                                                         .arg(self->name, self->township, self->code));
    for (QPushButton *button : std::as_const(m_needOffice))
        button->setEnabled(self.has_value());
}

QString ExchangeTab::officeText() const
{
    return m_office->text();
}

QString ExchangeTab::coverageText() const
{
    return m_coverage->text();
}

void ExchangeTab::nameOffice()
{
    if (!m_database)
        return;
    FormDialog form(tr("Name this office"), this);
    form.addChoice(QStringLiteral("kind"), tr("Office:"),
                   {{tr("County bureau"), QStringLiteral("county")}, {tr("Township justice office"), QStringLiteral("township")}});
    form.addText(QStringLiteral("name"), tr("Name:"), QString(), tr("e.g. 清溪县司法局 or 城关镇司法所"));
    form.addText(QStringLiteral("township"), tr("Township:"), QString(), tr("a township office: its township, as the register writes it"));
    form.addText(QStringLiteral("code"), tr("Township code:"), QString(), tr("only in a new file whose register lacks the township"));
    form.setAction([this](const FormDialog &f) {
        return FormDialog::attempt([&] {
            OfficeStore::set(m_database->connection(), f.choice(QStringLiteral("kind")).toString(), f.text(QStringLiteral("name")),
                             f.text(QStringLiteral("township")), f.text(QStringLiteral("code")));
        });
    });
    if (form.exec() == QDialog::Accepted)
        refresh();
}

void ExchangeTab::saveCard()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save this office's card"), tr("office-card.json"), tr("Office cards (*.json)"));
    if (path.isEmpty() || !m_database)
        return;
    ErrorDialog::attempt(this, [&] { OutputFile::write(path, {QStringLiteral("json")}, OfficeStore::card(m_database->connection())); });
}

void ExchangeTab::trustCard()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Trust an office's card"), QString(), tr("Office cards (*.json)"));
    if (path.isEmpty() || !m_database)
        return;
    if (ErrorDialog::attempt(this, [&] {
            OfficeStore::trust(m_database->connection(), InputFile::readAll(path, InputFile::SmallFileLimit));
        }))
        refresh();
}

void ExchangeTab::chooseExport()
{
    if (SimpleTable::selectedId(m_offices) == 0) {
        QMessageBox::information(this, tr("Write the next package"), tr("Choose the office in the list first."));
        return;
    }
    const QString office = m_offices->item(m_offices->currentRow(), 0)->text();
    const QString path = QFileDialog::getSaveFileName(this, tr("Write the next package"), office + QStringLiteral(".fcx"),
                                                      tr("Exchange packages (*.fcx)"));
    if (!path.isEmpty())
        exportTo(path);
}

void ExchangeTab::chooseAgain()
{
    const int row = m_offices->currentRow();
    if (!m_database || row < 0 || m_offices->item(row, 4)->text().toLongLong() == 0) {
        QMessageBox::information(this, tr("Write a package again"), tr("Choose an office that has been sent a package first."));
        return;
    }
    const qint64 last = m_offices->item(row, 4)->text().toLongLong();
    bool ok = false;
    const int sequence = QInputDialog::getInt(this, tr("Write a package again"), tr("Package number:"), int(last), 1, int(last), 1, &ok);
    if (!ok)
        return;
    const QString office = m_offices->item(row, 0)->text();
    const QString path = QFileDialog::getSaveFileName(this, tr("Write a package again"), QStringLiteral("%1-%2.fcx").arg(office).arg(sequence),
                                                      tr("Exchange packages (*.fcx)"));
    if (path.isEmpty())
        return;
    const QString code = m_offices->item(row, 3)->text();
    if (ErrorDialog::attempt(this, [&] { ExchangeStore::exportAgain(m_database->connection(), code, sequence, path); }))
        QMessageBox::information(this, tr("Write a package again"), tr("Package %1 for %2 is written again, as it was sent.").arg(sequence).arg(office));
}

void ExchangeTab::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a package"), QString(), tr("Exchange packages (*.fcx)"));
    if (!path.isEmpty())
        importFrom(path);
}

bool ExchangeTab::countPending(bool interactive)
{
    if (!m_database)
        return false;
    QStringList codes;
    for (int row = 0; row < m_offices->rowCount(); ++row)
        codes.append(m_offices->item(row, 3)->text());
    QStringList counts;
    const QString dbPath = m_database->path();
    const BackgroundTask::Result result = BackgroundTask::run(
        this, tr("Counting what is pending…"),
        [&](const BackgroundTask::Progress &progress) {
            const Database db = Database::open(dbPath, Database::OpenMode::ExistingOnly);
            for (int i = 0; i < codes.size(); ++i) {
                if (!progress(int(100 * i / qMax<qsizetype>(1, codes.size())), QString()))
                    return;
                const ExchangeStore::Summary s = ExchangeStore::pending(db.connection(), codes.at(i));
                QString text = s.deletes ? tr("%1 changed, %2 removed").arg(s.upserts).arg(s.deletes) : tr("%1 changed").arg(s.upserts);
                if (s.heldBack > 0)
                    text += tr("; %1 waiting for records the other office lacks").arg(s.heldBack);
                if (s.countyEdited > 0)
                    text += tr("; %1 changes to the county's data stay here").arg(s.countyEdited);
                counts.append(text);
            }
        },
        interactive);
    if (!result.ok) {
        if (interactive && !result.cancelled)
            ErrorDialog::show(this, result.message, result.details);
        return false;
    }
    for (int row = 0; row < counts.size() && row < m_offices->rowCount(); ++row)
        m_offices->setItem(row, 6, new QTableWidgetItem(counts.at(row)));
    return true;
}

bool ExchangeTab::exportTo(const QString &path, bool interactive)
{
    const int row = m_offices->currentRow();
    if (!m_database || row < 0)
        return false;
    const QString code = m_offices->item(row, 3)->text();
    const QString dbPath = m_database->path();
    ExchangeStore::Summary summary;
    const BackgroundTask::Result result = BackgroundTask::run(
        this, tr("Writing the package…"),
        [&](const BackgroundTask::Progress &) {
            const Database db = Database::open(dbPath, Database::OpenMode::ExistingOnly);
            summary = ExchangeStore::exportTo(db.connection(), code, path);
        },
        interactive);
    if (!result.ok) {
        if (interactive && !result.cancelled)
            ErrorDialog::show(this, result.message, result.details);
        return false;
    }
    refresh();
    if (interactive)
        QMessageBox::information(this, tr("Write the next package"),
                                 tr("Package %1 for %2 is written: %3 records changed, %4 removed. Send the file to that office.")
                                     .arg(summary.sequence).arg(summary.office).arg(summary.upserts).arg(summary.deletes));
    return true;
}

bool ExchangeTab::importFrom(const QString &path, bool interactive)
{
    if (!m_database)
        return false;
    ExchangeStore::Resolution resolution = ExchangeStore::Resolution::Stop;
    for (;;) {
        ExchangeStore::Summary summary;
        QStringList conflicts;
        const QString dbPath = m_database->path();
        const BackgroundTask::Result result = BackgroundTask::run(
            this, tr("Importing the package…"),
            [&](const BackgroundTask::Progress &) {
                const Database db = Database::open(dbPath, Database::OpenMode::ExistingOnly);
                try {
                    summary = ExchangeStore::importFrom(db.connection(), path, resolution);
                } catch (const ExchangeConflict &conflict) {
                    conflicts = conflict.records();
                    throw;
                }
            },
            interactive);
        if (result.ok) {
            refresh();
            if (interactive)
                QMessageBox::information(this, tr("Import a package"),
                                         tr("Package %1 from %2 is imported: %3 records written, %4 removed, %5 of ours kept.")
                                             .arg(summary.sequence).arg(summary.office).arg(summary.upserts).arg(summary.deletes)
                                             .arg(summary.kept));
            return true;
        }
        if (conflicts.isEmpty() || !interactive || resolution != ExchangeStore::Resolution::Stop) {
            if (interactive && !result.cancelled)
                ErrorDialog::show(this, result.message, result.details);
            return false;
        }
        // Records changed in both files: the supervisor says whose version stands.
        QMessageBox box(QMessageBox::Question, tr("Changed in both files"), result.message, QMessageBox::Cancel, this);
        box.setDetailedText(conflicts.join(QLatin1Char('\n')));
        QPushButton *theirs = box.addButton(tr("Take the other office's version"), QMessageBox::AcceptRole);
        QPushButton *mine = box.addButton(tr("Keep this file's version"), QMessageBox::AcceptRole);
        box.exec();
        if (box.clickedButton() == theirs)
            resolution = ExchangeStore::Resolution::Theirs;
        else if (box.clickedButton() == mine)
            resolution = ExchangeStore::Resolution::Mine;
        else
            return false;
    }
}
