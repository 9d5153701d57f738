#include "InvitationsTab.h"

#include "common/ErrorDialog.h"
#include "common/FormDialog.h"
#include "common/SimpleTable.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "services/InvitationStore.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

InvitationsTab::InvitationsTab(QWidget *parent)
    : QWidget(parent)
{
    m_table = SimpleTable::create({tr("No."), tr("Requested"), tr("Enterprise"), tr("Scope"), tr("Status"), tr("Visit"), tr("Officer"),
                                   tr("Expert"), tr("Advice")},
                                  8, this);
    auto *buttons = new QHBoxLayout;
    const QList<QPair<QString, void (InvitationsTab::*)()>> actions = {
        {tr("New invitation…"), &InvitationsTab::newInvitation},
        {tr("Schedule…"), &InvitationsTab::schedule},
        {tr("Record advice…"), &InvitationsTab::advise},
        {tr("Decline…"), &InvitationsTab::decline},
    };
    for (const auto &[label, slot] : actions) {
        auto *button = new QPushButton(label, this);
        connect(button, &QPushButton::clicked, this, slot);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
}

void InvitationsTab::setDatabase(Database *database)
{
    m_database = database;
    refresh();
}

void InvitationsTab::refresh()
{
    QList<QStringList> rows;
    QList<qint64> ids;
    if (m_database) {
        ErrorDialog::attempt(this, [&] {
            const QDate today = QDate::currentDate();
            for (const InvitationStore::Row &r : InvitationStore::list(m_database->connection(), today.addYears(-2), today.addYears(1))) {
                rows.append({QString::number(r.id), r.requestedOn.toString(Qt::ISODate), r.enterprise, r.scope,
                             InvitationStore::statusName(r.status), r.visitOn.isValid() ? r.visitOn.toString(Qt::ISODate) : QString(),
                             r.officer, r.expert, r.status == u"declined" ? r.declineReason : r.advice});
                ids.append(r.id);
            }
        });
    }
    SimpleTable::setRows(m_table, rows, ids);
}

void InvitationsTab::newInvitation()
{
    if (!m_database)
        return;
    FormDialog form(tr("New invitation"), this);
    form.addText(QStringLiteral("uscc"), tr("Enterprise (USCC):"));
    form.addText(QStringLiteral("scope"), tr("Advice wanted on:"), QString(), tr("e.g. 消防设施维护保养指导"));
    form.addDate(QStringLiteral("requested"), tr("Requested on:"), QDate::currentDate());
    form.addDate(QStringLiteral("wanted"), tr("Date wanted:"), QDate(), true);
    form.addText(QStringLiteral("contact"), tr("Contact:"));
    form.setAction([this](const FormDialog &f) {
        return FormDialog::attempt([&] {
            InvitationStore::request(m_database->connection(), f.text(QStringLiteral("uscc")), f.date(QStringLiteral("requested")),
                                       f.date(QStringLiteral("wanted")), f.text(QStringLiteral("scope")), f.text(QStringLiteral("contact")));
        });
    });
    if (form.exec() == QDialog::Accepted)
        refresh();
}

void InvitationsTab::schedule()
{
    const qint64 id = SimpleTable::selectedId(m_table);
    if (!m_database || id == 0)
        return;
    FormDialog form(tr("Schedule invitation %1").arg(id), this);
    QList<QPair<QString, QVariant>> officers;
    for (const auto &[id, label] : InvitationStore::certifiedOfficers(m_database->connection()))
        officers.append({label, id});
    form.addChoice(QStringLiteral("officer"), tr("Officer:"), officers);
    form.addText(QStringLiteral("expert"), tr("Technical expert:"), QString(), tr("e.g. 注册消防工程师 周工"));
    form.addDate(QStringLiteral("on"), tr("Visit on:"), QDate::currentDate().addDays(3));
    form.setAction([this, id](const FormDialog &f) {
        return FormDialog::attempt([&] {
            InvitationStore::schedule(m_database->connection(), id, f.choice(QStringLiteral("officer")).toLongLong(),
                                        f.text(QStringLiteral("expert")), f.date(QStringLiteral("on")));
        });
    });
    if (form.exec() == QDialog::Accepted)
        refresh();
}

void InvitationsTab::advise()
{
    const qint64 id = SimpleTable::selectedId(m_table);
    if (!m_database || id == 0)
        return;
    FormDialog form(tr("Advice given on invitation %1").arg(id), this);
    form.addLongText(QStringLiteral("advice"), tr("Advice:"));
    form.addDate(QStringLiteral("on"), tr("Visited on:"), QDate::currentDate());
    form.addDate(QStringLiteral("followUp"), tr("Follow up on:"), QDate::currentDate().addMonths(1), true);
    form.setAction([this, id](const FormDialog &f) {
        return FormDialog::attempt([&] {
            InvitationStore::complete(m_database->connection(), id, f.date(QStringLiteral("on")), f.text(QStringLiteral("advice")),
                                        f.date(QStringLiteral("followUp")));
        });
    });
    if (form.exec() == QDialog::Accepted)
        refresh();
}

void InvitationsTab::decline()
{
    const qint64 id = SimpleTable::selectedId(m_table);
    if (!m_database || id == 0)
        return;
    FormDialog form(tr("Decline invitation %1").arg(id), this);
    form.addText(QStringLiteral("reason"), tr("Reason given to the enterprise:"));
    form.setAction([this, id](const FormDialog &f) {
        return FormDialog::attempt([&] { InvitationStore::decline(m_database->connection(), id, f.text(QStringLiteral("reason"))); });
    });
    if (form.exec() == QDialog::Accepted)
        refresh();
}
