#include "AttachmentStore.h"

#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/InputFile.h"
#include "util/Refusal.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "util/Sha256.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlQuery>

namespace {

QString folderOf(const QString &databasePath)
{
    return Database::attachmentFolder(databasePath);
}

} // namespace

QString AttachmentStore::fileDigest(const QString &path)
{
    return QString::fromLatin1(Sha256::ofFile(path).toHex());
}

QString AttachmentStore::storedPath(const QString &databasePath, const Attachment &a)
{
    const QString suffix = QFileInfo(a.fileName).suffix().toLower();
    return QDir(folderOf(databasePath)).filePath(a.sha256 + (suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix));
}

qint64 AttachmentStore::attach(const QSqlDatabase &db, const QString &databasePath, const QString &ownerTable, qint64 ownerId,
                               const QString &sourceFile, const QDate &on)
{
    if (ownerTable != u"clue" && ownerTable != u"case_review")
        throw Refusal(tr("Files are attached to clues and case reviews only."));
    if (!Sql::scalar(db, QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(ownerTable), {ownerId}).isValid())
        throw Refusal(tr("There is no record %1 to attach the file to.").arg(ownerId));
    InputFile::check(sourceFile);
    const QFileInfo source(sourceFile);
    const QString digest = fileDigest(sourceFile);
    if (!source.isFile() || digest.isEmpty())
        throw Refusal(tr("Cannot read %1.").arg(sourceFile));
    Attachment a{0, ownerTable, ownerId, source.fileName(), digest, source.size(), on};
    const QString target = storedPath(databasePath, a);
    if (!QDir().mkpath(folderOf(databasePath)))
        throw Refusal(tr("Cannot create the folder %1.").arg(folderOf(databasePath)));
    if (!QFileInfo::exists(target) || fileDigest(target) != digest) {
        // Copied beside the target and renamed, so the folder never holds half a file.
        const QString partial = target + QStringLiteral(".partial");
        QFile::remove(partial);
        if (!QFile::copy(sourceFile, partial) || fileDigest(partial) != digest) {
            QFile::remove(partial);
            throw Refusal(tr("Cannot copy %1 into %2.").arg(sourceFile, folderOf(databasePath)));
        }
        QFile::remove(target);
        if (!QFile::rename(partial, target))
            throw Refusal(tr("Cannot copy %1 into %2.").arg(sourceFile, folderOf(databasePath)));
    }
    Transaction transaction(db);
    const qint64 id = Sql::exec(db, QStringLiteral("INSERT INTO attachment (owner_table, owner_id, file_name, sha256, size, added_on, added_by) "
                                                   "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                {ownerTable, ownerId, a.fileName, digest, a.size, on.toString(Qt::ISODate), AuditLog::actor()})
                          .lastInsertId().toLongLong();
    AuditLog::record(db, {AuditLog::Action::Insert, QStringLiteral("attachment"), id, {},
                          QJsonObject{{QStringLiteral("file"), a.fileName}, {QStringLiteral("sha256"), digest},
                                      {QStringLiteral("owner"), QStringLiteral("%1:%2").arg(ownerTable).arg(ownerId)}}});
    transaction.commit();
    return id;
}

QList<AttachmentStore::Attachment> AttachmentStore::list(const QSqlDatabase &db, const QString &ownerTable, qint64 ownerId)
{
    QSqlQuery q = Sql::exec(db, QStringLiteral("SELECT id, owner_table, owner_id, file_name, sha256, size, added_on FROM attachment "
                                               "WHERE owner_table = ? AND owner_id = ? ORDER BY id"), {ownerTable, ownerId});
    QList<Attachment> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString(), q.value(4).toString(),
                     q.value(5).toLongLong(), QDate::fromString(q.value(6).toString(), Qt::ISODate)});
    return list;
}

std::optional<AttachmentStore::Attachment> AttachmentStore::find(const QSqlDatabase &db, qint64 id)
{
    QSqlQuery q = Sql::exec(db, QStringLiteral("SELECT id, owner_table, owner_id, file_name, sha256, size, added_on FROM attachment WHERE id = ?"),
                            {id});
    if (!q.next())
        return std::nullopt;
    return Attachment{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString(), q.value(4).toString(),
                      q.value(5).toLongLong(), QDate::fromString(q.value(6).toString(), Qt::ISODate)};
}

QString AttachmentStore::verify(const QString &databasePath, const Attachment &a)
{
    const QString path = storedPath(databasePath, a);
    if (!QFileInfo::exists(path))
        return tr("the stored copy %1 is missing").arg(path);
    if (fileDigest(path) != a.sha256)
        return tr("the stored copy %1 was changed (its SHA-256 no longer matches)").arg(path);
    return {};
}
