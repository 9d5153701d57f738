#include "SqliteFileReader.h"

#include "util/Sha256.h"

#include <QFile>

#include <sqlite3.h>

#include <memory>

namespace {

// One file opened through the default VFS, closed through it too.
class VfsFile
{
public:
    explicit VfsFile(const QString &path)
        : m_vfs(sqlite3_vfs_find(nullptr))
        , m_name(QFile::encodeName(path))
    {
        if (!m_vfs)
            return;
        m_storage.reset(new char[size_t(m_vfs->szOsFile)]());
        auto *file = reinterpret_cast<sqlite3_file *>(m_storage.get());
        int flags = 0;
        // As a main database file: the Unix layer then shares its record of the inode
        // (and its locks) with the connections already open on it.
        if (m_vfs->xOpen(m_vfs, m_name.constData(), file, SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_READONLY, &flags) == SQLITE_OK)
            m_file = file;
        else if (file->pMethods)
            file->pMethods->xClose(file);
    }
    ~VfsFile()
    {
        if (m_file)
            m_file->pMethods->xClose(m_file);
    }
    VfsFile(const VfsFile &) = delete;
    VfsFile &operator=(const VfsFile &) = delete;

    bool isOpen() const { return m_file != nullptr; }
    sqlite3_int64 size() const
    {
        sqlite3_int64 n = 0;
        return m_file->pMethods->xFileSize(m_file, &n) == SQLITE_OK ? n : -1;
    }
    // Reads exactly n bytes at offset; false on an error (a short read is an error).
    bool read(char *into, int n, sqlite3_int64 offset) const
    {
        return m_file->pMethods->xRead(m_file, into, n, offset) == SQLITE_OK;
    }

private:
    sqlite3_vfs *m_vfs = nullptr;
    QByteArray m_name; // SQLite keeps the pointer while the file is open
    std::unique_ptr<char[]> m_storage;
    sqlite3_file *m_file = nullptr;
};

} // namespace

QByteArray SqliteFileReader::head(const QString &path, int bytes, bool *ok)
{
    if (ok)
        *ok = false;
    const VfsFile file(path);
    if (!file.isOpen())
        return {};
    const sqlite3_int64 size = file.size();
    if (size < 0)
        return {};
    const int n = int(qMin<sqlite3_int64>(bytes, size));
    QByteArray data(n, Qt::Uninitialized);
    if (n > 0 && !file.read(data.data(), n, 0))
        return {};
    if (ok)
        *ok = true;
    return data;
}

QByteArray SqliteFileReader::sha256(const QString &path, const std::atomic<bool> *stop)
{
    const VfsFile file(path);
    if (!file.isOpen())
        return {};
    const sqlite3_int64 size = file.size();
    if (size < 0)
        return {};
    Sha256 sha;
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (sqlite3_int64 offset = 0; offset < size; offset += chunk.size()) {
        if (stop && stop->load(std::memory_order_relaxed))
            return {};
        const int n = int(qMin<sqlite3_int64>(chunk.size(), size - offset));
        if (!file.read(chunk.data(), n, offset))
            return {};
        sha.addData(QByteArrayView(chunk.constData(), n));
    }
    return sha.result();
}
