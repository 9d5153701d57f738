#include "PersonalData.h"

#include "Session.h"
#include "UserStore.h"
#include "db/AuditLog.h"
#include "db/Transaction.h"
#include "validation/PhoneNumber.h"
#include "validation/ResidentId.h"

#include <QJsonObject>

bool PersonalData::mayReveal(const QSqlDatabase &db)
{
    return Session::may(db, Session::Permission::RevealPersonal);
}

void PersonalData::recordReveal(const QSqlDatabase &db, const QString &table, qint64 rowId, const QString &what)
{
    Transaction transaction(db);
    // Recorded under the table "personal_data": the role check is the one for writing it.
    AuditLog::record(db, {AuditLog::Action::Bulk, QStringLiteral("personal_data"), rowId, {},
                          QJsonObject{{QStringLiteral("revealed"), what}, {QStringLiteral("of"), table}}});
    transaction.commit();
}

bool PersonalData::isPersonal(const QString &column)
{
    static const QStringList columns = {QStringLiteral("legal_representative_id"), QStringLiteral("resident_id"), QStringLiteral("phone")};
    return columns.contains(column);
}

QString PersonalData::masked(const QString &column, const QString &value)
{
    if (value.isEmpty())
        return value;
    return column == u"phone" ? PhoneNumber::masked(value) : ResidentId::masked(value);
}
