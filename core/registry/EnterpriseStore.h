#pragma once

#include "EnterpriseQuery.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QVariant>

#include <optional>

// Reads the enterprise register for the register page and the CLI. All its SQL is
// here; filters and sorting run in SQLite, and pages are fetched by LIMIT/OFFSET,
// so nothing ever loads the whole table.
class EnterpriseStore final
{
public:
    struct Row
    {
        qint64 id = 0;
        QString uscc;
        QString name;
        QString township;
        QString industry;
        QString registrationDate;
        QString status;
        QVariant score; // null when not scored
        QString tier;
    };

    struct Event
    {
        QDate date;
        QString kind;
        int points = 0;
        QString reason;
    };

    struct Detail
    {
        Row row;
        QString legalRepresentative;
        QString legalRepresentativeId;
        QString phone;
        QString address;
        bool inSandbox = false;
        int visits = 0;
        int penaltyCases = 0;
        int openClues = 0;
        QList<Event> recentEvents;
    };

    explicit EnterpriseStore(QSqlDatabase db);

    qint64 count(const EnterpriseQuery &query) const;
    QList<Row> page(const EnterpriseQuery &query, qint64 offset, int limit) const;
    std::optional<Detail> detail(qint64 id) const;

    QList<QPair<qint64, QString>> townships() const;
    qint64 townshipId(const QString &name) const; // 0 when unknown
    QString nameOf(const QString &uscc) const;    // empty when not in the register
    QList<QPair<QString, QString>> industries() const;

private:
    QSqlDatabase m_db;
};
