#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

// Who changed what. Every write path in core records here inside its own transaction,
// so the audit row and the change commit or roll back together.
class AuditLog final
{
public:
    enum class Action { Insert, Update, Delete, Bulk, Schema };

    struct Entry
    {
        Action action = Action::Insert;
        QString table;
        qint64 rowId = 0;         // 0 when the entry covers many rows
        QJsonObject oldValues;
        QJsonObject newValues;
    };

    // The user written into entries made by this process (the CLI's --user, the
    // logged-in GUI user); "system" until set.
    static void setActor(const QString &user);
    static QString actor();

    static void record(const QSqlDatabase &db, const Entry &entry);
    static void recordSchemaChange(const QSqlDatabase &db, int fromVersion, int toVersion);
    static void recordBulk(const QSqlDatabase &db, const QString &table, qint64 rows, const QString &what);

    static QString actionName(Action action);
};
