#include "UserStore.h"

#include "Session.h"
#include "db/AuditLog.h"
#include "util/Refusal.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "domain/Role.h"

#include <QJsonObject>
#include <QSqlQuery>

#include <sodium.h>

namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

QString UserStore::hashPassword(const QString &password)
{
    if (!sodiumReady())
        throw Refusal(tr("The password library could not start."));
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    // Interactive limits: about a tenth of a second and 64 MB on an office PC.
    if (crypto_pwhash_str_alg(out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw Refusal(tr("Not enough memory to protect the password."));
    return QString::fromLatin1(out);
}

bool UserStore::verifyPassword(const QString &hash, const QString &password)
{
    if (!sodiumReady() || hash.isEmpty())
        return false;
    const QByteArray h = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

bool UserStore::hasUsers(const QSqlDatabase &db)
{
    return Sql::scalar(db, QStringLiteral("SELECT 1 FROM app_user WHERE active = 1 AND password_hash IS NOT NULL LIMIT 1")).isValid();
}

qint64 UserStore::add(const QSqlDatabase &db, const QString &username, const QString &displayName, const QString &role,
                      const QString &password)
{
    const QString name = username.trimmed();
    if (name.isEmpty() || name.contains(QLatin1Char(' ')))
        throw Refusal(tr("User name: required, without spaces."));
    if (!Role::fromCode(role))
        throw Refusal(tr("Role %1: choose one of %2.").arg(role, Role::codes().join(QStringLiteral(", "))));
    if (password.size() < 8)
        throw Refusal(tr("Password: at least eight characters."));
    const bool first = !hasUsers(db);
    if (first && role != u"admin")
        throw Refusal(tr("The first user must be an administrator."));
    // Wang and wang are one person: names are compared without regard to case.
    if (Sql::scalar(db, QStringLiteral("SELECT 1 FROM app_user WHERE username = ? COLLATE NOCASE"), {name}).isValid())
        throw Refusal(tr("User name %1 is taken.").arg(name));
    const QString hash = hashPassword(password);
    Transaction transaction(db);
    const qint64 id = Sql::exec(db, QStringLiteral("INSERT INTO app_user (username, display_name, role, password_hash, created_on) "
                                                   "VALUES (?, ?, ?, ?, ?)"),
                                {name, displayName.trimmed().isEmpty() ? name : displayName.trimmed(), role, hash,
                                 QDate::currentDate().toString(Qt::ISODate)})
                          .lastInsertId().toLongLong();
    // The first administrator is signed in by creating the account.
    if (first)
        Session::signIn(name, role);
    AuditLog::record(db, {AuditLog::Action::Insert, QStringLiteral("app_user"), id, {},
                          QJsonObject{{QStringLiteral("username"), name}, {QStringLiteral("role"), role}}});
    transaction.commit();
    return id;
}

UserStore::User UserStore::signIn(const QSqlDatabase &db, const QString &username, const QString &password, const QDateTime &now)
{
    QSqlQuery q = Sql::exec(db, QStringLiteral("SELECT id, username, display_name, role, active, password_hash, failed_attempts, locked_until "
                                               "FROM app_user WHERE username = ? COLLATE NOCASE ORDER BY id"), {username.trimmed()});
    if (!q.next() || !q.value(4).toBool())
        throw Refusal(tr("No active user is called %1.").arg(username));
    const QDateTime lockedUntil = QDateTime::fromString(q.value(7).toString(), Qt::ISODate);
    if (lockedUntil.isValid() && lockedUntil > now)
        throw Refusal(tr("%1 is locked after too many wrong passwords until %2.").arg(username, lockedUntil.toString(QStringLiteral("HH:mm"))));
    const qint64 id = q.value(0).toLongLong();
    if (!verifyPassword(q.value(5).toString(), password)) {
        const int failures = q.value(6).toInt() + 1;
        const bool lock = failures >= MaxFailures;
        // The failure is kept (committed) even though the sign-in is refused.
        Transaction failure(db);
        Sql::exec(db, QStringLiteral("UPDATE app_user SET failed_attempts = ?, locked_until = ? WHERE id = ?"),
                  {lock ? 0 : failures, lock ? QVariant(now.addSecs(LockMinutes * 60).toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>()),
                   id});
        failure.commit();
        throw Refusal(lock ? tr("Wrong password; %1 is now locked for %2 minutes.").arg(username).arg(LockMinutes)
                    : tr("Wrong password; %n attempt(s) left before the account is locked.", nullptr, MaxFailures - failures));
    }
    Transaction reset(db);
    Sql::exec(db, QStringLiteral("UPDATE app_user SET failed_attempts = 0, locked_until = NULL WHERE id = ?"), {id});
    reset.commit();
    const User user{id, q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), true};
    Session::signIn(user.username, user.role);
    return user;
}

QList<UserStore::User> UserStore::list(const QSqlDatabase &db)
{
    QSqlQuery q = Sql::exec(db, QStringLiteral("SELECT id, username, display_name, role, active FROM app_user ORDER BY id"));
    QList<User> users;
    while (q.next())
        users.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toBool()});
    return users;
}
