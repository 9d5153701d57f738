#include "CsvReader.h"

#include "CsvFormulaGuard.h"

#include "ReadLimits.h"
#include "util/Refusal.h"

#include <QDir>

namespace {
constexpr qint64 kChunk = 1 << 20;

// The length of the valid UTF-8 prefix of `data`, leaving out a sequence cut short at
// the very end (*cut gets its length); the first invalid byte is at the returned index
// when that is less than size - *cut.
qsizetype validUtf8(const unsigned char *data, qsizetype size, qsizetype *cut)
{
    *cut = 0;
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = data[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80, high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            low = c == 0xE0 ? 0xA0 : 0x80;
            high = c == 0xED ? 0x9F : 0xBF;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            low = c == 0xF0 ? 0x90 : 0x80;
            high = c == 0xF4 ? 0x8F : 0xBF;
        } else {
            return i;
        }
        for (int k = 1; k < length; ++k) {
            if (i + k >= size) {
                *cut = size - i;
                return i;
            }
            const unsigned char d = data[i + k];
            if (d < (k == 1 ? low : 0x80) || d > (k == 1 ? high : 0xBF))
                return i;
        }
        i += length;
    }
    return i;
}
} // namespace

CsvReader::CsvReader(const QString &path)
    : m_path(path)
    , m_file(path)
{
    if (!m_file.open(QIODevice::ReadOnly))
        throw Refusal(tr("Cannot read %1.").arg(path), m_file.errorString());
    const QByteArray head = m_file.peek(64 * 1024);
    m_encoding = detectEncoding(head);
    m_decoder = QStringDecoder(m_encoding.toLatin1().constData());
    if (!m_decoder.isValid())
        throw Refusal(tr("%1: the encoding %2 cannot be read.").arg(path, m_encoding));
    // Skip a byte-order mark; the decoder would keep it as U+FEFF.
    if (head.startsWith("\xEF\xBB\xBF"))
        m_bytesChecked = m_file.read(3).size();
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
    if (m_encoding == u"UTF-8")
        checkUtf8(bytes);
    m_buffer += m_decoder.decode(bytes);
    if (m_decoder.hasError())
        throw Refusal(tr("%1: the text is not valid %2 in the bytes %3 to %4; save the file again as UTF-8 and import that.")
                                .arg(QDir::toNativeSeparators(m_path), m_encoding)
                                .arg(m_file.pos() - bytes.size())
                                .arg(m_file.pos()));
    return true;
}

void CsvReader::checkUtf8(const QByteArray &bytes)
{
    const QByteArray data = m_utf8Tail + bytes;
    qsizetype cut = 0;
    const qsizetype valid = validUtf8(reinterpret_cast<const unsigned char *>(data.constData()), data.size(), &cut);
    if (valid < data.size() - cut)
        throw Refusal(tr("%1: invalid UTF-8 at byte %2 (counting from 0), after line %3. Part of the file was saved in "
                               "another encoding; save it again as UTF-8 (or all of it as GBK) and import that.")
                                .arg(QDir::toNativeSeparators(m_path))
                                .arg(m_bytesChecked + valid)
                                .arg(m_line));
    m_bytesChecked += data.size() - cut;
    m_utf8Tail = data.right(cut);
}

void CsvReader::refuse(const TableRow &row, const QString &problem) const
{
    refuseCell(m_path, QString(), row.row, int(row.cells.size()), problem);
}

void CsvReader::takeCell(TableRow &row, QString &field)
{
    if (field.size() > ReadLimits::MaxCellChars)
        refuse(row, tooLongProblem());
    if (row.cells.size() >= ReadLimits::MaxColumns)
        throw Refusal(tr("%1, line %2: more than %3 columns, Excel's limit; the file was not read.")
                                .arg(QDir::toNativeSeparators(m_path))
                                .arg(row.row)
                                .arg(ReadLimits::MaxColumns));
    if (++m_cellsRead > ReadLimits::MaxCells)
        throw Refusal(tr("%1 holds more than %2 cells, far more than any register; it was not read.")
                                .arg(QDir::toNativeSeparators(m_path))
                                .arg(ReadLimits::MaxCells));
    CsvFormulaGuard::restore(field);
    row.cells.append(std::move(field));
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
                throw Refusal(tr("%1, line %2: a quoted field is never closed.").arg(m_path).arg(row.row));
            takeCell(row, field);
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
            else if (c.unicode() < 0x20 && c != u'\t' && c != u'\r')
                refuse(row, controlCharacterProblem(c));
            field += c;
            ++m_pos;
            // Checked as it grows: a cell of hundreds of megabytes is never held.
            if (field.size() > ReadLimits::MaxCellChars)
                refuse(row, tooLongProblem());
            continue;
        }
        if (c == u'"' && field.isEmpty() && !wasQuoted) {
            quoted = wasQuoted = true;
            ++m_pos;
        } else if (c == m_separator) {
            takeCell(row, field);
            field.clear();
            wasQuoted = false;
            ++m_pos;
        } else if (c == u'\r') {
            ++m_pos;
        } else if (c == u'\n') {
            ++m_pos;
            ++m_line;
            takeCell(row, field);
            return true;
        } else {
            // A run of plain characters is taken in one piece, not one by one.
            qsizetype end = m_pos;
            const QChar *data = m_buffer.constData();
            while (end < m_buffer.size()) {
                const QChar d = data[end];
                if (d == m_separator || d == u'\n' || d == u'\r' || d == u'"')
                    break;
                if (d.unicode() < 0x20 && d != u'\t') [[unlikely]]
                    refuse(row, controlCharacterProblem(d));
                ++end;
            }
            if (end == m_pos) // a quote inside an unquoted field is taken as text
                ++end;
            if (field.isEmpty())
                field = m_buffer.mid(m_pos, end - m_pos);
            else
                field += QStringView(m_buffer).mid(m_pos, end - m_pos);
            m_pos = end;
            if (field.size() > ReadLimits::MaxCellChars)
                refuse(row, tooLongProblem());
        }
    }
}
