#include "CaptureGuard.h"

#include "AuditLog.h"
#include "ChangeCapture.h"
#include "util/Refusal.h"
#include "Sql.h"
#include "Transaction.h"
#include "AccessPolicy.h"

#include <QJsonDocument>
#include <QJsonObject>

QString CaptureGuard::recordedDigest(const QSqlDatabase &db)
{
    const QString values = Sql::scalar(db, QStringLiteral(
        "SELECT new_values FROM audit_log WHERE (action = 'schema' OR table_name = 'capture_repair') "
        "AND json_extract(new_values, '$.triggers') IS NOT NULL ORDER BY id DESC LIMIT 1")).toString();
    return QJsonDocument::fromJson(values.toUtf8()).object().value(QStringLiteral("triggers")).toString();
}

qint64 CaptureGuard::repairIfAltered(const QSqlDatabase &db)
{
    if (!ChangeCapture::capturing(db))
        return 0;
    const QString recorded = recordedDigest(db);
    const QString found = ChangeCapture::triggerDigest(db);
    if (recorded.isEmpty() || found == recorded)
        return 0;
    Transaction transaction(db);
    ChangeCapture::install(db);
    const QString now = ChangeCapture::triggerDigest(db);
    // "complete": the reinstalled capture triggers bring back the recorded digest; when
    // not, other triggers of the schema were altered too.
    const qint64 entry = AuditLog::recordEvent(db, QStringLiteral("capture_repair"),
                                               QJsonObject{{QStringLiteral("found"), found},
                                                           {QStringLiteral("recorded"), recorded},
                                                           {QStringLiteral("triggers"), now},
                                                           {QStringLiteral("complete"), now == recorded}});
    transaction.commit();
    return entry;
}

QString CaptureGuard::repairNotice(qint64 entry)
{
    return tr("The triggers that record every change had been removed or altered outside FairCheck; they were reinstalled "
              "(audit entry %1). Changes made while they were missing are not in the record. An administrator should check "
              "the file and acknowledge the repair (Settings, or faircheck-cli audit acknowledge %1).")
        .arg(entry);
}

void CaptureGuard::acknowledge(const QSqlDatabase &db, qint64 entry, const QString &reason)
{
    AccessPolicy::current().require(db, AccessPolicy::Permission::Administer);
    if (!Sql::scalar(db, QStringLiteral("SELECT 1 FROM audit_log WHERE id = ? AND table_name = 'capture_repair'"), {entry}).isValid())
        throw Refusal(tr("Entry %1 is not a repair of the capture triggers.").arg(entry));
    if (reason.trimmed().isEmpty())
        throw Refusal(tr("Say what was checked before acknowledging the repair."));
    Transaction transaction(db);
    AuditLog::recordEvent(db, QStringLiteral("acknowledge"),
                          QJsonObject{{QStringLiteral("entry"), entry}, {QStringLiteral("reason"), reason.trimmed()},
                                      {QStringLiteral("role"), AccessPolicy::current().role()}});
    transaction.commit();
}
