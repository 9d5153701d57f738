#include "CsvReader.h"

#include "CsvFormulaGuard.h"

#include "db/DatabaseError.h"

namespace {
constexpr qint64 kChunk = 1 << 20;
}

CsvReader::CsvReader(const QString &path)
    : m_path(path)
    , m_file(path)
{
    if (!m_file.open(QIODevice::ReadOnly))
        throw DatabaseError(DatabaseError::Kind::Rejected, tr("Cannot read %1.").arg(path), m_file.errorString());
    const QByteArray head = m_file.peek(64 * 1024);
    m_encoding = detectEncoding(head);
    m_decoder = QStringDecoder(m_encoding.toLatin1().constData());
    if (!m_decoder.isValid())
        throw DatabaseError(DatabaseError::Kind::Rejected, tr("%1: the encoding %2 cannot be read.").arg(path, m_encoding));
    // Skip a byte-order mark; the decoder would keep it as U+FEFF.
    if (head.startsWith("\xEF\xBB\xBF"))
        m_file.read(3);
    else if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF"))
        m_file.read(2);
    m_line = 1;
    fill();
    // The separator is the most frequent of , ; and tab on the first line.
    const qsizetype end = m_buffer.indexOf(u'\n');
    const QStringView first = QStringView(m_buffer).left(end < 0 ? m_buffer.size() : end);
    const qsizetype commas = first.count(u','), semicolons = first.count(u';'), tabs = first.count(u'\t');
    m_separator = tabs > commas && tabs >= semicolons ? QChar(u'\t') : semicolons > commas ? QChar(u';') : QChar(u',');
}

QString CsvReader::detectEncoding(const QByteArray &head) const
{
    if (head.startsWith("\xEF\xBB\xBF"))
        return QStringLiteral("UTF-8");
    if (head.startsWith("\xFF\xFE"))
        return QStringLiteral("UTF-16LE");
    if (head.startsWith("\xFE\xFF"))
        return QStringLiteral("UTF-16BE");
    // Valid UTF-8 (ignoring a sequence cut at the end of the sample) is UTF-8;
    // anything else from a Chinese office is GB18030, the superset of GBK and GB2312.
    QByteArray sample = head;
    while (!sample.isEmpty() && (uchar(sample.back()) & 0xC0) == 0x80)
        sample.chop(1);
    if (!sample.isEmpty() && uchar(sample.back()) >= 0xC0)
        sample.chop(1);
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString decoded = utf8.decode(sample);
    Q_UNUSED(decoded);
    return utf8.hasError() ? QStringLiteral("GB18030") : QStringLiteral("UTF-8");
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    const QByteArray bytes = m_file.read(kChunk);
    if (bytes.isEmpty()) {
        m_eof = true;
        m_buffer += m_decoder.decode(QByteArray()); // flush
        return false;
    }
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    m_buffer += m_decoder.decode(bytes);
    return true;
}

bool CsvReader::next(TableRow &row)
{
    row.cells.clear();
    row.row = m_line;
    for (;;) {
        if (m_pos >= m_buffer.size() && !fill() && m_pos >= m_buffer.size())
            return false;
        // Skip completely empty lines between records.
        if (m_buffer.at(m_pos) == u'\n' || m_buffer.at(m_pos) == u'\r') {
            if (m_buffer.at(m_pos) == u'\n')
                ++m_line;
            ++m_pos;
            row.row = m_line;
            continue;
        }
        break;
    }
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    for (;;) {
        if (m_pos >= m_buffer.size()) {
            if (fill())
                continue;
            if (quoted)
                throw DatabaseError(DatabaseError::Kind::Rejected,
                                    tr("%1, line %2: a quoted field is never closed.").arg(m_path).arg(row.row));
            CsvFormulaGuard::restore(field);
            row.cells.append(std::move(field));
            return true;
        }
        const QChar c = m_buffer.at(m_pos);
        if (quoted) {
            if (c == u'"') {
                // Need one character of look-ahead for "" inside quotes.
                if (m_pos + 1 >= m_buffer.size() && fill())
                    continue;
                if (m_pos + 1 < m_buffer.size() && m_buffer.at(m_pos + 1) == u'"') {
                    field += u'"';
                    m_pos += 2;
                } else {
                    quoted = false;
                    ++m_pos;
                }
                continue;
            }
            if (c == u'\n')
                ++m_line;
            field += c;
            ++m_pos;
            continue;
        }
        if (c == u'"' && field.isEmpty() && !wasQuoted) {
            quoted = wasQuoted = true;
            ++m_pos;
        } else if (c == m_separator) {
            CsvFormulaGuard::restore(field);
            row.cells.append(std::move(field));
            field.clear();
            wasQuoted = false;
            ++m_pos;
        } else if (c == u'\r') {
            ++m_pos;
        } else if (c == u'\n') {
            ++m_pos;
            ++m_line;
            CsvFormulaGuard::restore(field);
            row.cells.append(std::move(field));
            return true;
        } else {
            // A run of plain characters is taken in one piece, not one by one.
            qsizetype end = m_pos + 1;
            const QChar *data = m_buffer.constData();
            while (end < m_buffer.size()) {
                const QChar d = data[end];
                if (d == m_separator || d == u'\n' || d == u'\r' || d == u'"')
                    break;
                ++end;
            }
            if (field.isEmpty())
                field = m_buffer.mid(m_pos, end - m_pos);
            else
                field += QStringView(m_buffer).mid(m_pos, end - m_pos);
            m_pos = end;
        }
    }
}
