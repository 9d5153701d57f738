#include "XlsxReader.h"

#include "ReadLimits.h"
#include "util/Refusal.h"

#include <QDate>
#include <QTime>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

namespace {

QString entryPath(const QString &target)
{
    // Targets are relative to xl/ unless absolute.
    return target.startsWith(u'/') ? target.mid(1) : QStringLiteral("xl/") + target;
}

} // namespace

XlsxReader::XlsxReader(const QString &path, const QString &sheet)
    : m_path(path)
    , m_zip(path)
{
    const QString entry = locateSheet(sheet);
    readSharedStrings();
    readDateStyles();
    if (!m_zip.openEntry(entry, ReadLimits::MaxSheetBytes))
        throw Refusal(tr("%1: the sheet “%2” is missing.").arg(path, m_sheet));
}

QString XlsxReader::locateSheet(const QString &wanted)
{
    const QByteArray workbook = m_zip.read(QStringLiteral("xl/workbook.xml"), ReadLimits::MaxSmallPartBytes);
    if (workbook.isEmpty())
        throw Refusal(tr("%1 is not an Excel workbook (xl/workbook.xml is missing).").arg(m_path));
    QList<QPair<QString, QString>> sheets; // name, relationship id
    QXmlStreamReader xml(workbook);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"sheet") {
            const QXmlStreamAttributes a = xml.attributes();
            QString rid;
            for (const QXmlStreamAttribute &attribute : a) {
                if (attribute.name() == u"id") // r:id, whatever the prefix
                    rid = attribute.value().toString();
            }
            sheets.append({a.value(QStringLiteral("name")).toString(), rid});
        }
    }
    if (sheets.isEmpty())
        throw Refusal(tr("%1 holds no sheet.").arg(m_path));
    QPair<QString, QString> chosen = sheets.first();
    if (!wanted.isEmpty()) {
        const auto it = std::find_if(sheets.cbegin(), sheets.cend(), [&](const auto &s) { return s.first == wanted; });
        if (it == sheets.cend()) {
            QStringList names;
            for (const auto &s : std::as_const(sheets))
                names.append(s.first);
            throw Refusal(tr("%1 has no sheet named “%2”; it has: %3.").arg(m_path, wanted, names.join(QStringLiteral(", "))));
        }
        chosen = *it;
    }
    m_sheet = chosen.first;
    QXmlStreamReader rels(m_zip.read(QStringLiteral("xl/_rels/workbook.xml.rels"), ReadLimits::MaxSmallPartBytes));
    while (!rels.atEnd()) {
        rels.readNext();
        if (rels.isStartElement() && rels.name() == u"Relationship"
            && rels.attributes().value(QStringLiteral("Id")) == chosen.second)
            return entryPath(rels.attributes().value(QStringLiteral("Target")).toString());
    }
    return QStringLiteral("xl/worksheets/sheet1.xml");
}

void XlsxReader::readSharedStrings()
{
    // Streamed like the sheet: a shared-strings part can be as large as the sheet.
    if (!m_zip.openEntry(QStringLiteral("xl/sharedStrings.xml"), ReadLimits::MaxSharedStringBytes))
        return;
    QXmlStreamReader xml;
    QString current;
    qint64 total = 0;
    qint64 sinceToken = 0;
    bool inItem = false;
    bool inText = false;
    int phonetic = 0; // ruby text (rPh) is not part of the value
    for (;;) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::Invalid) {
            if (xml.error() != QXmlStreamReader::PrematureEndOfDocumentError)
                throw Refusal(tr("%1: the shared strings cannot be read (%2).").arg(m_path, xml.errorString()));
            const QByteArray chunk = m_zip.readChunk();
            if (chunk.isEmpty())
                break;
            sinceToken += chunk.size();
            if (sinceToken > ReadLimits::MaxBytesWithoutToken)
                throw Refusal(tr("%1: the shared strings hold a single piece of text or markup of more than %2; the file "
                                       "is damaged or made to fill the memory, and was not read.")
                                        .arg(m_path, QLocale().formattedDataSize(ReadLimits::MaxBytesWithoutToken)));
            xml.addData(chunk);
            continue;
        }
        sinceToken = 0;
        if (token == QXmlStreamReader::EndDocument)
            break;
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"si") {
                inItem = true;
                current.clear();
            } else if (xml.name() == u"rPh") {
                ++phonetic;
            } else if (xml.name() == u"t" && inItem) {
                inText = true;
            }
        } else if (token == QXmlStreamReader::Characters || token == QXmlStreamReader::EntityReference) {
            if (inText && phonetic == 0) {
                current += xml.text();
                if (current.size() > ReadLimits::MaxCellChars)
                    throw Refusal(tr("%1: shared string %2 is %3; the file was not read.")
                                            .arg(m_path)
                                            .arg(m_shared.size() + 1)
                                            .arg(tooLongProblem()));
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == u"t") {
                inText = false;
            } else if (xml.name() == u"si") {
                total += current.size();
                if (total > ReadLimits::MaxSharedStringChars)
                    throw Refusal(tr("%1: the shared strings hold more than %2 characters; the file was not read.")
                                            .arg(m_path, QLocale().toString(ReadLimits::MaxSharedStringChars)));
                m_shared.append(current);
                inItem = false;
            } else if (xml.name() == u"rPh") {
                --phonetic;
            }
        }
    }
}

