#include "OfficerSink.h"

#include <QVariant>

void OfficerSink::write(const QStringList &fields, const Reject &reject)
{
    const qint64 dept = department(fields, reject);
    if (dept == 0)
        return;
    upsert(QStringLiteral("officer"), {QStringLiteral("certificate_no")},
           {{QStringLiteral("certificate_no"), value(fields, "certificate_no")},
            {QStringLiteral("name"), value(fields, "name")},
            {QStringLiteral("department_id"), dept},
            {QStringLiteral("resident_id"), value(fields, "resident_id")},
            {QStringLiteral("phone"), value(fields, "phone")},
            {QStringLiteral("certificate_expiry"), value(fields, "certificate_expiry")}});
}
