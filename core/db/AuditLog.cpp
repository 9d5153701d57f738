#include "AuditLog.h"

#include "Sql.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QMutex>
#include <QMutexLocker>

namespace {
QMutex s_actorMutex;
QString s_actor = QStringLiteral("system");

QVariant jsonOrNull(const QJsonObject &object)
{
    if (object.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
} // namespace

void AuditLog::setActor(const QString &user)
{
    QMutexLocker lock(&s_actorMutex);
    s_actor = user;
}

QString AuditLog::actor()
{
    QMutexLocker lock(&s_actorMutex);
    return s_actor;
}

QString AuditLog::actionName(Action action)
{
    switch (action) {
    case Action::Insert: return QStringLiteral("insert");
    case Action::Update: return QStringLiteral("update");
    case Action::Delete: return QStringLiteral("delete");
    case Action::Bulk: return QStringLiteral("bulk");
    case Action::Schema: return QStringLiteral("schema");
    }
    return {};
}

void AuditLog::record(const QSqlDatabase &db, const Entry &entry)
{
    Sql::exec(db,
              QStringLiteral("INSERT INTO audit_log (at, user_name, action, table_name, row_id, "
                             "old_values, new_values) VALUES (?, ?, ?, ?, ?, ?, ?)"),
              {QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), actor(),
               actionName(entry.action), entry.table,
               entry.rowId > 0 ? QVariant(entry.rowId) : QVariant(QMetaType::fromType<qint64>()),
               jsonOrNull(entry.oldValues), jsonOrNull(entry.newValues)});
}

void AuditLog::recordSchemaChange(const QSqlDatabase &db, int fromVersion, int toVersion)
{
    record(db, {Action::Schema, QStringLiteral("schema"), 0,
                QJsonObject{{QStringLiteral("version"), fromVersion}},
                QJsonObject{{QStringLiteral("version"), toVersion}}});
}

void AuditLog::recordBulk(const QSqlDatabase &db, const QString &table, qint64 rows, const QString &what)
{
    record(db, {Action::Bulk, table, 0, {},
                QJsonObject{{QStringLiteral("rows"), rows}, {QStringLiteral("what"), what}}});
}
