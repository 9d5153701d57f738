#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// Files attached to supervision records (a clue's rectification evidence, a reviewed
// case file's PDFs): copied into a managed folder beside the database and named by
// their SHA-256, so verify() finds a changed or missing copy by rehashing.
class AttachmentStore final
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentStore)

public:
    struct Attachment
    {
        qint64 id = 0;
        QString ownerTable;
        qint64 ownerId = 0;
        QString fileName;
        QString sha256;
        qint64 size = 0;
        QDate addedOn;
    };

    // databasePath: where the managed folder lives (<file>-files beside it).
    // Throws Refusal for an unreadable file or an unknown owner.
    static qint64 attach(const QSqlDatabase &db, const QString &databasePath, const QString &ownerTable, qint64 ownerId,
                         const QString &sourceFile, const QDate &on);
    static QList<Attachment> list(const QSqlDatabase &db, const QString &ownerTable, qint64 ownerId);
    static std::optional<Attachment> find(const QSqlDatabase &db, qint64 id);
    static QString storedPath(const QString &databasePath, const Attachment &attachment);
    // Empty when the stored copy is there and unchanged; otherwise what is wrong.
    static QString verify(const QString &databasePath, const Attachment &attachment);
    static QString fileDigest(const QString &path);
};