void XlsxReader::readDateStyles()
{
    // Built-in date formats are ids 14–22 and 45–47; custom ones are recognised by
    // their pattern (y, m with d, or Chinese 年月日) outside quoted text.
    QSet<int> dateFormats = {14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47, 57, 58};
    QXmlStreamReader xml(m_zip.read(QStringLiteral("xl/styles.xml"), ReadLimits::MaxSmallPartBytes));
    bool inCellXfs = false;
    int xfIndex = 0;
    static const QRegularExpression quoted(QStringLiteral("\"[^\"]*\"|\\[[^\\]]*\\]"));
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"numFmt") {
            QString code = xml.attributes().value(QStringLiteral("formatCode")).toString();
            code.remove(quoted);
            const QString lower = code.toLower();
            if (lower.contains(u'y') || (lower.contains(u'd') && lower.contains(u'm')) || code.contains(QStringLiteral("年")))
                dateFormats.insert(xml.attributes().value(QStringLiteral("numFmtId")).toInt());
        } else if (xml.isStartElement() && xml.name() == u"cellXfs") {
            inCellXfs = true;
        } else if (xml.isEndElement() && xml.name() == u"cellXfs") {
            inCellXfs = false;
        } else if (inCellXfs && xml.isStartElement() && xml.name() == u"xf") {
            if (dateFormats.contains(xml.attributes().value(QStringLiteral("numFmtId")).toInt()))
                m_dateStyles.insert(xfIndex);
            ++xfIndex;
        }
    }
}

int XlsxReader::columnIndex(QStringView reference)
{
    // Letters up to the first digit; anything past Excel's last column (XFD) is refused
    // before it can overflow or make the row enormous.
    int column = 0;
    for (const QChar c : reference) {
        if (c < u'A' || c > u'Z')
            break;
        column = column * 26 + (c.unicode() - u'A' + 1);
        if (column > kMaxColumns)
            return -1;
    }
    return column - 1;
}

QString XlsxReader::cellValue(const QString &type, int style, const QString &raw) const
{
    if (type == u"s") {
        const int index = raw.toInt();
        return index >= 0 && index < m_shared.size() ? m_shared.at(index) : QString();
    }
    if (type == u"b")
        return raw == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    if (type == u"str" || type == u"inlineStr" || type == u"e" || raw.isEmpty())
        return raw;
    bool ok = false;
    const double number = raw.toDouble(&ok);
    if (!ok)
        return raw;
    if (m_dateStyles.contains(style) && number > 0 && number < 2958466) {
        // Excel's day 0 is 1899-12-30 (it counts the non-existent 1900-02-29); the
        // fraction is the time of day, kept when there is one (a 12345 order's 受理时间).
        const qint64 day = qint64(number);
        const QDate date = QDate(1899, 12, 30).addDays(day);
        const qint64 seconds = qRound64((number - double(day)) * 86400.0);
        if (seconds <= 0 || seconds >= 86400)
            return date.toString(Qt::ISODate);
        return date.toString(Qt::ISODate) + u' ' + QTime(0, 0).addSecs(int(seconds)).toString(QStringLiteral("HH:mm:ss"));
    }
    if (number == double(qint64(number)) && qAbs(number) < 1e15)
        return QString::number(qint64(number));
    return QString::number(number, 'g', 15);
}

