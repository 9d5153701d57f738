#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <functional>

// Packages between the county bureau and its townships' justice offices, carried by
// hand or sent as files. Down, the county sends a township the register of its township
// and the records about its enterprises; up, a township sends the records it made. Each
// side sends what changed since the two files last agreed (record by record, by hash),
// so the first package seeds an empty township file and the next ones carry only news.
// Importing checks the signature, the addressee and the sequence, then applies all of
// the package or none of it; a record changed in both files stops the import and is
// listed, unless the county's ownership of reference data settles it or a supervisor
// says whose version stands.
class ExchangeStore final
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeStore)

public:
    enum class Resolution { Stop, Theirs, Mine };

    struct Summary
    {
        QString office;       // the other office's name
        QString code;         // and code
        qint64 sequence = 0;
        qint64 upserts = 0;
        qint64 deletes = 0;
        qint64 kept = 0;      // import: changes of ours that stood (county data, or --mine)
        qint64 heldBack = 0;  // export: records naming records the other office lacks
        qint64 countyEdited = 0; // export from a township: its changes to the county's data, not sent
        QJsonObject counts;   // per table
    };

    // What the next package for that office (code, name or township) would hold, writing nothing.
    static Summary pending(const QSqlDatabase &db, const QString &peer);
    // Package `sequence` for that office written again, as it was sent (a lost or
    // overwritten file); the exchange's state does not change.
    static Summary exportAgain(const QSqlDatabase &db, const QString &peer, qint64 sequence, const QString &path);
    // Writes the next package for the trusted office `peerCode` to `path` (.fcx).
    static Summary exportTo(const QSqlDatabase &db, const QString &peerCode, const QString &path);
    static Summary importFrom(const QSqlDatabase &db, const QString &path, Resolution resolution = Resolution::Stop);

    // What follows every import, in its transaction: the credit the received records
    // feed. Installed by CoreModules (credit lies above exchange), so that the app and
    // the command line leave the same data.
    using FollowUp = std::function<void(const QSqlDatabase &)>;
    static void setFollowUp(FollowUp followUp);
};
