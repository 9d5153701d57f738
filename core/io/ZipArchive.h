#pragma once

#include <QByteArray>
#include <QString>

// Reading entries of a ZIP file (XLSX, DOCX) with the system libminizip. An entry
// can be read whole or streamed in chunks.
class ZipArchive final
{
public:
    explicit ZipArchive(const QString &path); // throws DatabaseError (Rejected)
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    bool contains(const QString &entry) const;
    QByteArray read(const QString &entry); // empty if missing

    // Streaming: open one entry, then read chunks until empty.
    bool openEntry(const QString &entry);
    QByteArray readChunk(int size = 1 << 20);

private:
    void closeEntry();

    QString m_path;
    void *m_zip = nullptr; // unzFile
    bool m_entryOpen = false;
};
