#include "OfficeStore.h"

#include "db/AccessPolicy.h"
#include "db/AuditLog.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "util/Refusal.h"

#include <QCryptographicHash>
#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <sodium.h>

namespace {

const QString kSecretSetting = QStringLiteral("office_secret_key");
const QString kCardFormat = QStringLiteral("faircheck-office-card-1");

void requireSodium()
{
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        throw Refusal(OfficeStore::tr("The cryptography library could not start; nothing was changed."));
}

qint64 townshipNamed(const QSqlDatabase &db, const QString &name)
{
    const QVariant id = Sql::scalar(db, QStringLiteral("SELECT id FROM township WHERE name = ?"), {name.trimmed()});
    if (!id.isValid())
        throw Refusal(OfficeStore::tr("There is no township “%1” in the register; a township office names its township as the "
                                      "register writes it.").arg(name));
    return id.toLongLong();
}

OfficeStore::Office officeFrom(QSqlQuery &q)
{
    OfficeStore::Office o;
    o.kind = q.value(0).toString();
    o.name = q.value(1).toString();
    o.townshipId = q.value(2).toLongLong();
    o.township = q.value(3).toString();
    o.code = q.value(4).toString();
    o.publicKey = QByteArray::fromBase64(q.value(5).toString().toLatin1());
    return o;
}

} // namespace

QString OfficeStore::codeOf(const QByteArray &publicKey)
{
    return QString::fromLatin1(QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).toHex().left(16));
}

std::optional<OfficeStore::Office> OfficeStore::current(const QSqlDatabase &db)
{
    QSqlQuery q = Sql::exec(db, QStringLiteral(
        "SELECT o.kind, o.name, o.township_id, COALESCE(t.name, ''), o.code, o.public_key "
        "FROM office o LEFT JOIN township t ON t.id = o.township_id"));
    if (!q.next())
        return std::nullopt;
    return officeFrom(q);
}

