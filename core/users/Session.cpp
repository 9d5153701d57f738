#include "Session.h"

#include "UserStore.h"
#include "db/AuditText.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "db/Sql.h"
#include "util/Refusal.h"
#include "domain/Role.h"

#include <QMutex>
#include <QMutexLocker>

namespace {
QMutex s_mutex;
QString s_username;
QString s_role;

class SessionPolicy final : public AccessPolicy
{
public:
    QString username() const override { return Session::username(); }
    QString role() const override { return Session::role(); }
    void requireWrite(const QSqlDatabase &db, const QString &table) const override { Session::requireWrite(db, table); }
    void require(const QSqlDatabase &db, Permission permission) const override { Session::require(db, permission); }
};
} // namespace

const AccessPolicy &Session::policy()
{
    static const SessionPolicy policy;
    return policy;
}

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
    // Rules, users, the county's reference lists and decisions that bind others are not
    // a clerk's to change.
    static const QStringList supervisorOnly = {QStringLiteral("credit_rule_set"), QStringLiteral("sandbox_membership"),
                                               QStringLiteral("department"),
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
    if (Database::isReadOnly(db))
        throw DatabaseError(DatabaseError::Kind::ReadOnly,
                            tr("This database was opened read-only; nothing was changed."));
    // Open mode: nobody has been set up yet.
    if (!Sql::scalar(db, QStringLiteral("SELECT 1 FROM app_user WHERE active = 1 AND password_hash IS NOT NULL LIMIT 1")).isValid())
        return;
    const QString who = username();
    if (who.isEmpty())
        throw Refusal(tr("This database has users: sign in first (in the CLI: --user NAME, password in FAIRCHECK_PASSWORD)."));
    if (!mayWrite(role(), table))
        throw Refusal(tr("%1 (%2) may not change %3; nothing was changed.").arg(who, role(), AuditText::table(table)));
}

int Session::rank(const QString &role)
{
    const std::optional<Role> known = Role::fromCode(role);
    return known ? known->rank() : 0;
}

namespace {

int needed(Session::Permission permission)
{
    switch (permission) {
    case Session::Permission::BackUpNow: return 0;
    case Session::Permission::IssueDocuments: return 1;
    case Session::Permission::RevealPersonal:
    case Session::Permission::CorrectRecords:
    case Session::Permission::SignForOffice: return 2;
    case Session::Permission::CopyDatabase:
    case Session::Permission::Restore:
    case Session::Permission::Administer: return 3;
    }
    return 3;
}

QString roleNeeded(int rank)
{
    switch (rank) {
    case 0: return Session::tr("a signed-in user");
    case 1: return Session::tr("a clerk, supervisor or administrator");
    case 2: return Session::tr("a supervisor or administrator");
    default: return Session::tr("an administrator");
    }
}

} // namespace

bool Session::may(const QSqlDatabase &db, Permission permission)
{
    if (!Sql::scalar(db, QStringLiteral("SELECT 1 FROM app_user WHERE active = 1 AND password_hash IS NOT NULL LIMIT 1")).isValid())
        return true;
    return !username().isEmpty() && rank(role()) >= needed(permission);
}

void Session::require(const QSqlDatabase &db, Permission permission)
{
    if (may(db, permission))
        return;
    const QString who = username();
    if (who.isEmpty())
        throw Refusal(tr("Only %1 may do this: sign in first (in the CLI: --user NAME, password in FAIRCHECK_PASSWORD).")
                                .arg(roleNeeded(needed(permission))));
    throw Refusal(tr("Only %1 may do this; %2 is signed in as %3.").arg(roleNeeded(needed(permission)), who, Role::nameOf(role())));
}
