#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

// Enterprises named by USCC in a service record (attendees, the inviting or asking
// enterprise): all must be valid and registered, or nothing is written.
class ServiceEnterprises final
{
    Q_DECLARE_TR_FUNCTIONS(ServiceEnterprises)

public:
    // Throws Refusal listing every bad or unknown USCC by position.
    static QList<qint64> resolve(const QSqlDatabase &db, const QStringList &usccs);
    static qint64 resolveOne(const QSqlDatabase &db, const QString &uscc);
};
