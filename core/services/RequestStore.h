#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// Forums with enterprises (亲清会客厅、企业家日) and the requests raised there, each with
// an owner department and a deadline, until answered and the enterprise is satisfied:
// raised → answered (closed) → satisfied; an unsatisfied answer reopens the request.
// Every step is dated, with who took it.
class RequestStore final
{
    Q_DECLARE_TR_FUNCTIONS(RequestStore)

public:
    struct Request
    {
        qint64 id = 0;
        QString forum;
        QString enterprise;
        QString department;
        QString content;
        QDate raisedOn;
        QDate deadline;
        QDate closedOn;
        QString answer;
        QString feedback; // satisfied, unsatisfied or empty
        QString state;    // open, overdue, answered, satisfied
    };
    struct Step
    {
        QDate on;
        QString action;
        QString actor;
        QString note;
    };

    static qint64 createForum(const QSqlDatabase &db, const QDate &heldOn, const QString &title, const QString &kind,
                              const QString &place, const QStringList &attendeeUsccs);
    static qint64 raise(const QSqlDatabase &db, qint64 forumId, const QString &uscc, qint64 departmentId, const QString &content,
                        const QDate &raisedOn, const QDate &deadline);
    static void answer(const QSqlDatabase &db, qint64 requestId, const QString &answer, const QDate &on);
    static void feedback(const QSqlDatabase &db, qint64 requestId, bool satisfied, const QString &note, const QDate &on);
    // Requests raised in [from, to], or (openOnly) every request still open on `to`.
    static QList<Request> list(const QSqlDatabase &db, const QDate &from, const QDate &to, bool openOnly = false);
    static QList<Step> steps(const QSqlDatabase &db, qint64 requestId);
    // The latest forums as (id, "date title"), newest first, for choosers.
    static QList<QPair<qint64, QString>> recentForums(const QSqlDatabase &db, int limit = 50);
    static QString stateName(const QString &state);
};
