#pragma once

#include "common/Page.h"

#include <QTabWidget>

class Database;
class InvitationsTab;
class QLineEdit;
class QTableWidget;
class RepairHelpTab;
class RequestsTab;
class TrainingsTab;

// The services area: invitations, forums and requests, trainings, credit-repair help,
// and one enterprise's service history.
class ServicesPage final : public QTabWidget, public Page
{
    Q_OBJECT

public:
    explicit ServicesPage(QWidget *parent = nullptr);

    void setDatabase(Database *database) override;
    QStringList indicatorIds() const override;
    void openIndicator(const QString &indicatorId, const QDate &from, const QDate &to) override;
    InvitationsTab *invitations() const { return m_invitations; }
    RequestsTab *requests() const { return m_requests; }
    TrainingsTab *trainings() const { return m_trainings; }
    RepairHelpTab *repairs() const { return m_repairs; }
    void showHistory(const QString &uscc);
    QTableWidget *historyTable() const { return m_history; }

private:
    Database *m_database = nullptr;
    InvitationsTab *m_invitations;
    RequestsTab *m_requests;
    TrainingsTab *m_trainings;
    RepairHelpTab *m_repairs;
    QLineEdit *m_historyUscc;
    QTableWidget *m_history;
};
