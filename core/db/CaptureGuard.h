#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// Keeps the triggers that capture every change as the program put them. The digest of
// all triggers is recorded by each schema change (and by each repair); on opening, a
// file whose triggers differ from the last recorded digest had them dropped or edited
// by another tool, so changes made meanwhile escaped the record. The capture triggers
// are then reinstalled at once and the repair is written to the audit trail, which
// `audit verify` reports as a break until an administrator acknowledges it. Seals made
// under altered triggers never make the alteration look normal: verify compares each
// seal's digest with the recorded one, not with the newest seal's.
class CaptureGuard final
{
    Q_DECLARE_TR_FUNCTIONS(CaptureGuard)

public:
    // The digest the last schema change or repair recorded; empty before capture began.
    static QString recordedDigest(const QSqlDatabase &db);
    // Reinstalls the capture triggers when they differ from the recorded digest and
    // records the repair; returns the repair entry's id, 0 when nothing was altered.
    static qint64 repairIfAltered(const QSqlDatabase &db);
    // The sentence a user is shown after a repair.
    static QString repairNotice(qint64 entry);
    // An administrator has looked at the file after repair `entry`; throws
    // Refusal for anyone else or an entry that is no repair.
    static void acknowledge(const QSqlDatabase &db, qint64 entry, const QString &reason);
};
