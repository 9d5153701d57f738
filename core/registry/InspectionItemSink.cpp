#include "InspectionItemSink.h"

#include <QCryptographicHash>
#include <QVariant>

void InspectionItemSink::write(const QStringList &fields, const Reject &reject)
{
    const qint64 dept = department(fields, reject);
    if (dept == 0)
        return;
    QString code = value(fields, "code");
    if (code.isEmpty()) {
        // Items without a code get one from the department and the item's name, so a
        // second import of the same list finds them again.
        const QByteArray digest = QCryptographicHash::hash(value(fields, "name").toUtf8(), QCryptographicHash::Sha1).toHex();
        code = m_departments.code(dept) + QLatin1Char('-') + QString::fromLatin1(digest.left(8)).toUpper();
    }
    const QString random = value(fields, "random_check");
    upsert(QStringLiteral("inspection_item"), {QStringLiteral("department_id"), QStringLiteral("name")},
           {{QStringLiteral("department_id"), dept},
            {QStringLiteral("name"), value(fields, "name")},
            {QStringLiteral("code"), code},
            {QStringLiteral("basis"), value(fields, "basis")},
            {QStringLiteral("random_check"), random.isEmpty() ? QVariant() : QVariant(random == u"1" ? 1 : 0)}});
}
