#include "TableReader.h"

#include "CsvReader.h"
#include "HtmlTableReader.h"
#include "ReadLimits.h"
#include "XlsReader.h"
#include "XlsxReader.h"
#include "util/Refusal.h"
#include "db/InputFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace {

enum class Content { Zip, Ole2, Html, XmlSpreadsheet, Other };

// What the file is, by its first bytes: offices rename files freely (a web system's
// export saved as .xls, an .xlsx saved as .xls by a download dialog).
Content sniff(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Content::Other;
    const QByteArray head = file.read(2048);
    if (head.startsWith("PK\x03\x04"))
        return Content::Zip;
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return Content::Ole2;
    QByteArray text = head;
    if (text.startsWith("\xEF\xBB\xBF"))
        text = text.mid(3);
    text = text.trimmed().toLower();
    if (text.startsWith("<?xml") && text.contains("urn:schemas-microsoft-com:office:spreadsheet"))
        return Content::XmlSpreadsheet;
    if (text.startsWith("<!doctype html") || text.startsWith("<html") || text.startsWith("<table") || text.startsWith("<meta")
        || (text.startsWith("<") && (text.contains("<html") || text.contains("<table"))))
        return Content::Html;
    return Content::Other;
}

} // namespace

std::unique_ptr<TableReader> TableReader::open(const QString &path, const QString &sheet)
{
    InputFile::check(path);
    const QString shown = QDir::toNativeSeparators(path);
    switch (sniff(path)) {
    case Content::Zip:
        return std::make_unique<XlsxReader>(path, sheet);
    case Content::Ole2:
        return std::make_unique<XlsReader>(path, sheet);
    case Content::Html:
        // What web systems hand out as .xls: a page with a table.
        return std::make_unique<HtmlTableReader>(path, sheet);
    case Content::XmlSpreadsheet:
        throw Refusal(tr("%1 is an “XML Spreadsheet 2003” file, not an Excel workbook. Open it in Excel or WPS and save "
                               "it as .xlsx, then import that file.")
                                .arg(shown));
    case Content::Other:
        break;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"csv" || suffix == u"txt" || suffix == u"tsv")
        return std::make_unique<CsvReader>(path);
    if (suffix == u"xlsx" || suffix == u"xls")
        throw Refusal(tr("%1 has a spreadsheet's name but is not an Excel workbook, nor a web page; it may be damaged.").arg(shown));
    throw Refusal(tr("%1: only .xlsx, .xls and .csv files can be read; save the file in one of these formats.").arg(shown));
}

QString TableReader::controlCharacterProblem(QChar c)
{
    return tr("the text holds a control character (U+%1), which no spreadsheet cell may contain")
        .arg(QStringLiteral("%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper());
}

QString TableReader::tooLongProblem()
{
    return tr("a cell of more than %1 characters, Excel's own limit").arg(QLocale().toString(ReadLimits::MaxCellChars));
}

void TableReader::refuseCell(const QString &path, const QString &sheet, int row, int column, const QString &problem)
{
    const QString column1 = SourcePosition::columnName(column);
    throw Refusal(sheet.isEmpty() ? tr("%1, row %2, column %3: %4; the file was not read.")
                                              .arg(QDir::toNativeSeparators(path)).arg(row).arg(column1, problem)
                                        : tr("%1, sheet %2, row %3, column %4: %5; the file was not read.")
                                              .arg(QDir::toNativeSeparators(path), sheet)
                                              .arg(row)
                                              .arg(column1, problem));
}

void TableReader::checkRow(const QString &path, const TableRow &row)
{
    m_cellsRead += row.cells.size();
    if (m_cellsRead > ReadLimits::MaxCells)
        throw Refusal(tr("%1 holds more than %2 cells, far more than any register; it was not read.")
                                .arg(QDir::toNativeSeparators(path), QLocale().toString(ReadLimits::MaxCells)));
    for (qsizetype c = 0; c < row.cells.size(); ++c) {
        const QString &cell = row.cells.at(c);
        if (cell.size() > ReadLimits::MaxCellChars)
            refuseCell(path, sheetName(), row.row, int(c), tooLongProblem());
        for (const QChar ch : cell) {
            if (ch.unicode() < 0x20 && ch != u'\t' && ch != u'\n' && ch != u'\r')
                refuseCell(path, sheetName(), row.row, int(c), controlCharacterProblem(ch));
        }
    }
}
