#include "ZipWriter.h"

#include "util/Refusal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>

#include <minizip/zip.h>

namespace {
[[noreturn]] void fail(const QString &path)
{
    throw Refusal(QCoreApplication::translate("ZipWriter", "Cannot write %1.").arg(path));
}
} // namespace

ZipWriter::ZipWriter(const QString &path)
    : m_path(path)
{
    m_zip = zipOpen(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!m_zip)
        fail(path);
}

ZipWriter::~ZipWriter()
{
    if (m_zip)
        zipClose(m_zip, nullptr);
}

void ZipWriter::add(const QString &entry, const QByteArray &data)
{
    begin(entry);
    append(data);
    end();
}

void ZipWriter::begin(const QString &entry)
{
    // Entries need a valid DOS date: zero (1980-01-00) makes some readers refuse the file.
    zip_fileinfo info{};
    const QDateTime now = QDateTime::currentDateTime();
    info.tmz_date.tm_year = uInt(now.date().year());
    info.tmz_date.tm_mon = uInt(now.date().month() - 1);
    info.tmz_date.tm_mday = uInt(now.date().day());
    info.tmz_date.tm_hour = uInt(now.time().hour());
    info.tmz_date.tm_min = uInt(now.time().minute());
    info.tmz_date.tm_sec = uInt(now.time().second());
    if (zipOpenNewFileInZip(m_zip, entry.toUtf8().constData(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                            Z_DEFAULT_COMPRESSION) != ZIP_OK)
        fail(m_path);
}

void ZipWriter::append(QByteArrayView data)
{
    if (zipWriteInFileInZip(m_zip, data.constData(), unsigned(data.size())) != ZIP_OK)
        fail(m_path);
}

void ZipWriter::end()
{
    if (zipCloseFileInZip(m_zip) != ZIP_OK)
        fail(m_path);
}

void ZipWriter::close()
{
    const int rc = zipClose(m_zip, nullptr);
    m_zip = nullptr;
    if (rc != ZIP_OK)
        fail(m_path);
}
