#include "ZipArchive.h"

#include "db/DatabaseError.h"

#include <QCoreApplication>
#include <QFile>

#include <minizip/unzip.h>

ZipArchive::ZipArchive(const QString &path)
    : m_path(path)
{
    m_zip = unzOpen64(QFile::encodeName(path).constData());
    if (!m_zip)
        throw DatabaseError(DatabaseError::Kind::Rejected,
                            QCoreApplication::translate("ZipArchive", "%1 is not a valid XLSX file (not a ZIP archive).").arg(path));
}

ZipArchive::~ZipArchive()
{
    closeEntry();
    if (m_zip)
        unzClose(m_zip);
}

bool ZipArchive::contains(const QString &entry) const
{
    return unzLocateFile(m_zip, entry.toUtf8().constData(), 0) == UNZ_OK;
}

void ZipArchive::closeEntry()
{
    if (m_entryOpen) {
        unzCloseCurrentFile(m_zip);
        m_entryOpen = false;
    }
}

bool ZipArchive::openEntry(const QString &entry)
{
    closeEntry();
    if (unzLocateFile(m_zip, entry.toUtf8().constData(), 0) != UNZ_OK || unzOpenCurrentFile(m_zip) != UNZ_OK)
        return false;
    m_entryOpen = true;
    return true;
}

QByteArray ZipArchive::readChunk(int size)
{
    if (!m_entryOpen)
        return {};
    QByteArray chunk(size, Qt::Uninitialized);
    const int n = unzReadCurrentFile(m_zip, chunk.data(), unsigned(size));
    if (n < 0)
        throw DatabaseError(DatabaseError::Kind::Rejected,
                            QCoreApplication::translate("ZipArchive", "%1 is damaged: a part of it cannot be unpacked.").arg(m_path));
    chunk.resize(n);
    if (n == 0)
        closeEntry();
    return chunk;
}

QByteArray ZipArchive::read(const QString &entry)
{
    if (!openEntry(entry))
        return {};
    QByteArray all;
    for (QByteArray chunk = readChunk(); !chunk.isEmpty(); chunk = readChunk())
        all += chunk;
    return all;
}
