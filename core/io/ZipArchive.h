#pragma once

#include <QByteArray>
#include <QString>

// Reading entries of a ZIP file (XLSX, DOCX) with the system libminizip. An entry
// can be read whole or streamed in chunks, never beyond a limit on what it unpacks to
// nor, for big entries, beyond ReadLimits::MaxPackRatio times its packed size: a
// zip bomb is refused after reading its first megabytes.
class ZipArchive final
{
public:
    explicit ZipArchive(const QString &path); // throws Refusal
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    bool contains(const QString &entry) const;
    QByteArray read(const QString &entry, qint64 maxBytes); // empty if missing

    // Streaming: open one entry, then read chunks until empty.
    bool openEntry(const QString &entry, qint64 maxBytes);
    QByteArray readChunk(int size = 1 << 20);

private:
    void closeEntry();

    QString m_path;
    void *m_zip = nullptr; // unzFile
    bool m_entryOpen = false;
    QString m_entry;
    qint64 m_limit = 0;
    qint64 m_packed = 0;
    qint64 m_unpacked = 0;
};
