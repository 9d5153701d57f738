#include "ZipArchive.h"

#include "ReadLimits.h"
#include "util/Refusal.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>

#include <minizip/unzip.h>

ZipArchive::ZipArchive(const QString &path)
    : m_path(path)
{
    m_zip = unzOpen64(QFile::encodeName(path).constData());
    if (!m_zip)
        throw Refusal(QCoreApplication::translate("ZipArchive", "%1 is not a valid XLSX file (not a ZIP archive).").arg(path));
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

bool ZipArchive::openEntry(const QString &entry, qint64 maxBytes)
{
    closeEntry();
    if (unzLocateFile(m_zip, entry.toUtf8().constData(), 0) != UNZ_OK || unzOpenCurrentFile(m_zip) != UNZ_OK)
        return false;
    unz_file_info64 info {};
    unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0);
    m_entryOpen = true;
    m_entry = entry;
    m_limit = maxBytes;
    m_packed = qint64(info.compressed_size);
    m_unpacked = 0;
    return true;
}

QByteArray ZipArchive::readChunk(int size)
{
    if (!m_entryOpen)
        return {};
    QByteArray chunk(size, Qt::Uninitialized);
    const int n = unzReadCurrentFile(m_zip, chunk.data(), unsigned(size));
    if (n < 0)
        throw Refusal(QCoreApplication::translate("ZipArchive", "%1 is damaged: a part of it cannot be unpacked.").arg(m_path));
    chunk.resize(n);
    if (n == 0)
        closeEntry();
    m_unpacked += n;
    // The size the archive claims is not trusted: what is unpacked is counted.
    if (m_unpacked > m_limit)
        throw Refusal(QCoreApplication::translate("ZipArchive", "%1: its part %2 unpacks to more than %3, far more than any "
                                                                      "spreadsheet; the file is damaged or made to fill the memory, "
                                                                      "and was not read.")
                                .arg(m_path, m_entry, QLocale().formattedDataSize(m_limit)));
    if (m_unpacked > ReadLimits::RatioCheckedFrom && m_unpacked > qMax<qint64>(m_packed, 1) * ReadLimits::MaxPackRatio)
        throw Refusal(QCoreApplication::translate("ZipArchive", "%1: its part %2 unpacks to more than %3 times its packed "
                                                                      "size, which no spreadsheet does; the file is damaged or made "
                                                                      "to fill the memory, and was not read.")
                                .arg(m_path, m_entry)
                                .arg(ReadLimits::MaxPackRatio));
    return chunk;
}

QByteArray ZipArchive::read(const QString &entry, qint64 maxBytes)
{
    if (!openEntry(entry, maxBytes))
        return {};
    QByteArray all;
    for (QByteArray chunk = readChunk(); !chunk.isEmpty(); chunk = readChunk())
        all += chunk;
    return all;
}
