#include "TestSupport.h"

#include "HostileFiles.h"
#include "io/HtmlTableReader.h"
#include "io/ImportReport.h"
#include "io/Importer.h"
#include "io/ReadLimits.h"
#include "io/TableReader.h"

namespace {

// Reads every row; the message of the refusal, or empty when the file was read whole.
QString readAll(const QString &path)
{
    return TestSupport::refusal([&] {
        auto reader = TableReader::open(path);
        TableRow row;
        while (reader->next(row)) {
        }
    });
}

} // namespace

TEST_CASE("Hostile XLSX: parts that unpack far beyond their size are refused after the first megabytes", "[io][limits]")
{
    QTemporaryDir dir;
    // 80 MB of comments in the sheet pack into about 80 KB: a ratio of about a thousand.
    const QString sheetBomb = dir.filePath(QStringLiteral("sheet-bomb.xlsx"));
    HostileFiles::workbookWith(sheetBomb, [](const auto &append) {
        append(HostileFiles::sheetStart);
        HostileFiles::repeat(append, "<!-- -->", 10 * 1024 * 1024);
        append(HostileFiles::sheetEnd);
    });
    CHECK(QFileInfo(sheetBomb).size() < 2 * 1024 * 1024);
    const QString sheetRefusal = readAll(sheetBomb);
    CHECK(sheetRefusal.contains(QStringLiteral("xl/worksheets/sheet1.xml")));
    CHECK(sheetRefusal.contains(QString::number(ReadLimits::MaxPackRatio)));

    // 16 MB of spaces: one piece of text the XML reader would hold whole.
    const QString spaces = dir.filePath(QStringLiteral("spaces.xlsx"));
    HostileFiles::workbookWith(spaces, [](const auto &append) {
        append(HostileFiles::sheetStart);
        HostileFiles::repeat(append, QByteArray(1024, ' '), 16 * 1024);
        append(HostileFiles::sheetEnd);
    });
    CHECK(readAll(spaces).contains(QStringLiteral("single cell or tag")));

    // The same with the shared strings: five million one-letter strings (85 MB).
    const QString stringBomb = dir.filePath(QStringLiteral("strings-bomb.xlsx"));
    HostileFiles::workbookWith(
        stringBomb,
        [](const auto &append) {
            append(HostileFiles::sheetStart);
            append("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>");
            append(HostileFiles::sheetEnd);
        },
        [](const auto &append) {
            append("<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
            HostileFiles::repeat(append, "<si><t>x</t></si>", 5 * 1000 * 1000);
            append("</sst>");
        });
    CHECK(readAll(stringBomb).contains(QStringLiteral("xl/sharedStrings.xml")));
}

TEST_CASE("Hostile XLSX: one cell of megabytes, or one shared string longer than Excel allows, is refused naming it", "[io][limits]")
{
    QTemporaryDir dir;
    const QString bigCell = dir.filePath(QStringLiteral("big-cell.xlsx"));
    HostileFiles::workbookWith(bigCell, [](const auto &append) {
        append(HostileFiles::sheetStart);
        append("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>名称</t></is></c></row>");
        append("<row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>");
        HostileFiles::repeat(append, "x", 20 * 1024 * 1024);
        append("</t></is></c></row>");
        append(HostileFiles::sheetEnd);
    });
    const QString refusal = readAll(bigCell);
    INFO(refusal.toStdString());
    // Refused either as a cell over Excel's limit (row 2, column B) or as one token of megabytes.
    CHECK((refusal.contains(QStringLiteral("row 2, column B")) || refusal.contains(QStringLiteral("single cell or tag"))));

    const QString longShared = dir.filePath(QStringLiteral("long-shared.xlsx"));
    HostileFiles::workbookWith(
        longShared,
        [](const auto &append) {
            append(HostileFiles::sheetStart);
            append("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>");
            append(HostileFiles::sheetEnd);
        },
        [](const auto &append) {
            append("<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>");
            append(QByteArray(ReadLimits::MaxCellChars + 1, 'y'));
            append("</t></si></sst>");
        });
    CHECK(readAll(longShared).contains(QStringLiteral("shared string 1")));

    // Exactly Excel's limit is a cell like any other.
    const QString limit = dir.filePath(QStringLiteral("limit.xlsx"));
    HostileFiles::workbookWith(limit, [](const auto &append) {
        append(HostileFiles::sheetStart);
        append("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>");
        append(QByteArray(ReadLimits::MaxCellChars, 'z'));
        append("</t></is></c></row>");
        append(HostileFiles::sheetEnd);
    });
    CHECK(readAll(limit).isEmpty());
}

TEST_CASE("Hostile CSV: a cell beyond Excel's limit, control characters and invalid UTF-8 are refused naming the place", "[io][limits]")
{
    QTemporaryDir dir;
    const QString longCell = dir.filePath(QStringLiteral("long.csv"));
    TestSupport::writeFile(longCell, "统一社会信用代码,名称\n91330100799655058B," + QByteArray(ReadLimits::MaxCellChars + 1, 'x') + "\n");
    CHECK(readAll(longCell).contains(QStringLiteral("row 2, column B")));
    const QString quoted = dir.filePath(QStringLiteral("quoted.csv"));
    TestSupport::writeFile(quoted, "a,b\n\"" + QByteArray(40 * 1024 * 1024, 'q') + "\",x\n");
    CHECK(readAll(quoted).contains(QStringLiteral("row 2, column A")));

    const QString nul = dir.filePath(QStringLiteral("nul.csv"));
    TestSupport::writeFile(nul, QByteArray("a,b\n1,x\0y\n", 11));
    const QString nulRefusal = readAll(nul);
    CHECK(nulRefusal.contains(QStringLiteral("row 2, column B")));
    CHECK(nulRefusal.contains(QStringLiteral("U+0000")));
    TestSupport::writeFile(nul, "a,b\n1,\"x\x01y\"\n");
    CHECK(readAll(nul).contains(QStringLiteral("U+0001")));
    // Tabs and line breaks inside a quoted cell are text.
    TestSupport::writeFile(nul, "a,b\n1,\"x\ty\nz\"\n");
    CHECK(readAll(nul).isEmpty());

    // 100,000 bytes of good UTF-8 (beyond the sample the encoding is judged by), then a
    // GBK-encoded 企 (0xC6 0xF3), as when two exports are pasted together.
    QByteArray mixed = "名称,地址\n";
    while (mixed.size() < 100000)
        mixed += "清溪县测试企业,城关镇\n";
    const qsizetype bad = mixed.size() + 3; // after "abc"
    mixed += "abc\xC6\xF3,x\n";
    const QString utf8 = dir.filePath(QStringLiteral("mixed.csv"));
    TestSupport::writeFile(utf8, mixed);
    CHECK(readAll(utf8).contains(QStringLiteral("invalid UTF-8 at byte %1").arg(bad)));
}

TEST_CASE("Files named as what they are not: web pages read as their table, workbooks whatever their name", "[io][limits]")
{
    QTemporaryDir dir;
    // What government web systems give: an HTML table downloaded as .xls.
    const QString html = dir.filePath(QStringLiteral("export.xls"));
    TestSupport::writeFile(html, "\xEF\xBB\xBF<html><head><meta charset=\"utf-8\"></head><body><table><tr><td>统一社会信用代码</td>"
                                 "<td>企业名称</td></tr><tr><td>91330100799655058B</td><td>清溪县甲公司</td></tr></table></body></html>");
    CHECK(readAll(html).isEmpty());
    auto reader = TableReader::open(html);
    CHECK(reader->encoding() == QStringLiteral("HTML, UTF-8"));
    TableRow row;
    REQUIRE(reader->next(row));
    REQUIRE(reader->next(row));
    CHECK(row.row == 2);
    CHECK(row.cells == QStringList{QStringLiteral("91330100799655058B"), QStringLiteral("清溪县甲公司")});
    // A page with no table is refused saying so.
    const QString empty = dir.filePath(QStringLiteral("empty.xls"));
    TestSupport::writeFile(empty, "<html><body><p>会话已过期，请重新登录</p></body></html>");
    CHECK(readAll(empty).contains(QStringLiteral("without a table")));
    // An .xlsx a download dialog saved as .xls is read as the workbook it is.
    const QString renamed = dir.filePath(QStringLiteral("renamed.xls"));
    REQUIRE(QFile::copy(QStringLiteral(FAIRCHECK_TEST_DATA "/import/titled-roster.xlsx"), renamed));
    CHECK(readAll(renamed).isEmpty());
    CHECK(TableReader::open(renamed)->encoding() == u"XLSX");
}

TEST_CASE("Web-page exports: their tables, entities, spans and line breaks as Excel shows them", "[io][html]")
{
    // A title table, then the data with entities, a spanned cell, a line break and an
    // unclosed cell, as generated pages have them.
    const QString page = QStringLiteral(
        "<html><body><table><tr><td colspan=\"3\">导出标题</td></tr></table>"
        "<TABLE border=1><tr><th>编号</th><th>名称</th><th>备注</th></tr>"
        "<tr><td>1</td><td>甲&amp;乙&nbsp;公司</td><td>第一行<br>第二行</td></tr>"
        "<tr><td colspan=2>合计&#20195;&#x7801;</td><td>末尾</tr>"
        "<script>var x = '<td>不是单元格</td>';</script></TABLE></body></html>");
    const QList<QList<QStringList>> tables = HtmlTableReader::tables(page);
    REQUIRE(tables.size() == 2);
    CHECK(tables.at(0).size() == 1);
    REQUIRE(tables.at(1).size() == 3);
    CHECK(tables.at(1).at(1) == QStringList({QStringLiteral("1"), QStringLiteral("甲&乙 公司"), QStringLiteral("第一行\n第二行")}));
    CHECK(tables.at(1).at(2) == QStringList({QStringLiteral("合计代码"), QString(), QStringLiteral("末尾")}));
    // GBK by its meta charset; UTF-8 when valid; GB18030 when not.
    QString encoding;
    const QByteArray gbk = QByteArray("<meta charset=\"gb2312\">") + QByteArray("\xC6\xF3\xD2\xB5"); // 企业
    CHECK(HtmlTableReader::decode(gbk, &encoding).endsWith(QStringLiteral("企业")));
    CHECK(encoding == QStringLiteral("GB18030"));
    CHECK(HtmlTableReader::decode(QByteArray("\xC6\xF3\xD2\xB5"), &encoding) == QStringLiteral("企业"));
    CHECK(HtmlTableReader::decode(QStringLiteral("企业").toUtf8(), &encoding) == QStringLiteral("企业"));
    CHECK(encoding == QStringLiteral("UTF-8"));
}

TEST_CASE("A web page whose colspans claim millions of cells is refused, memory bounded", "[io][html][limits]")
{
    // 2,000 cells each spanning 16,384 columns would be 32 million cells from 60 KB.
    QString page = QStringLiteral("<table>");
    for (int r = 0; r < 100; ++r) {
        page += QStringLiteral("<tr>");
        for (int c = 0; c < 20; ++c)
            page += QStringLiteral("<td colspan=99999>x</td>");
        page += QStringLiteral("</tr>");
    }
    page += QStringLiteral("</table>");
    CHECK_FALSE(TestSupport::refusal([&] { HtmlTableReader::tables(page); }).isEmpty());
    // An ordinary span is read.
    CHECK(HtmlTableReader::tables(QStringLiteral("<table><tr><td colspan=3>a</td></tr></table>")).first().first().size() == 3);
}
