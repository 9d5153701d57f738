#include "OutputFile.h"

#include "DatabaseError.h"
#include "OpenDatabases.h"
#include "util/Refusal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cstdio>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

[[noreturn]] void refuse(const QString &message)
{
    throw Refusal(message);
}

} // namespace

void OutputFile::check(const QString &path, const QStringList &suffixes)
{
    if (path.trimmed().isEmpty())
        refuse(tr("No file name was given for the output."));
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    if (!OpenDatabases::ownerOf(absolute).isEmpty())
        refuse(tr("%1 is the open database, one of its working files or inside its backups or attachments folder; "
                  "choose another place for the output.")
                   .arg(shown(absolute)));
    if (info.isDir())
        refuse(tr("%1 is a folder; give a file name.").arg(shown(absolute)));
    const QString suffix = info.suffix().toLower();
    if (!suffixes.contains(suffix))
        refuse(tr("%1: the file name must end in .%2.").arg(shown(absolute), suffixes.join(QStringLiteral(" or ."))));
    if (!QFileInfo(info.absolutePath()).isDir())
        refuse(tr("The folder %1 does not exist.").arg(shown(info.absolutePath())));
}

OutputFile::OutputFile(const QString &path, const QStringList &suffixes)
    : m_path(QFileInfo(path).absoluteFilePath())
{
    check(path, suffixes);
    // Unique, so that two programs writing the same name never share a temporary file;
    // it keeps the suffix because some writers choose the format by it.
    const QFileInfo info(m_path);
    m_temporary = info.absoluteDir().filePath(QStringLiteral(".%1.%2.part.%3")
                                                  .arg(info.completeBaseName())
                                                  .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'))
                                                  .arg(info.suffix()));
}

OutputFile::~OutputFile()
{
    if (!m_committed)
        QFile::remove(m_temporary);
}

void OutputFile::commit()
{
    if (!QFileInfo::exists(m_temporary))
        throw Refusal(tr("Cannot write %1.").arg(shown(m_path)));
#ifdef Q_OS_WIN
    const bool moved = MoveFileExW(reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(m_temporary).utf16()),
                                   reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(m_path).utf16()),
                                   MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH);
#else
    const bool moved = std::rename(QFile::encodeName(m_temporary).constData(), QFile::encodeName(m_path).constData()) == 0;
#endif
    if (!moved)
        throw Refusal(tr("Cannot write %1.").arg(shown(m_path)));
    m_committed = true;
}

void OutputFile::write(const QString &path, const QStringList &suffixes, const QByteArray &content)
{
    OutputFile out(path, suffixes);
    QFile file(out.temporaryPath());
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.flush()) {
        if (file.error() == QFileDevice::ResourceError)
            throw DatabaseError(DatabaseError::Kind::Full, tr("The disk is full: %1 was not written.").arg(shown(out.path())),
                                file.errorString());
        throw DatabaseError(DatabaseError::Kind::ReadOnly, tr("Cannot write %1.").arg(shown(out.path())), file.errorString());
    }
    file.close();
    out.commit();
}
