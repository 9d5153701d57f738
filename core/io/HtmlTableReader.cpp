#include "HtmlTableReader.h"

#include "ReadLimits.h"
#include "util/Refusal.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QStringDecoder>

QString HtmlTableReader::decode(const QByteArray &bytes, QString *encoding)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        *encoding = QStringLiteral("UTF-8");
        return QString::fromUtf8(bytes.mid(3));
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool little = bytes.startsWith("\xFF\xFE");
        *encoding = little ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
        QStringDecoder decoder(little ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        return decoder(bytes.mid(2));
    }
    static const QRegularExpression charset(QStringLiteral("charset\\s*=\\s*[\"']?([A-Za-z0-9_-]+)"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QString head = QString::fromLatin1(bytes.left(4096));
    const QString declared = charset.match(head).captured(1).toLower();
    const bool chinese = declared.startsWith(QLatin1String("gb")) || declared == u"cp936";
    if (!chinese) {
        QStringDecoder utf8(QStringConverter::Utf8);
        const QString text = utf8(bytes);
        if (!utf8.hasError()) {
            *encoding = QStringLiteral("UTF-8");
            return text;
        }
    }
    *encoding = QStringLiteral("GB18030");
    QStringDecoder gb("GB18030");
    return gb(bytes);
}

QString HtmlTableReader::decodeEntities(const QString &text)
{
    static const QHash<QString, QChar> named = {
        {QStringLiteral("nbsp"), QChar(u' ')}, {QStringLiteral("amp"), QChar(u'&')},   {QStringLiteral("lt"), QChar(u'<')},
        {QStringLiteral("gt"), QChar(u'>')},   {QStringLiteral("quot"), QChar(u'"')},  {QStringLiteral("apos"), QChar(u'\'')},
        {QStringLiteral("ensp"), QChar(u' ')}, {QStringLiteral("emsp"), QChar(u' ')}, {QStringLiteral("middot"), QChar(0xB7)},
        {QStringLiteral("times"), QChar(0xD7)}, {QStringLiteral("yen"), QChar(0xA5)},
    };
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const qsizetype end = c == u'&' ? text.indexOf(u';', i) : -1;
        if (end < 0 || end - i > 10) {
            out += c;
            continue;
        }
        const QString name = text.mid(i + 1, end - i - 1);
        bool ok = false;
        uint code = 0;
        if (name.startsWith(u'#'))
            code = name.startsWith(QLatin1String("#x"), Qt::CaseInsensitive) ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok, 10);
        if (ok && code > 0 && code <= 0x10FFFF) {
            out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
            i = end;
        } else if (named.contains(name.toLower())) {
            out += named.value(name.toLower());
            i = end;
        } else {
            out += c;
        }
    }
    return out;
}

