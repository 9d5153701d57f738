#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// Everything the county did for one enterprise as a service, newest first:
// invitations, forums attended, requests raised, trainings, credit-repair help.
class ServiceHistory final
{
    Q_DECLARE_TR_FUNCTIONS(ServiceHistory)

public:
    struct Entry
    {
        QDate date;
        QString kind; // invitation, forum, request, training, repair_notice, repair_helped
        QString text;
    };

    // Throws Refusal for an invalid or unknown USCC.
    static QList<Entry> forEnterprise(const QSqlDatabase &db, const QString &uscc);
    static QString kindName(const QString &kind);
};
