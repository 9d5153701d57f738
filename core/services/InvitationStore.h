#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

// 邀约式检查: an enterprise invites inspectors for guidance. Requested → scheduled as
// an invited visit with a "1 + 1" team (a certified officer of the department and a
// technical expert) → done with the advice given and a follow-up date; or declined.
// Invited visits give advice only: the schema refuses violation findings and penalty
// cases from them, and the credit ledger counts them positively.
class InvitationStore final
{
    Q_DECLARE_TR_FUNCTIONS(InvitationStore)

public:
    struct Row
    {
        qint64 id = 0;
        QString enterprise;
        QString uscc;
        QDate requestedOn;
        QDate wantedOn;
        QString scope;
        QString contact;
        QString status; // requested, scheduled, done, declined
        qint64 visitId = 0;
        QDate visitOn;
        QString department;
        QString officer;
        QString expert;
        QString advice;
        QDate followUpOn;
        QString declineReason;
    };

    static qint64 request(const QSqlDatabase &db, const QString &uscc, const QDate &requestedOn, const QDate &wantedOn,
                          const QString &scope, const QString &contact);
    // Returns the visit's id.
    static qint64 schedule(const QSqlDatabase &db, qint64 invitationId, qint64 officerId, const QString &expert, const QDate &on);
    static void complete(const QSqlDatabase &db, qint64 invitationId, const QDate &visitedOn, const QString &advice,
                         const QDate &followUpOn);
    static void decline(const QSqlDatabase &db, qint64 invitationId, const QString &reason);
    static QList<Row> list(const QSqlDatabase &db, const QDate &from, const QDate &to, const QString &status = QString());
    static QString statusName(const QString &status);
    // Officers who may lead an invited visit (active, certified) as (id, "name（department）").
    static QList<QPair<qint64, QString>> certifiedOfficers(const QSqlDatabase &db);
};
