#pragma once

#include "TableReader.h"

#include <QFile>
#include <QStringDecoder>

// CSV as Excel and WPS save it: UTF-8 with or without BOM, UTF-16 with BOM, or
// GB18030/GBK when the bytes are not UTF-8; comma, semicolon or tab separated;
// quoted fields may hold separators, quotes ("") and line breaks.
class CsvReader final : public TableReader
{
public:
    explicit CsvReader(const QString &path);

    bool next(TableRow &row) override;
    QString encoding() const override { return m_encoding; }
    int percentRead() const override { return int(100 * m_file.pos() / qMax<qint64>(1, m_file.size())); }

private:
    bool fill();
    void takeCell(TableRow &row, QString &field);
    [[noreturn]] void refuse(const TableRow &row, const QString &problem) const;
    // UTF-8 files are checked as they are read: a wrong byte is named, never replaced.
    void checkUtf8(const QByteArray &bytes);
    QString detectEncoding(const QByteArray &head) const;

    QString m_path;
    QFile m_file;
    QString m_encoding;
    QStringDecoder m_decoder;
    QString m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    QChar m_separator = u',';
    int m_line = 0; // physical line of the next record's start
    qint64 m_bytesChecked = 0; // of the file, before m_utf8Tail
    QByteArray m_utf8Tail;     // a sequence cut by the end of the last chunk
};
