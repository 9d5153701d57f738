#include "ExportPolicy.h"

#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "db/Transaction.h"
#include "users/Session.h"
#include "users/UserStore.h"
#include "util/Refusal.h"
#include "domain/Role.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QHash<QString, int> &ranks()
{
    static const QHash<QString, int> table = [] {
        QHash<QString, int> result;
        QFile file(QStringLiteral(":/faircheck/io/export-tables.json"));
        if (!file.open(QIODevice::ReadOnly))
            return result;
        const QJsonObject roles = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("roles")).toObject();
        for (auto it = roles.begin(); it != roles.end(); ++it) {
            for (const QJsonValue &name : it.value().toArray())
                result.insert(name.toString(), Session::rank(it.key()));
        }
        return result;
    }();
    return table;
}

} // namespace

int ExportPolicy::minimumRank(const QString &table)
{
    return ranks().value(table, -1);
}

void ExportPolicy::require(const QSqlDatabase &db, const QString &table)
{
    const int needed = minimumRank(table);
    if (needed < 0)
        throw Refusal(tr("The table %1 is not exported: it holds passwords, keys or the raw record of changes.").arg(table));
    if (!UserStore::hasUsers(db))
        return;
    if (Session::username().isEmpty())
        throw Refusal(tr("This database has users: sign in to export (in the CLI: --user NAME, password in FAIRCHECK_PASSWORD)."));
    if (Session::rank(Session::role()) < needed)
        throw Refusal(tr("%1 (%2) may not export %3.").arg(Session::username(), Role::nameOf(Session::role()), table));
}

void ExportPolicy::refuseWhenUnrecordable(const QSqlDatabase &db)
{
    if (Database::isReadOnly(db))
        throw DatabaseError(DatabaseError::Kind::ReadOnly,
                            tr("Every export is recorded in the audit trail, which a database opened read-only cannot take; "
                               "export from the window that has the file open."));
}

void ExportPolicy::record(const QSqlDatabase &db, const QString &what, qint64 rows, const QString &file, bool unmasked)
{
    Transaction transaction(db);
    AuditLog::recordEvent(db, QStringLiteral("export"),
                          QJsonObject{{QStringLiteral("what"), what}, {QStringLiteral("rows"), rows},
                                      {QStringLiteral("file"), QFileInfo(file).fileName()}, {QStringLiteral("unmasked"), unmasked}});
    transaction.commit();
}

qint64 ExportPolicy::recorded(const QSqlDatabase &db, const QString &what, const QString &path, bool unmasked,
                              const std::function<qint64()> &write)
{
    refuseWhenUnrecordable(db);
    const qint64 rows = write();
    try {
        record(db, what, rows, path, unmasked);
    } catch (const Error &) {
        QFile::remove(path);
        throw;
    }
    return rows;
}
