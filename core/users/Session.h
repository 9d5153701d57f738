#pragma once

#include "db/AccessPolicy.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// Who is signed in to this process (one database at a time in the app and the CLI),
// and what their role allows. Enforced in core: every write path records an audit
// entry, and AuditLog::record asks Session::requireWrite first, so a viewer cannot
// change anything whichever window or command they use. A database without users who
// have a password is open to everyone (a new county; the demo county, whose accounts
// have none); once an administrator exists, writing needs a signed-in user with the
// right role.
class Session final
{
    Q_DECLARE_TR_FUNCTIONS(Session)

public:
    static void signIn(const QString &username, const QString &role);
    static void signOut();
    static QString username();
    static QString role();

    // Throws Refusal when the signed-in role may not write this table.
    static void requireWrite(const QSqlDatabase &db, const QString &table);
    static bool mayWrite(const QString &role, const QString &table);

    // What a role may do besides writing tables; in a database without users everything
    // is allowed.
    using Permission = AccessPolicy::Permission;
    static bool may(const QSqlDatabase &db, Permission permission);
    // Throws Refusal naming the role needed.
    static void require(const QSqlDatabase &db, Permission permission);
    // 0 viewer or nobody, 1 clerk, 2 supervisor, 3 admin.
    static int rank(const QString &role);

    // What the database layer asks (AccessPolicy), answered for the signed-in user.
    static const AccessPolicy &policy();
};
