#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The workstation's users: administrator, supervisor, clerk, viewer. Passwords are
// Argon2id strings (libsodium crypto_pwhash_str); five wrong passwords lock the account
// for fifteen minutes.
class UserStore final
{
    Q_DECLARE_TR_FUNCTIONS(UserStore)

public:
    static constexpr int MaxFailures = 5;
    static constexpr int LockMinutes = 15;

    struct User
    {
        qint64 id = 0;
        QString username;
        QString displayName;
        QString role;
        bool active = true;
    };

    static bool hasUsers(const QSqlDatabase &db);
    // The first user must be an administrator; later ones only an administrator adds.
    // Throws Refusal naming the field at fault.
    static qint64 add(const QSqlDatabase &db, const QString &username, const QString &displayName, const QString &role,
                      const QString &password);
    // Checks the password (counting failures, locking after MaxFailures) and signs the
    // user in to the Session. Throws Refusal with what went wrong.
    static User signIn(const QSqlDatabase &db, const QString &username, const QString &password,
                       const QDateTime &now = QDateTime::currentDateTime());
    static QList<User> list(const QSqlDatabase &db);

    static QString hashPassword(const QString &password);
    static bool verifyPassword(const QString &hash, const QString &password);
};
