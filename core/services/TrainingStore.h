#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// Training sessions and service events (credit-repair training, law lectures,
// consultations) with the enterprises that attended, picked from the register by USCC.
class TrainingStore final
{
    Q_DECLARE_TR_FUNCTIONS(TrainingStore)

public:
    struct Session
    {
        qint64 id = 0;
        QDate heldOn;
        QString topic;
        QString kind; // credit_repair, law_lecture, consultation
        QString place;
        int attendees = 0;
    };

    static qint64 create(const QSqlDatabase &db, const QDate &heldOn, const QString &topic, const QString &kind,
                         const QString &place, const QStringList &attendeeUsccs);
    // Adds attendees (all or none); returns how many were new.
    static int addAttendees(const QSqlDatabase &db, qint64 sessionId, const QStringList &usccs);
    static QList<Session> list(const QSqlDatabase &db, const QDate &from, const QDate &to);
    static QStringList kinds();
    static QString kindName(const QString &kind);
};
