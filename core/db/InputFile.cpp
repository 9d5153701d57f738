#include "InputFile.h"

#include "util/Refusal.h"
#include "OpenDatabases.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

void InputFile::check(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw Refusal(tr("The file %1 does not exist.").arg(shown(path)));
    if (OpenDatabases::covers(path))
        throw Refusal(tr("%1 is the open database or one of its working files; it cannot be read as an input.")
                                .arg(shown(info.absoluteFilePath())));
    // QFileInfo follows links: a link to a device or a folder is refused as what it points to.
    if (!info.isFile())
        throw Refusal(tr("%1 is not an ordinary file (a folder, a device or a pipe); choose a document file.").arg(shown(path)));
    if (!info.isReadable())
        throw Refusal(tr("You do not have permission to read %1.").arg(shown(path)));
}

QByteArray InputFile::readAll(const QString &path, qint64 maxBytes)
{
    check(path);
    const QFileInfo info(path);
    if (info.size() > maxBytes)
        throw Refusal(tr("%1 is %2, more than the %3 a file of this kind may have; it was not read.")
                                .arg(shown(path), QLocale().formattedDataSize(info.size()), QLocale().formattedDataSize(maxBytes)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Refusal(tr("Cannot read %1: %2").arg(shown(path), file.errorString()));
    // The size can change between the look and the read: never read past the limit.
    QByteArray data = file.read(maxBytes + 1);
    if (data.size() > maxBytes)
        throw Refusal(tr("%1 is more than the %2 a file of this kind may have; it was not read.")
                                .arg(shown(path), QLocale().formattedDataSize(maxBytes)));
    return data;
}
