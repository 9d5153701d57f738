#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

// One package between offices (a .fcx file): a manifest (from, to, sequence number, the
// sender's audit-chain head, counts per table, SHA-256 of the changes), the changes as a
// session changeset, and the sender's Ed25519 signature over both. Reading checks the
// shape, the digest and the signature against the sender's trusted card; whether it is
// addressed here and in sequence is the importer's to check.
class ExchangePackage final
{
    Q_DECLARE_TR_FUNCTIONS(ExchangePackage)

public:
    QString from;
    QString to;
    qint64 sequence = 0;
    QString chainHead;
    QString created;
    QJsonObject counts;  // table → {"upserts": n, "deletes": n}
    QByteArray changes;  // the changeset
    QString digest;      // its SHA-256 as the manifest gives it (checked by open())

    // Signed with this file's office key (a supervisor's or administrator's).
    QByteArray seal(const QSqlDatabase &db) const;
    // Throws Refusal naming what is wrong: not a package, damaged, from an office this
    // file does not trust, or a signature that does not match.
    static ExchangePackage open(const QSqlDatabase &db, const QByteArray &bytes);
    // The framing alone, trusting nothing: the package with the bytes its signature
    // covers and the signature. Throws Refusal when the bytes are not a whole package.
    static ExchangePackage parse(const QByteArray &bytes, QByteArray *signedPart, QByteArray *signature);

    static constexpr qint64 MaximumSize = 512LL * 1024 * 1024;
};
