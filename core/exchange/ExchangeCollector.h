#pragma once

#include "OfficeStore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

#include "db/SessionChangeset.h"

// What the next package from this file to another office holds: the records in scope
// whose hash differs from the one both files last agreed on, and the deletions. A record
// is held back while it names a record of the county's data the other file does not have
// (a township's own enterprise; the county's next package or a correction brings it); a
// reference the other file need not follow is sent empty instead (the enterprise another
// township's 12345 order names). Changes a township made to the county's data stay in
// the township's file, and are counted.
class ExchangeCollector final
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeCollector)

public:
    struct Direction
    {
        OfficeStore::Office me;
        OfficeStore::Office peer;
        bool down = false; // the county to a township
    };
    // This file's office; throws Refusal when it has none yet.
    static OfficeStore::Office thisOffice(const QSqlDatabase &db);
    // Throws Refusal when there is no such trusted office or it is not one to exchange with.
    static Direction towards(const QSqlDatabase &db, const QString &peer);

    struct Result
    {
        QList<SessionChangeset::Change> changes;
        qint64 upserts = 0;
        qint64 deletes = 0;
        qint64 heldBack = 0;     // records naming records the other file lacks
        qint64 countyEdited = 0; // a township's changes to the county's data, not sent
        QJsonObject counts;      // per table
    };
    // With agreeNow the changes are taken as agreed (the package is being written).
    static Result collect(const QSqlDatabase &db, const Direction &direction, bool agreeNow);

    static QString agreedHash(const QSqlDatabase &db, const QString &peer, const QString &table, const QString &uid);
    static void agree(const QSqlDatabase &db, const QString &peer, const QString &table, const QString &uid, const QString &hash);
};