OfficeStore::Office OfficeStore::set(const QSqlDatabase &db, const QString &kind, const QString &name, const QString &township,
                                     const QString &townshipCode)
{
    AccessPolicy::current().require(db, AccessPolicy::Permission::Administer);
    if (kind != u"county" && kind != u"township")
        throw Refusal(tr("An office is the county bureau (county) or a township justice office (township), not “%1”.").arg(kind));
    if (name.trimmed().isEmpty())
        throw Refusal(tr("An office needs its name."));
    if (kind == u"county" && !township.isEmpty())
        throw Refusal(tr("The county bureau's scope is the whole county; it names no township."));
    requireSodium();
    Transaction transaction(db);
    // A new township file has no register yet: its township comes with its code, as the
    // county's register writes both, and the county's first package finds it by that code.
    const QVariant known = Sql::scalar(db, QStringLiteral("SELECT id FROM township WHERE name = ?"), {township.trimmed()});
    if (kind == u"township" && !known.isValid() && !townshipCode.trimmed().isEmpty()) {
        if (Sql::scalar(db, QStringLiteral("SELECT 1 FROM township WHERE code = ?"), {townshipCode.trimmed()}).isValid())
            throw Refusal(tr("The township code %1 belongs to another township in the register.").arg(townshipCode.trimmed()));
        Sql::exec(db, QStringLiteral("INSERT INTO township (code, name) VALUES (?, ?)"), {townshipCode.trimmed(), township.trimmed()});
    }
    const qint64 townshipId = kind == u"township" ? townshipNamed(db, township) : 0;
    const std::optional<Office> before = current(db);
    // Once packages went out or came in, other offices know this one by its kind and township.
    if (before && (before->kind != kind || before->townshipId != townshipId)
        && Sql::scalar(db, QStringLiteral("SELECT 1 FROM exchange_package LIMIT 1")).isValid())
        throw Refusal(tr("This office has exchanged packages as %1: its kind and township stay (its name may change).").arg(before->name));
    QByteArray publicKey = before ? before->publicKey : QByteArray();
    if (!before) {
        publicKey.resize(crypto_sign_PUBLICKEYBYTES);
        QByteArray secret(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
        crypto_sign_keypair(reinterpret_cast<unsigned char *>(publicKey.data()), reinterpret_cast<unsigned char *>(secret.data()));
        // The secret key stays out of the change log and the audit trail: a setting, as
        // the inspection codes' key is.
        Sql::exec(db, QStringLiteral("INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)"),
                  {kSecretSetting, QString::fromLatin1(secret.toBase64())});
        sodium_memzero(secret.data(), size_t(secret.size()));
    }
    const QString code = codeOf(publicKey);
    Sql::exec(db, QStringLiteral("INSERT INTO office (id, kind, name, township_id, code, public_key, created_on) "
                                 "VALUES (1, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, "
                                 "name = excluded.name, township_id = excluded.township_id"),
              {kind, name.trimmed(), townshipId ? QVariant(townshipId) : QVariant(), code, QString::fromLatin1(publicKey.toBase64()),
               QDate::currentDate().toString(Qt::ISODate)});
    QJsonObject now{{QStringLiteral("kind"), kind}, {QStringLiteral("name"), name.trimmed()}, {QStringLiteral("code"), code}};
    if (townshipId)
        now.insert(QStringLiteral("township_id"), townshipId);
    QJsonObject old;
    if (before)
        old = {{QStringLiteral("kind"), before->kind}, {QStringLiteral("name"), before->name}, {QStringLiteral("code"), before->code}};
    AuditLog::record(db, {before ? AuditLog::Action::Update : AuditLog::Action::Insert, QStringLiteral("office"), 1, old, now});
    transaction.commit();
    return *current(db);
}

QByteArray OfficeStore::card(const QSqlDatabase &db)
{
    const std::optional<Office> office = current(db);
    if (!office)
        throw Refusal(tr("This file belongs to no office yet: an administrator names it first (office set)."));
    QJsonObject o{{QStringLiteral("format"), kCardFormat},
                  {QStringLiteral("kind"), office->kind},
                  {QStringLiteral("name"), office->name},
                  {QStringLiteral("code"), office->code},
                  {QStringLiteral("public_key"), QString::fromLatin1(office->publicKey.toBase64())}};
    if (!office->township.isEmpty())
        o.insert(QStringLiteral("township"), office->township);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

OfficeStore::Office OfficeStore::trust(const QSqlDatabase &db, const QByteArray &card)
{
    AccessPolicy::current().require(db, AccessPolicy::Permission::Administer);
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(card, &error).object();
    if (error.error != QJsonParseError::NoError || o.value(QStringLiteral("format")).toString() != kCardFormat)
        throw Refusal(tr("This is not a FairCheck office card."));
    Office peer;
    peer.kind = o.value(QStringLiteral("kind")).toString();
    peer.name = o.value(QStringLiteral("name")).toString().trimmed();
    peer.township = o.value(QStringLiteral("township")).toString();
    peer.publicKey = QByteArray::fromBase64(o.value(QStringLiteral("public_key")).toString().toLatin1());
    peer.code = codeOf(peer.publicKey);
    if ((peer.kind != u"county" && peer.kind != u"township") || peer.name.isEmpty())
        throw Refusal(tr("The card names no office (its kind or name is missing)."));
    if (peer.publicKey.size() != crypto_sign_PUBLICKEYBYTES || o.value(QStringLiteral("code")).toString() != peer.code)
        throw Refusal(tr("The card's key is damaged: it is not a key of this kind, or does not match the card's code."));
    const std::optional<Office> self = current(db);
    if (self && self->publicKey == peer.publicKey)
        throw Refusal(tr("This is this office's own card."));
    if (!self)
        throw Refusal(tr("This file belongs to no office yet: an administrator names it first (office set)."));
    if (peer.kind == u"township")
        peer.townshipId = townshipNamed(db, peer.township);
    const std::optional<Office> known = OfficeStore::peer(db, peer.code);
    if (known)
        throw Refusal(tr("The office %1 (%2) is trusted already.").arg(known->name, peer.code));
    // The county trusts its townships' offices, one for each township; a township trusts the county.
    if (self->kind == u"county" && peer.kind != u"township")
        throw Refusal(tr("The county bureau exchanges with its townships' justice offices; %1 is not one.").arg(peer.name));
    if (self->kind == u"township" && peer.kind != u"county")
        throw Refusal(tr("A township office exchanges with the county bureau only; %1 is not it.").arg(peer.name));
    for (const Office &other : peers(db)) {
        if (self->kind == u"township")
            throw Refusal(tr("This office trusts the county bureau %1 already.").arg(other.name));
        if (other.townshipId == peer.townshipId)
            throw Refusal(tr("%1 is trusted already as the office of %2; a township has one office.").arg(other.name, peer.township));
    }
    Transaction transaction(db);
    Sql::exec(db, QStringLiteral("INSERT INTO office_peer (code, kind, name, township_id, public_key, trusted_on) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"),
              {peer.code, peer.kind, peer.name, peer.townshipId ? QVariant(peer.townshipId) : QVariant(),
               QString::fromLatin1(peer.publicKey.toBase64()), QDate::currentDate().toString(Qt::ISODate)});
    const qint64 id = Sql::lastInsertId(db);
    AuditLog::record(db, {AuditLog::Action::Insert, QStringLiteral("office_peer"), id, {},
                          {{QStringLiteral("code"), peer.code}, {QStringLiteral("kind"), peer.kind}, {QStringLiteral("name"), peer.name}}});
    transaction.commit();
    return peer;
}

QList<OfficeStore::Office> OfficeStore::peers(const QSqlDatabase &db)
{
    QList<Office> list;
    QSqlQuery q = Sql::exec(db, QStringLiteral(
        "SELECT p.kind, p.name, p.township_id, COALESCE(t.name, ''), p.code, p.public_key, p.last_sent, p.last_received "
        "FROM office_peer p LEFT JOIN township t ON t.id = p.township_id ORDER BY p.kind, t.code, p.name"));
    while (q.next()) {
        Office o = officeFrom(q);
        o.lastSent = q.value(6).toLongLong();
        o.lastReceived = q.value(7).toLongLong();
        list.append(o);
    }
    return list;
}

std::optional<OfficeStore::Office> OfficeStore::peer(const QSqlDatabase &db, const QString &code)
{
    for (const Office &o : peers(db)) {
        if (o.code == code)
            return o;
    }
    return std::nullopt;
}

QByteArray OfficeStore::sign(const QSqlDatabase &db, const QByteArray &message)
{
    AccessPolicy::current().require(db, AccessPolicy::Permission::SignForOffice);
    requireSodium();
    QByteArray secret = QByteArray::fromBase64(
        Sql::scalar(db, QStringLiteral("SELECT value FROM setting WHERE key = ?"), {kSecretSetting}).toString().toLatin1());
    if (secret.size() != crypto_sign_SECRETKEYBYTES)
        throw Refusal(tr("This file belongs to no office yet: an administrator names it first (office set)."));
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()), quint64(message.size()),
                         reinterpret_cast<const unsigned char *>(secret.constData()));
    sodium_memzero(secret.data(), size_t(secret.size()));
    return signature;
}

bool OfficeStore::verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature)
{
    requireSodium();
    if (publicKey.size() != crypto_sign_PUBLICKEYBYTES || signature.size() != crypto_sign_BYTES)
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.constData()),
                                       reinterpret_cast<const unsigned char *>(message.constData()), quint64(message.size()),
                                       reinterpret_cast<const unsigned char *>(publicKey.constData()))
        == 0;
}
