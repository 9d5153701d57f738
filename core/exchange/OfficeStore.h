#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// The office a file belongs to and the offices it trusts (the county bureau and its
// townships' justice offices). Each office has an Ed25519 key pair (libsodium): the public
// key goes to the others on its card, the secret key stays in this file's settings and
// only signs. Setting the office and trusting another's card are an administrator's, and
// audited.
class OfficeStore final
{
    Q_DECLARE_TR_FUNCTIONS(OfficeStore)

public:
    struct Office
    {
        QString kind;        // county or township
        QString name;        // the bureau's or the justice office's name
        qint64 townshipId = 0;
        QString township;    // the township's name (a township office's scope)
        QString code;        // 16 hex digits of the public key's SHA-256: names the office
        QByteArray publicKey; // 32 bytes
        qint64 lastSent = 0;      // peers only: the last package sent to it
        qint64 lastReceived = 0;  // peers only: the last package received from it
    };

    static std::optional<Office> current(const QSqlDatabase &db);
    // Names this file's office; the key pair is made the first time and kept after, so an
    // office stays the same office for those who trust it. A township office names its
    // township as the register writes it, or, in a file whose register lacks it yet, with
    // its division code, which adds it. Throws Refusal naming what is wrong.
    static Office set(const QSqlDatabase &db, const QString &kind, const QString &name, const QString &township = {},
                      const QString &townshipCode = {});

    // The card another office trusts: kind, name, township, code and public key, as JSON.
    static QByteArray card(const QSqlDatabase &db);
    // Trusts another office's card. Refused for this office's own card, a card that is not
    // one, a key of the wrong size, a township the register does not know, or a code
    // already trusted with another key.
    static Office trust(const QSqlDatabase &db, const QByteArray &card);
    static QList<Office> peers(const QSqlDatabase &db);
    static std::optional<Office> peer(const QSqlDatabase &db, const QString &code);

    // Ed25519 over message with this office's secret key (64 bytes): a supervisor's or an
    // administrator's, since it speaks for the office.
    static QByteArray sign(const QSqlDatabase &db, const QByteArray &message);
    static bool verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature);
    static QString codeOf(const QByteArray &publicKey);
};
