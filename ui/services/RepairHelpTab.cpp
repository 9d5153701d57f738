#include "RepairHelpTab.h"

#include "common/ErrorDialog.h"
#include "common/SimpleTable.h"
#include "credit/CreditRuleStore.h"
#include "db/Database.h"
#include "db/DatabaseError.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

RepairHelpTab::RepairHelpTab(QWidget *parent)
    : QWidget(parent)
{
    m_table = SimpleTable::create({tr("Event"), tr("Enterprise"), tr("USCC"), tr("Record"), tr("Recorded on"), tr("May apply since"),
                                   tr("Counts until"), tr("Notice sent")},
                                  1, this);
    auto *notice = new QPushButton(tr("Notice…"), this);
    auto *apply = new QPushButton(tr("Apply with our help"), this);
    connect(notice, &QPushButton::clicked, this, &RepairHelpTab::saveNotice);
    connect(apply, &QPushButton::clicked, this, &RepairHelpTab::applyHelped);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(new QLabel(tr("Negative records past their minimum publicity period: the enterprise may apply for credit repair now."), this), 1);
    buttons->addWidget(notice);
    buttons->addWidget(apply);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
}

void RepairHelpTab::setDatabase(Database *database)
{
    m_database = database;
    refresh();
}

void RepairHelpTab::refresh()
{
    m_candidates.clear();
    QList<QStringList> rows;
    QList<qint64> ids;
    if (m_database) {
        ErrorDialog::attempt(this, [&] {
            m_candidates = RepairHelp::candidates(m_database->connection(), CreditRuleStore::load(m_database->connection()), QDate::currentDate());
        });
    }
    for (const RepairHelp::Candidate &k : std::as_const(m_candidates)) {
        rows.append({QString::number(k.eventId), k.enterprise, k.uscc, k.eventName, k.eventDate.toString(Qt::ISODate),
                     k.repairableFrom.toString(Qt::ISODate), k.publicityEnd.toString(Qt::ISODate), k.noticedOn.toString(Qt::ISODate)});
        ids.append(k.eventId);
    }
    SimpleTable::setRows(m_table, rows, ids);
}

const RepairHelp::Candidate *RepairHelpTab::selected() const
{
    const qint64 id = SimpleTable::selectedId(m_table);
    for (const RepairHelp::Candidate &k : m_candidates) {
        if (k.eventId == id)
            return &k;
    }
    return nullptr;
}

QStringList RepairHelpTab::writeNotice(const QString &dir)
{
    const RepairHelp::Candidate *k = selected();
    if (!k || !m_database)
        return {};
    try {
        const QDate today = QDate::currentDate();
        const auto document = RepairHelp::notice(*k, CaseDocuments::loadTemplates(m_database->path()), today);
        const QStringList files = CaseDocuments::write(m_database->connection(), {document}, k->uscc + QLatin1Char('-') + QString::number(k->eventId), dir);
        RepairHelp::recordNotice(m_database->connection(), k->eventId, today);
        return files;
    } catch (const Error &error) {
        ErrorDialog::show(this, error);
        return {};
    }
}

void RepairHelpTab::saveNotice()
{
    if (!selected())
        return;
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for the notice"), QDir::homePath());
    if (dir.isEmpty())
        return;
    if (!writeNotice(dir).isEmpty())
        refresh();
}

void RepairHelpTab::applyHelped()
{
    const RepairHelp::Candidate *k = selected();
    if (!k || !m_database)
        return;
    if (QMessageBox::question(this, tr("Apply for credit repair"),
                              tr("Record that %1 applied for the repair of “%2” today, with the service's help?").arg(k->enterprise, k->eventName))
        != QMessageBox::Yes)
        return;
    try {
        RepairHelp::applyHelped(m_database->connection(), CreditRuleStore::load(m_database->connection()), k->eventId, QDate::currentDate());
    } catch (const Error &error) {
        ErrorDialog::show(this, error);
    }
    refresh();
}
