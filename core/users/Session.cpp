#include "Session.h"

#include "db/DatabaseError.h"
#include "db/Sql.h"

#include <QMutex>
#include <QMutexLocker>

namespace {
QMutex s_mutex;
QString s_username;
QString s_role;
} // namespace

void Session::signIn(const QString &username, const QString &role)
{
    QMutexLocker lock(&s_mutex);
    s_username = username;
    s_role = role;
}

void Session::signOut()
{
    QMutexLocker lock(&s_mutex);
    s_username.clear();
    s_role.clear();
}

QString Session::username()
{
    QMutexLocker lock(&s_mutex);
    return s_username;
}

QString Session::role()
{
    QMutexLocker lock(&s_mutex);
    return s_role;
}

bool Session::mayWrite(const QString &role, const QString &table)
{
    if (role == u"admin")
        return true;
    if (role == u"viewer" || role.isEmpty())
        return false;
    // Rules, users and decisions that bind others are not a clerk's to change.
    static const QStringList supervisorOnly = {QStringLiteral("credit_rule_set"), QStringLiteral("sandbox_membership"),
                                               QStringLiteral("discretion_item"), QStringLiteral("discretion_list"),
                                               QStringLiteral("case_review"), QStringLiteral("credit_repair"),
                                               QStringLiteral("personal_data")};
    if (table == u"app_user")
        return false;
    if (role == u"supervisor")
        return true;
    return role == u"clerk" && !supervisorOnly.contains(table);
}

void Session::requireWrite(const QSqlDatabase &db, const QString &table)
{
    // Open mode: nobody has been set up yet.
    if (!Sql::scalar(db, QStringLiteral("SELECT 1 FROM app_user WHERE active = 1 AND password_hash IS NOT NULL LIMIT 1")).isValid())
        return;
    const QString who = username();
    if (who.isEmpty())
        throw DatabaseError(DatabaseError::Kind::Rejected,
                            tr("This database has users: sign in first (in the CLI: --user NAME, password in FAIRCHECK_PASSWORD)."));
    if (!mayWrite(role(), table))
        throw DatabaseError(DatabaseError::Kind::Rejected,
                            tr("%1 (%2) may not change %3; nothing was changed.").arg(who, role(), table));
}
