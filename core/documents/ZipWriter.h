#pragma once

#include <QByteArray>
#include <QString>

// Writing a ZIP file (DOCX) with the system libminizip; entries are deflated.
class ZipWriter final
{
public:
    explicit ZipWriter(const QString &path); // throws Refusal
    ~ZipWriter();
    ZipWriter(const ZipWriter &) = delete;
    ZipWriter &operator=(const ZipWriter &) = delete;

    void add(const QString &entry, const QByteArray &data);
    // An entry written in pieces: begin, append as often as needed, end.
    void begin(const QString &entry);
    void append(QByteArrayView data);
    void end();
    void close();

private:
    QString m_path;
    void *m_zip = nullptr; // zipFile
};
