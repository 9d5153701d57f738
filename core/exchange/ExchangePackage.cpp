#include "ExchangePackage.h"

#include "OfficeStore.h"
#include "util/Refusal.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QIODevice>
#include <QJsonDocument>

namespace {

const QByteArray kMagic = QByteArrayLiteral("FAIRCHECK-EXCHANGE-1\n");
constexpr int kSignatureSize = 64;
constexpr qint64 kManifestLimit = 4 * 1024 * 1024;

QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

// magic, then the manifest and the changeset, each after its length (big-endian).
QByteArray body(const QByteArray &manifest, const QByteArray &changes)
{
    QByteArray bytes = kMagic;
    QDataStream out(&bytes, QIODevice::Append);
    out.setByteOrder(QDataStream::BigEndian);
    out << quint64(manifest.size());
    bytes.append(manifest);
    QDataStream more(&bytes, QIODevice::Append);
    more.setByteOrder(QDataStream::BigEndian);
    more << quint64(changes.size());
    bytes.append(changes);
    return bytes;
}

} // namespace

QByteArray ExchangePackage::seal(const QSqlDatabase &db) const
{
    const QJsonObject manifest{{QStringLiteral("format"), 1},
                               {QStringLiteral("from"), from},
                               {QStringLiteral("to"), to},
                               {QStringLiteral("sequence"), sequence},
                               {QStringLiteral("chainHead"), chainHead},
                               {QStringLiteral("created"), created},
                               {QStringLiteral("counts"), counts},
                               {QStringLiteral("sha256"), QString::fromLatin1(sha256(changes))}};
    const QByteArray signedPart = body(QJsonDocument(manifest).toJson(QJsonDocument::Compact), changes);
    return signedPart + OfficeStore::sign(db, signedPart);
}

ExchangePackage ExchangePackage::parse(const QByteArray &bytes, QByteArray *signedPart, QByteArray *signature)
{
    const auto damaged = [] { return Refusal(tr("This is not an exchange package, or it is damaged.")); };
    if (!bytes.startsWith(kMagic) || bytes.size() < kMagic.size() + 16 + kSignatureSize || bytes.size() > MaximumSize)
        throw damaged();
    QDataStream in(bytes.mid(kMagic.size(), 8));
    in.setByteOrder(QDataStream::BigEndian);
    quint64 manifestSize = 0;
    in >> manifestSize;
    if (manifestSize > quint64(kManifestLimit) || qint64(manifestSize) > bytes.size())
        throw damaged();
    const qint64 afterManifest = kMagic.size() + 8 + qint64(manifestSize);
    if (afterManifest + 8 + kSignatureSize > bytes.size())
        throw damaged();
    const QByteArray manifestBytes = bytes.mid(kMagic.size() + 8, qsizetype(manifestSize));
    QDataStream sizes(bytes.mid(afterManifest, 8));
    sizes.setByteOrder(QDataStream::BigEndian);
    quint64 changesSize = 0;
    sizes >> changesSize;
    if (changesSize > quint64(bytes.size()) || afterManifest + 8 + qint64(changesSize) + kSignatureSize != bytes.size())
        throw damaged();
    const QJsonObject manifest = QJsonDocument::fromJson(manifestBytes).object();
    if (manifest.value(QStringLiteral("format")).toInt() != 1)
        throw damaged();

    ExchangePackage package;
    package.from = manifest.value(QStringLiteral("from")).toString();
    package.to = manifest.value(QStringLiteral("to")).toString();
    package.sequence = manifest.value(QStringLiteral("sequence")).toInteger();
    package.chainHead = manifest.value(QStringLiteral("chainHead")).toString();
    package.created = manifest.value(QStringLiteral("created")).toString();
    package.counts = manifest.value(QStringLiteral("counts")).toObject();
    package.changes = bytes.mid(afterManifest + 8, qsizetype(changesSize));
    package.digest = manifest.value(QStringLiteral("sha256")).toString();
    if (package.sequence <= 0)
        throw damaged();
    *signedPart = bytes.left(bytes.size() - kSignatureSize);
    *signature = bytes.right(kSignatureSize);
    return package;
}

ExchangePackage ExchangePackage::open(const QSqlDatabase &db, const QByteArray &bytes)
{
    QByteArray signedPart, signature;
    const ExchangePackage package = parse(bytes, &signedPart, &signature);
    const std::optional<OfficeStore::Office> sender = OfficeStore::peer(db, package.from);
    if (!sender)
        throw Refusal(tr("The package is not signed by an office this file trusts: it was altered, or it comes from an office "
                         "whose card is not trusted yet (it names itself %1). Nothing was imported.").arg(package.from));
    if (!OfficeStore::verify(sender->publicKey, signedPart, signature))
        throw Refusal(tr("The package's signature does not match %1's key: it was altered or not made by that office. "
                         "Nothing was imported.").arg(sender->name));
    if (package.digest.toLatin1() != sha256(package.changes))
        throw Refusal(tr("This is not an exchange package, or it is damaged."));
    return package;
}
