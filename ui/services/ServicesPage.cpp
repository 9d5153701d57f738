#include "ServicesPage.h"

#include "InvitationsTab.h"
#include "RepairHelpTab.h"
#include "RequestsTab.h"
#include "TrainingsTab.h"
#include "common/SimpleTable.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "services/ServiceHistory.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

ServicesPage::ServicesPage(QWidget *parent)
    : QTabWidget(parent)
    , m_invitations(new InvitationsTab(this))
    , m_requests(new RequestsTab(this))
    , m_trainings(new TrainingsTab(this))
    , m_repairs(new RepairHelpTab(this))
{
    setDocumentMode(true);
    addTab(m_invitations, tr("Invitations"));
    addTab(m_requests, tr("Forums and requests"));
    addTab(m_trainings, tr("Trainings"));
    addTab(m_repairs, tr("Credit-repair help"));

    auto *history = new QWidget(this);
    m_historyUscc = new QLineEdit(history);
    m_historyUscc->setPlaceholderText(tr("USCC of the enterprise"));
    m_historyUscc->setMaxLength(18);
    auto *message = new QLabel(history);
    m_history = SimpleTable::create({tr("Date"), tr("Service"), tr("Details")}, 2, history);
    connect(m_historyUscc, &QLineEdit::returnPressed, this, [this, message] {
        message->clear();
        try {
            showHistory(m_historyUscc->text());
        } catch (const Error &error) {
            message->setText(error.message());
        }
    });
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Enterprise:"), history));
    bar->addWidget(m_historyUscc, 1);
    bar->addWidget(message, 2);
    auto *layout = new QVBoxLayout(history);
    layout->addLayout(bar);
    layout->addWidget(m_history, 1);
    addTab(history, tr("Enterprise history"));
}

void ServicesPage::setDatabase(Database *database)
{
    m_database = database;
    m_invitations->setDatabase(database);
    m_requests->setDatabase(database);
    m_trainings->setDatabase(database);
    m_repairs->setDatabase(database);
    SimpleTable::setRows(m_history, {});
}

void ServicesPage::showHistory(const QString &uscc)
{
    if (!m_database)
        return;
    QList<QStringList> rows;
    for (const ServiceHistory::Entry &e : ServiceHistory::forEnterprise(m_database->connection(), uscc))
        rows.append({e.date.toString(Qt::ISODate), ServiceHistory::kindName(e.kind), e.text});
    SimpleTable::setRows(m_history, rows);
}

QStringList ServicesPage::indicatorIds() const
{
    return {QStringLiteral("invitations"), QStringLiteral("forums"), QStringLiteral("requests_raised"),
            QStringLiteral("requests_closed"), QStringLiteral("trainings"), QStringLiteral("enterprises_trained"),
            QStringLiteral("enterprises_served"), QStringLiteral("repairs_helped")};
}

void ServicesPage::openIndicator(const QString &indicatorId, const QDate &, const QDate &)
{
    if (indicatorId == u"invitations")
        setCurrentWidget(m_invitations);
    else if (indicatorId.startsWith(u"requests_") || indicatorId == u"forums")
        setCurrentWidget(m_requests);
    else if (indicatorId.startsWith(u"train") || indicatorId == u"enterprises_trained")
        setCurrentWidget(m_trainings);
    else if (indicatorId == u"repairs_helped")
        setCurrentWidget(m_repairs);
}