bool XlsxReader::feed()
{
    const QByteArray chunk = m_zip.readChunk();
    if (chunk.isEmpty())
        return false;
    // The XML reader keeps what it has not yet made a token of: a tag or text of
    // gigabytes would all be held. Real sheets complete a token every few bytes.
    m_sinceToken += chunk.size();
    if (m_sinceToken > ReadLimits::MaxBytesWithoutToken)
        throw Refusal(tr("%1, sheet %2: a single cell or tag of more than %3; the file is damaged or made to fill the "
                               "memory, and was not read.")
                                .arg(m_path, m_sheet, QLocale().formattedDataSize(ReadLimits::MaxBytesWithoutToken)));
    m_xml.addData(chunk);
    return true;
}

bool XlsxReader::next(TableRow &row)
{
    row.cells.clear();
    bool inRow = false;
    bool inValue = false; // inside <v> or <t>: text may arrive in several tokens across chunks
    int phonetic = 0;
    QString type;
    QString raw;
    int style = 0;
    int column = -1;
    for (;;) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::Invalid) {
            if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
                if (feed())
                    continue;
                if (inRow)
                    checkRow(m_path, row);
                return inRow;
            }
            throw Refusal(tr("%1, sheet %2: the sheet cannot be read (%3).").arg(m_path, m_sheet, m_xml.errorString()));
        }
        m_sinceToken = 0;
        if (token == QXmlStreamReader::EndDocument) {
            if (inRow)
                checkRow(m_path, row);
            return inRow;
        }
        if (token == QXmlStreamReader::Characters || token == QXmlStreamReader::EntityReference) {
            if (inValue && phonetic == 0) {
                raw += m_xml.text();
                if (raw.size() > ReadLimits::MaxCellChars)
                    refuseCell(m_path, m_sheet, row.row, column, tooLongProblem());
            }
        } else if (token == QXmlStreamReader::StartElement) {
            const QStringView name = m_xml.name();
            if (name == u"row") {
                inRow = true;
                const QStringView r = m_xml.attributes().value(QStringLiteral("r"));
                row.row = r.isEmpty() ? m_lastRow + 1 : r.toInt();
                if (row.row < 1 || row.row > kMaxRows)
                    throw Refusal(tr("%1, sheet %2: a row is numbered “%3”, outside Excel's rows 1 to %4.")
                                            .arg(m_path, m_sheet, r.isEmpty() ? QString::number(qint64(m_lastRow) + 1) : r.toString())
                                            .arg(kMaxRows));
                m_lastRow = row.row;
                column = -1;
            } else if (name == u"c" && inRow) {
                const QXmlStreamAttributes a = m_xml.attributes();
                type = a.value(QStringLiteral("t")).toString();
                style = a.value(QStringLiteral("s")).toInt();
                const QStringView reference = a.value(QStringLiteral("r"));
                column = reference.isEmpty() ? column + 1 : columnIndex(reference);
                if (column < 0 || column >= kMaxColumns)
                    throw Refusal(tr("%1, sheet %2, row %3: the cell reference “%4” is outside Excel's columns A to XFD.")
                                            .arg(m_path, m_sheet)
                                            .arg(row.row)
                                            .arg(reference.toString()));
                raw.clear();
            } else if ((name == u"v" || name == u"t") && inRow) {
                inValue = true;
            } else if (name == u"rPh") {
                ++phonetic;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            const QStringView name = m_xml.name();
            if (name == u"v" || name == u"t") {
                inValue = false;
            } else if (name == u"rPh") {
                phonetic = qMax(0, phonetic - 1);
            } else if (name == u"c" && inRow && column >= 0) {
                while (row.cells.size() < column)
                    row.cells.append(QString());
                row.cells.append(cellValue(type, style, raw));
            } else if (name == u"row" && inRow) {
                checkRow(m_path, row);
                return true;
            }
        }
    }
}