QList<QList<QStringList>> HtmlTableReader::tables(const QString &html)
{
    // A tolerant scan for the tags that matter; exports are generated, not hand-written,
    // but they leave cells and rows unclosed as often as not.
    static const QRegularExpression tag(QStringLiteral("<\\s*(/?)\\s*([a-zA-Z]+)([^>]*)>"));
    static const QRegularExpression colspan(QStringLiteral("colspan\\s*=\\s*[\"']?(\\d+)"), QRegularExpression::CaseInsensitiveOption);
    QList<QList<QStringList>> tables;
    QList<QStringList> *table = nullptr;
    QStringList *row = nullptr;
    QString cell;
    bool inCell = false, skipping = false;
    int span = 1;
    // Cells cost memory even empty: a page yields at most one per four of its characters
    // (a real cell takes nine, <td></td>), however wide its colspans say the rows are.
    const qint64 budget = qMax<qint64>(100000, html.size() / 4);
    qint64 cells = 0;
    auto endCell = [&] {
        if (!inCell || !row)
            return;
        const int width = int(qMin<qint64>(span, ReadLimits::MaxColumns - row->size()));
        cells += qMax(1, width);
        if (cells > budget || row->size() >= ReadLimits::MaxColumns)
            throw Refusal(tr("The web page's table has more cells than its size can hold (colspan); it was not read."));
        row->append(decodeEntities(cell).replace(QChar(0xA0), u' ').trimmed());
        for (int i = 1; i < width; ++i)
            row->append(QString());
        cell.clear();
        inCell = false;
    };
    auto endRow = [&] {
        endCell();
        row = nullptr;
    };
    qsizetype at = 0;
    QRegularExpressionMatchIterator it = tag.globalMatch(html);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (inCell && !skipping) {
            const QString text = QStringView(html).mid(at, m.capturedStart() - at).toString().simplified();
            cell += text.isEmpty() ? QStringLiteral(" ") : text;
        }
        at = m.capturedEnd();
        const bool closing = !m.captured(1).isEmpty();
        const QString name = m.captured(2).toLower();
        if (name == u"script" || name == u"style") {
            skipping = !closing;
            continue;
        }
        if (skipping)
            continue;
        if (name == u"table" && !closing) {
            endRow();
            tables.append(QList<QStringList>());
            table = &tables.last();
        } else if (name == u"table" && closing) {
            endRow();
            table = nullptr;
        } else if (name == u"tr" && !closing && table) {
            endRow();
            table->append(QStringList());
            row = &table->last();
        } else if (name == u"tr" && closing) {
            endRow();
        } else if ((name == u"td" || name == u"th") && !closing && row) {
            endCell();
            inCell = true;
            const QRegularExpressionMatch s = colspan.match(m.captured(3));
            span = s.hasMatch() ? qBound(1, s.captured(1).toInt(), ReadLimits::MaxColumns) : 1;
        } else if ((name == u"td" || name == u"th") && closing) {
            endCell();
        } else if (name == u"br" && inCell) {
            cell += u'\n';
        }
    }
    endRow();
    for (QList<QStringList> &t : tables) {
        for (QStringList &r : t) {
            for (QString &c : r)
                c = c.trimmed();
        }
    }
    return tables;
}

HtmlTableReader::HtmlTableReader(const QString &path, const QString &table)
    : m_path(path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Refusal(tr("Cannot open %1.").arg(shown));
    if (file.size() > ReadLimits::MaxHtmlBytes)
        throw Refusal(tr("%1 is a web page of %2 MB, more than the %3 MB such an export can be; save it as .xlsx in "
                                 "Excel or WPS and import that file.")
                                  .arg(shown, QLocale().toString(file.size() >> 20), QLocale().toString(ReadLimits::MaxHtmlBytes >> 20)));
    const QList<QList<QStringList>> all = tables(decode(file.readAll(), &m_encoding));
    if (all.isEmpty())
        throw Refusal(tr("%1 is a web page without a table to read.").arg(shown));
    qsizetype chosen = -1;
    if (!table.isEmpty()) {
        static const QRegularExpression digits(QStringLiteral("(\\d+)$"));
        const int number = digits.match(table.trimmed()).captured(1).toInt();
        if (number < 1 || number > all.size())
            throw Refusal(tr("%1 has %n table(s); there is no table “%2” (write its number, 1 for the first).", nullptr,
                                     int(all.size()))
                                      .arg(shown, table));
        chosen = number - 1;
    } else {
        // The data: the table with the most rows (a title table above it has one or two).
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (chosen < 0 || all.at(i).size() > all.at(chosen).size())
                chosen = i;
        }
    }
    m_rows = all.at(chosen);
    m_name = tr("table %1").arg(chosen + 1);
    m_encoding = QStringLiteral("HTML, ") + m_encoding;
}

bool HtmlTableReader::next(TableRow &row)
{
    if (m_next >= m_rows.size())
        return false;
    row.row = int(m_next + 1);
    row.cells = m_rows.at(m_next++);
    checkRow(m_path, row);
    return true;
}

int HtmlTableReader::percentRead() const
{
    return m_rows.isEmpty() ? 100 : int(100 * m_next / m_rows.size());
}
