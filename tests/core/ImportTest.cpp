#include "TestSupport.h"

#include "db/AuditLog.h"
#include "db/Database.h"
#include "db/DatabaseError.h"
#include "util/Refusal.h"
#include "db/Sql.h"
#include "demo/DemoCountyGenerator.h"
#include "io/CsvReader.h"
#include "registry/EnterpriseExport.h"
#include "registry/EnterpriseQuery.h"
#include "io/HeaderMatcher.h"
#include "io/ImportKind.h"
#include "io/ImportReport.h"
#include "io/ImportSinks.h"
#include "io/Importer.h"
#include "io/SeenKeys.h"
#include "io/TableReader.h"
#include "documents/ZipWriter.h"

#include <QSqlQuery>

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(FAIRCHECK_TEST_DATA "/import/") + QString::fromLatin1(name);
}

QList<TableRow> readAll(const QString &path, const QString &sheet = QString())
{
    auto reader = TableReader::open(path, sheet);
    QList<TableRow> rows;
    TableRow row;
    while (reader->next(row))
        rows.append(row);
    return rows;
}

Importer::Options apply()
{
    Importer::Options o;
    o.dryRun = false;
    return o;
}

// Every enterprise as the register shows it, for comparing two databases.
QStringList registerRows(const Database &db)
{
    QSqlQuery q = Sql::exec(db.connection(), QStringLiteral(
        "SELECT e.uscc, e.name, e.legal_representative, e.legal_representative_id, e.phone, e.address, t.name, "
        "e.industry_code, i.name, e.registration_date, e.status FROM enterprise e LEFT JOIN township t ON t.id = e.township_id "
        "LEFT JOIN industry i ON i.code = e.industry_code ORDER BY e.uscc"));
    QStringList rows;
    while (q.next()) {
        QStringList cells;
        for (int c = 0; c < 11; ++c)
            cells.append(q.value(c).toString());
        rows.append(cells.join(u'|'));
    }
    return rows;
}

// A demo county of that many enterprises, and its register exported to register.csv in dir.
struct ExportedRegister
{
    Database source;
    QString file;
};

ExportedRegister exportedRegister(const QTemporaryDir &dir, quint64 seed, int enterprises)
{
    ExportedRegister exported{Database::open(dir.filePath(QStringLiteral("source.db"))), dir.filePath(QStringLiteral("register.csv"))};
    TestSupport::demo(exported.source, seed, enterprises, QDate(2026, 11, 29));
    REQUIRE(EnterpriseExport::write(exported.source.connection(), EnterpriseQuery(), exported.file) == enterprises);
    return exported;
}

// The smallest workbook the reader accepts: one sheet with the given sheetData body.
QString minimalWorkbook(const QTemporaryDir &dir, const char *name, const QByteArray &sheetData)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    ZipWriter zip(path);
    zip.add(QStringLiteral("xl/workbook.xml"),
            "<workbook xmlns:r=\"r\"><sheets><sheet name=\"S\" r:id=\"rId1\"/></sheets></workbook>");
    zip.add(QStringLiteral("xl/_rels/workbook.xml.rels"),
            "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
    zip.add(QStringLiteral("xl/worksheets/sheet1.xml"), "<worksheet><sheetData>" + sheetData + "</sheetData></worksheet>");
    zip.close();
    return path;
}

} // namespace

TEST_CASE("XLSX: references beyond Excel's sheet are refused by name — values split across read chunks stay whole", "[io]")
{
    QTemporaryDir dir;
    // Found by the fuzzer: a long column reference overflowed the column number.
    const QString wide = minimalWorkbook(dir, "wide.xlsx", "<row r=\"1\"><c r=\"ZZZZZZZZZ1\"><v>1</v></c></row>");
    try {
        readAll(wide);
        FAIL("a column past XFD was accepted");
    } catch (const Error &error) {
        CHECK(error.message().contains(u"ZZZZZZZZZ1"));
    }
    CHECK_THROWS_AS(readAll(minimalWorkbook(dir, "tall.xlsx", "<row r=\"1048577\"><c><v>1</v></c></row>")), Refusal);
    CHECK(readAll(minimalWorkbook(dir, "last.xlsx", "<row r=\"1048576\"><c r=\"XFD1048576\"><v>7</v></c></row>"))
              .first()
              .cells.size() == 16384);

    // The sheet is read in 1 MiB pieces; long inline strings make values straddle the seams.
    QByteArray body;
    const QByteArray text(997, 'x');
    for (int r = 1; r <= 3000; ++r)
        body += "<row r=\"" + QByteArray::number(r) + "\"><c t=\"inlineStr\"><is><t>" + QByteArray::number(r) + text
                + "</t></is></c><c><v>" + QByteArray::number(r * 7) + "</v></c></row>";
    const QList<TableRow> rows = readAll(minimalWorkbook(dir, "long.xlsx", body));
    REQUIRE(rows.size() == 3000);
    for (int r = 0; r < 3000; ++r) {
        INFO("row " << r + 1);
        REQUIRE(rows.at(r).cell(0) == QString::number(r + 1) + QString::fromLatin1(text));
        REQUIRE(rows.at(r).cell(1) == QString::number((r + 1) * 7));
    }
}

TEST_CASE("CSV: GB18030 detected, quoted fields with commas and line breaks", "[io]")
{
    auto reader = TableReader::open(fixture("gbk-roster.csv"));
    CHECK(reader->encoding() == u"GB18030");
    const QList<TableRow> rows = readAll(fixture("gbk-roster.csv"));
    REQUIRE(rows.size() == 4);
    CHECK(rows.at(0).cell(0) == u"统一社会信用代码");
    CHECK(rows.at(1).cell(1) == QStringLiteral("杭州测试贸易有限公司，\n分部"));
    CHECK(rows.at(2).row == 4); // the quoted line break makes the file one line longer
    CHECK(rows.at(1).cells.size() == 9);
}

TEST_CASE("CSV: UTF-8 with BOM, UTF-16 and separators", "[io]")
{
    QTemporaryDir dir;
    const QString utf8 = dir.filePath(QStringLiteral("a.csv"));
    TestSupport::writeFile(utf8, QByteArray("\xEF\xBB\xBF") + QStringLiteral("名称;代码\n\"甲;乙\";\"x\"\"y\"\n").toUtf8());
    auto rows = readAll(utf8);
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0).cell(0) == u"名称");
    CHECK(rows.at(1).cell(0) == u"甲;乙");
    CHECK(rows.at(1).cell(1) == u"x\"y");
    const QString utf16 = dir.filePath(QStringLiteral("b.csv"));
    const QString text = QStringLiteral("名称\t代码\r\n企业\t001\r\n");
    TestSupport::writeFile(utf16, QByteArray("\xFF\xFE") + QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2));
    auto reader = TableReader::open(utf16);
    CHECK(reader->encoding() == u"UTF-16LE");
    rows = readAll(utf16);
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(1).cell(1) == u"001");
    const QString open = dir.filePath(QStringLiteral("c.csv"));
    TestSupport::writeFile(open, QByteArray("a,b\n\"never closed,x\n"));
    CHECK_THROWS_AS(readAll(open), Refusal);
}

TEST_CASE("XLSX: title rows, merged cells, shared strings, dates and named sheets", "[io]")
{
    const QList<TableRow> rows = readAll(fixture("titled-roster.xlsx"));
    REQUIRE(rows.size() == 6);
    CHECK(rows.at(0).cell(0).startsWith(QStringLiteral("清溪县市场主体名录")));
    CHECK(rows.at(2).row == 3);
    CHECK(rows.at(2).cell(4) == u"所属乡镇");
    CHECK(rows.at(3).cell(0) == u"91330100799655058B");
    CHECK(rows.at(3).cell(7) == u"2015-03-02"); // a date serial with a 年月日 format
    CHECK(rows.at(5).cell(3).isEmpty());
    CHECK(readAll(fixture("titled-roster.xlsx"), QStringLiteral("说明")).first().cell(0) == u"本表由系统导出");
    try {
        readAll(fixture("titled-roster.xlsx"), QStringLiteral("Sheet9"));
        FAIL("a missing sheet was accepted");
    } catch (const Error &error) {
        CHECK(error.message().contains(u"企业名录"));
    }
    // Written by LibreOffice rather than openpyxl.
    const QList<TableRow> lo = readAll(fixture("libreoffice-roster.xlsx"));
    REQUIRE(lo.size() == 4);
    CHECK(lo.at(2).cell(1) == u"深圳测试通信技术有限公司");
}

TEST_CASE("XLS: the old binary format through libfreexl", "[io]")
{
    auto reader = TableReader::open(fixture("titled-roster.xls"));
    CHECK(reader->encoding() == u"XLS");
    CHECK(reader->sheetName() == u"企业名录");
    const QList<TableRow> rows = readAll(fixture("titled-roster.xls"));
    REQUIRE(rows.size() >= 6);
    CHECK(rows.at(2).cell(0) == u"统一社会信用代码");
    CHECK(rows.at(3).cell(0) == u"91330100799655058B");
    CHECK(rows.at(3).cell(7) == u"2015-03-02");
    CHECK(rows.at(4).cell(3) == u"0755-28780808");
}

TEST_CASE("Headers are found below title rows and matched by synonyms", "[io]")
{
    const QList<TableRow> rows = readAll(fixture("titled-roster.xlsx"));
    const HeaderMatcher::Mapping m = HeaderMatcher::match(rows, ImportKind::find(QStringLiteral("enterprises")));
    CHECK(m.isValid());
    CHECK(m.headerRow == 3);
    CHECK(m.columns.value(QStringLiteral("township")) == 4);
    CHECK(m.columns.value(QStringLiteral("status")) == 8);
    CHECK(HeaderMatcher::normalize(QStringLiteral(" 统一社会信用代码（必填）* ")) == u"统一社会信用代码");
    // A saved mapping wins over the synonyms.
    const HeaderMatcher::Mapping saved = HeaderMatcher::match(rows, ImportKind::find(QStringLiteral("enterprises")),
                                                              {{HeaderMatcher::normalize(QStringLiteral("法定代表人")), QStringLiteral("address")}});
    CHECK(saved.columns.value(QStringLiteral("address")) == 2);
}

TEST_CASE("Import: a dry run counts exactly and writes nothing — applying writes all", "[io]")
{
    QTemporaryDir dir;
    Database db = Database::open(dir.filePath(QStringLiteral("import.db")));
    const ImportReport dry = Importer::run(db.connection(), QStringLiteral("enterprises"), fixture("titled-roster.xlsx"), {});
    CHECK(dry.inserted == 3);
    CHECK(dry.headerRow == 3);
    CHECK_FALSE(dry.applied);
    CHECK(Sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM enterprise")).toInt() == 0);
    CHECK(Sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM township")).toInt() == 0);

    AuditLog::setActor(QStringLiteral("importer"));
    const ImportReport done = Importer::run(db.connection(), QStringLiteral("enterprises"), fixture("titled-roster.xlsx"), apply());
    AuditLog::setActor(QStringLiteral("system"));
    CHECK(done.applied);
    CHECK(done.inserted == 3);
    CHECK(Sql::scalar(db.connection(), QStringLiteral("SELECT registration_date FROM enterprise WHERE uscc = '914403001922038216'")).toString()
          == u"1987-09-15");
    CHECK(Sql::scalar(db.connection(), QStringLiteral("SELECT status FROM enterprise WHERE uscc = '914403001922038216'")).toString() == u"active");
    const QString audit = Sql::scalar(db.connection(), QStringLiteral(
        "SELECT new_values FROM audit_log WHERE action = 'bulk' AND table_name = 'enterprise' AND user_name = 'importer'")).toString();
    CHECK(audit.contains(done.sha256));
    CHECK(audit.contains(u"titled-roster.xlsx"));

    // The same roster again: nothing new; the GBK copy of it agrees too.
    const ImportReport again = Importer::run(db.connection(), QStringLiteral("enterprises"), fixture("gbk-roster.csv"), apply());
    CHECK(again.inserted == 0);
    CHECK(again.updated == 1); // the first row's name carries the line break
    CHECK(again.unchanged == 2);
}

TEST_CASE("Import: a file with bad rows imports nothing and reports every bad cell", "[io]")
{
    QTemporaryDir dir;
    Database db = Database::open(dir.filePath(QStringLiteral("bad.db")));
    const ImportReport report = Importer::run(db.connection(), QStringLiteral("enterprises"), fixture("bad-rows.csv"), apply());
    CHECK_FALSE(report.applied);
    CHECK(Sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM enterprise")).toInt() == 0);
    QStringList places;
    for (const auto &issue : report.rejected)
        places.append(QStringLiteral("%1%2").arg(SourcePosition::columnName(issue.position.column)).arg(issue.position.row));
    CHECK(places == QStringList{QStringLiteral("A3"), QStringLiteral("B4"), QStringLiteral("D4"), QStringLiteral("H4"),
                                QStringLiteral("I6"), QStringLiteral("A6")});
    CHECK(report.rejected.first().reason.contains(u"check character"));
    CHECK(report.rejected.at(5).reason.contains(u"row 5")); // the duplicate names where it appeared first
    CHECK(report.rejected.first().toString().contains(u"bad-rows.csv, row 3, column A"));
}

TEST_CASE("Import: files that are not rosters are refused with the reason", "[io]")
{
    QTemporaryDir dir;
    Database db = Database::open(dir.filePath(QStringLiteral("refuse.db")));
    const QString noHeader = dir.filePath(QStringLiteral("notes.csv"));
    TestSupport::writeFile(noHeader, QStringLiteral("会议纪要\n今天开会\n").toUtf8());
    try {
        Importer::run(db.connection(), QStringLiteral("enterprises"), noHeader, {});
        FAIL("a file without a header was accepted");
    } catch (const Error &error) {
        CHECK(error.message().contains(u"统一社会信用代码"));
    }
    const QString fake = dir.filePath(QStringLiteral("fake.xlsx"));
    TestSupport::writeFile(fake, QByteArray("not a zip"));
    CHECK_THROWS_AS(Importer::run(db.connection(), QStringLiteral("enterprises"), fake, {}), Refusal);
    CHECK_THROWS_AS(Importer::run(db.connection(), QStringLiteral("cats"), noHeader, {}), Refusal);
    CHECK_THROWS_AS(Importer::run(db.connection(), QStringLiteral("enterprises"), dir.filePath(QStringLiteral("x.doc")), {}), Refusal);
}

TEST_CASE("Round trip: export to XLSX and CSV, import into an empty database, same rows", "[io]")
{
    QTemporaryDir dir;
    Database source = Database::open(dir.filePath(QStringLiteral("source.db")));
    TestSupport::demo(source, 21, 500, QDate(2026, 11, 29));
    const QStringList expected = registerRows(source);
    REQUIRE(expected.size() == 500);
    for (const char *format : {"xlsx", "csv"}) {
        INFO(format);
        const QString file = dir.filePath(QStringLiteral("register.") + QString::fromLatin1(format));
        CHECK(EnterpriseExport::write(source.connection(), EnterpriseQuery(), file) == 500);
        Database target = Database::open(dir.filePath(QStringLiteral("target-") + QString::fromLatin1(format) + QStringLiteral(".db")));
        const ImportReport report = Importer::run(target.connection(), QStringLiteral("enterprises"), file, apply());
        for (const auto &issue : report.rejected)
            UNSCOPED_INFO(issue.toString().toStdString());
        REQUIRE(report.applied);
        CHECK(report.inserted == 500);
        CHECK(registerRows(target) == expected);
    }
}

TEST_CASE("Import: rows with different cells left empty keep their own values and the file's order", "[io]")
{
    // The importer writes new rows several to a statement; rows that leave different
    // cells empty (the status has a default, the others are NULL) must not swap or mix.
    QTemporaryDir dir;
    ExportedRegister exported = exportedRegister(dir, 11, 300);
    QList<TableRow> rows = readAll(exported.file);
    REQUIRE(rows.size() == 301);
    const QStringList header = rows.first().cells;
    const qsizetype phone = header.indexOf(QStringLiteral("联系电话")), address = header.indexOf(QStringLiteral("住所")),
                    township = header.indexOf(QStringLiteral("乡镇（街道）")), status = header.indexOf(QStringLiteral("登记状态"));
    REQUIRE((phone >= 0 && address >= 0 && township >= 0 && status >= 0));
    QHash<QString, QStringList> expected; // registerRows' cells by USCC, with the blanks
    for (const QString &line : registerRows(exported.source))
        expected.insert(line.section(u'|', 0, 0), line.split(u'|'));
    QByteArray csv;
    QStringList fileOrder;
    for (qsizetype k = 0; k < rows.size(); ++k) {
        QStringList cells = rows.at(k).cells;
        if (k > 0) {
            QStringList &want = expected[cells.first()];
            REQUIRE(want.size() == 11);
            fileOrder.append(cells.first());
            if (k % 3 == 0)
                cells[phone].clear(), want[4].clear();
            if (k >= 40 && k < 80)
                cells[address].clear(), want[5].clear();
            if (k % 5 == 0)
                cells[township].clear(), want[6].clear();
            if (k % 7 == 0 || (k >= 100 && k < 140))
                cells[status].clear(), want[10] = QStringLiteral("active");
        }
        for (QString &cell : cells)
            cell = u'"' + cell.replace(u'"', QStringLiteral("\"\"")) + u'"';
        csv += cells.join(u',').toUtf8() + "\r\n";
    }
    const QString file = dir.filePath(QStringLiteral("gaps.csv"));
    TestSupport::writeFile(file, csv);

    Database target = Database::open(dir.filePath(QStringLiteral("gaps.db")));
    const ImportReport report = Importer::run(target.connection(), QStringLiteral("enterprises"), file, apply());
    for (const auto &issue : report.rejected)
        UNSCOPED_INFO(issue.toString().toStdString());
    REQUIRE(report.applied);
    CHECK(report.inserted == 300);
    QStringList want;
    for (const QStringList &cells : std::as_const(expected))
        want.append(cells.join(u'|'));
    want.sort();
    CHECK(registerRows(target) == want);
    QStringList idOrder;
    QSqlQuery q = Sql::exec(target.connection(), QStringLiteral("SELECT uscc FROM enterprise ORDER BY id"));
    while (q.next())
        idOrder.append(q.value(0).toString());
    CHECK(idOrder == fileOrder);
    CHECK(Sql::scalar(target.connection(), QStringLiteral("SELECT count(*) FROM enterprise WHERE phone = '' OR address = ''")).toInt() == 0);
}

TEST_CASE("Every kind of file has the sink its module registered — an unregistered kind is refused", "[io]")
{
    QTemporaryDir dir;
    Database db = Database::open(dir.filePath(QStringLiteral("kinds.db")));
    ImportReport report;
    // A list version is named by the one importing it.
    const QHash<QString, QString> list{{QStringLiteral("list"), QStringLiteral("清溪县基准")},
                                       {QStringLiteral("version"), QStringLiteral("2026")},
                                       {QStringLiteral("effective_from"), QStringLiteral("2026-01-01")}};
    for (const ImportKind &kind : ImportKind::all()) {
        INFO(kind.id.toStdString());
        CHECK(ImportSinks::has(kind.id));
        CHECK(ImportSinks::make(db.connection(), kind, report, list) != nullptr);
    }
    ImportKind stranger = ImportKind::find(QStringLiteral("officers"));
    stranger.id = QStringLiteral("stranger");
    CHECK_FALSE(ImportSinks::has(stranger.id));
    CHECK_THROWS_AS(ImportSinks::make(db.connection(), stranger, report, {}), Refusal);
}

TEST_CASE("Import: officers and inspection items name an existing department", "[io]")
{
    QTemporaryDir dir;
    Database db = Database::open(dir.filePath(QStringLiteral("registers.db")));
    TestSupport::demo(db, 3, 20, QDate(2026, 11, 29));
    const int officersBefore = Sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM officer")).toInt();

    const QString officers = dir.filePath(QStringLiteral("officers.csv"));
    TestSupport::writeFile(officers, QStringLiteral(
        "执法人员名册\n"
        "姓名,执法证号,所属部门,身份证号,联系电话,有效期至\n"
        "陈明,3209870199001,市场监管,11010519491231002X,13812345678,2028年6月30日\n"
        "林芳,3209870199002,清溪县应急管理局,,,2027-12-31\n").toUtf8());
    ImportReport report = Importer::run(db.connection(), QStringLiteral("officers"), officers, apply());
    REQUIRE(report.applied);
    CHECK(report.headerRow == 2);
    CHECK(report.inserted == 2);
    CHECK(Sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM officer")).toInt() == officersBefore + 2);
    CHECK(Sql::scalar(db.connection(), QStringLiteral(
        "SELECT d.short_name FROM officer o JOIN department d ON d.id = o.department_id WHERE o.certificate_no = '3209870199001'"))
              .toString() == u"市场监管");
    CHECK(Sql::scalar(db.connection(), QStringLiteral("SELECT certificate_expiry FROM officer WHERE certificate_no = '3209870199001'"))
              .toString() == u"2028-06-30");

    const QString unknown = dir.filePath(QStringLiteral("unknown.csv"));
    TestSupport::writeFile(unknown, QStringLiteral("姓名,执法证号,所属部门\n王五,3209870199003,县宣传部\n").toUtf8());
    report = Importer::run(db.connection(), QStringLiteral("officers"), unknown, apply());
    REQUIRE(report.rejected.size() == 1);
    CHECK(report.rejected.first().position.column == 2);
    CHECK_FALSE(report.applied);

    const QString items = dir.filePath(QStringLiteral("items.csv"));
    TestSupport::writeFile(items, QStringLiteral(
        "实施部门,检查事项,检查依据,是否双随机\n"
        "市场监管,电梯维护保养检查,《特种设备安全法》第四十五条,是\n"
        "市场监管,电梯维护保养检查,重复行,否\n"
        "生态环境,噪声污染防治检查,,否\n").toUtf8());
    report = Importer::run(db.connection(), QStringLiteral("items"), items, apply());
    REQUIRE(report.rejected.size() == 1); // the repeated item
    CHECK(report.rejected.first().position.row == 3);
    TestSupport::writeFile(items, QStringLiteral(
        "实施部门,检查事项,检查依据,是否双随机\n"
        "市场监管,电梯维护保养检查,《特种设备安全法》第四十五条,是\n"
        "生态环境,噪声污染防治检查,,否\n").toUtf8());
    report = Importer::run(db.connection(), QStringLiteral("items"), items, apply());
    REQUIRE(report.applied);
    CHECK(report.inserted == 2);
    const QString code = Sql::scalar(db.connection(), QStringLiteral("SELECT code FROM inspection_item WHERE name = '电梯维护保养检查'")).toString();
    CHECK(code.startsWith(u"D01-"));
    // Importing the list again finds the same items.
    report = Importer::run(db.connection(), QStringLiteral("items"), items, apply());
    CHECK(report.unchanged == 2);
    CHECK(Sql::scalar(db.connection(), QStringLiteral("SELECT random_check FROM inspection_item WHERE name = '噪声污染防治检查'")).toInt() == 0);
}

TEST_CASE("Import: rows read ahead on a thread keep their order — a late error or a cancel writes nothing", "[io]")
{
    QTemporaryDir dir;
    const QString file = exportedRegister(dir, 5, 3000).file;
    QFile csv(file);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    csv.close();

    // Far more rows than one batch: ids follow the file's order, row for row.
    {
        Database target = Database::open(dir.filePath(QStringLiteral("ordered.db")));
        const ImportReport report = Importer::run(target.connection(), QStringLiteral("enterprises"), file, apply());
        REQUIRE(report.applied);
        QStringList fileOrder;
        const QList<QByteArray> lines = bytes.split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            if (!lines.at(i).trimmed().isEmpty())
                fileOrder.append(QString::fromUtf8(lines.at(i).left(lines.at(i).indexOf(','))));
        }
        QStringList idOrder;
        QSqlQuery q = Sql::exec(target.connection(), QStringLiteral("SELECT uscc FROM enterprise ORDER BY id"));
        while (q.next())
            idOrder.append(q.value(0).toString());
        CHECK(idOrder.size() == 3000);
        CHECK(idOrder == fileOrder);
    }
    // A quote never closed in the last row: refused with its line, after the rows before it were read.
    {
        const QString broken = dir.filePath(QStringLiteral("broken.csv"));
        TestSupport::writeFile(broken, bytes + "\"91330100MA2B00000X,never closed\n");
        Database target = Database::open(dir.filePath(QStringLiteral("broken.db")));
        try {
            Importer::run(target.connection(), QStringLiteral("enterprises"), broken, apply());
            FAIL("a quote never closed was accepted");
        } catch (const Refusal &error) {
            CHECK(error.message().contains(QStringLiteral("line 3002")));
        }
        CHECK(Sql::scalar(target.connection(), QStringLiteral("SELECT count(*) FROM enterprise")).toInt() == 0);
    }
    // Cancelled half way: nothing written.
    {
        Database target = Database::open(dir.filePath(QStringLiteral("cancelled.db")));
        Importer::Options options = apply();
        int calls = 0;
        options.progress = [&](int) { return ++calls < 2; };
        try {
            Importer::run(target.connection(), QStringLiteral("enterprises"), file, options);
            FAIL("the cancel was ignored");
        } catch (const DatabaseError &error) {
            CHECK(error.kind() == DatabaseError::Kind::Cancelled);
        }
        CHECK(calls == 2);
        CHECK(Sql::scalar(target.connection(), QStringLiteral("SELECT count(*) FROM enterprise")).toInt() == 0);
        // The first load ran without the log (nothing else had the file open); it is back.
        CHECK(Sql::scalar(target.connection(), QStringLiteral("PRAGMA journal_mode")).toString() == u"wal");
        CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("cancelled.db-journal"))));
    }
}

TEST_CASE("Import: a first load into an empty register skips the log when it has the file alone", "[io]")
{
    QTemporaryDir dir;
    const ExportedRegister exported = exportedRegister(dir, 8, 2000);
    const Database &source = exported.source;
    const QString &file = exported.file;
    const QString path = dir.filePath(QStringLiteral("target.db"));
    Database target = Database::open(path);
    // The journal mode as the import sees it while it reads the rows.
    auto importWatching = [&](QStringList &modes) {
        Importer::Options options = apply();
        options.progress = [&](int) {
            modes.append(Sql::scalar(target.connection(), QStringLiteral("PRAGMA journal_mode")).toString());
            return true;
        };
        return Importer::run(target.connection(), QStringLiteral("enterprises"), file, options);
    };

    QStringList first;
    REQUIRE(importWatching(first).applied);
    REQUIRE_FALSE(first.isEmpty());
    first.removeDuplicates();
    CHECK(first == QStringList{QStringLiteral("delete")});
    CHECK(Sql::scalar(target.connection(), QStringLiteral("PRAGMA journal_mode")).toString() == u"wal");
    CHECK(registerRows(target) == registerRows(source));

    // Into a register that has rows (updates journal pages all over the file): the log.
    QStringList again;
    const ImportReport second = importWatching(again);
    CHECK(second.unchanged == 2000);
    again.removeDuplicates();
    CHECK(again == QStringList{QStringLiteral("wal")});

    // With another connection open (the desktop window's), a first load keeps the log.
    Sql::exec(target.connection(), QStringLiteral("DELETE FROM enterprise"));
    const Database window = Database::open(path, Database::OpenMode::ExistingOnly);
    QStringList shared;
    REQUIRE(importWatching(shared).applied);
    shared.removeDuplicates();
    CHECK(shared == QStringList{QStringLiteral("wal")});
    CHECK(Sql::scalar(window.connection(), QStringLiteral("SELECT count(*) FROM enterprise")).toInt() == 2000);
}

TEST_CASE("Import: a first load builds the register's indexes once, except those on the credit columns it leaves empty", "[io]")
{
    QTemporaryDir dir;
    const ExportedRegister exported = exportedRegister(dir, 9, 1500);
    Database target = Database::open(dir.filePath(QStringLiteral("target.db")));
    auto indexes = [&] {
        QStringList names;
        QSqlQuery q = Sql::exec(target.connection(), QStringLiteral(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'enterprise' ORDER BY name"));
        while (q.next())
            names.append(q.value(0).toString());
        return names;
    };
    const QStringList all = indexes();
    REQUIRE(all.size() == 9);
    QStringList whileReading;
    Importer::Options options = apply();
    options.progress = [&](int) {
        whileReading = indexes();
        return true;
    };
    REQUIRE(Importer::run(target.connection(), QStringLiteral("enterprises"), exported.file, options).applied);
    // Each new row added nothing to these two, or one entry at the end: kept while the rows went in.
    CHECK(whileReading == QStringList{QStringLiteral("enterprise_credit_next_change"), QStringLiteral("enterprise_score")});
    CHECK(indexes() == all);
    CHECK(Sql::scalar(target.connection(), QStringLiteral("PRAGMA integrity_check")).toString() == u"ok");
    CHECK(Sql::scalar(target.connection(), QStringLiteral(
              "SELECT count(*) FROM enterprise INDEXED BY enterprise_score WHERE credit_score IS NULL")).toInt() == 1500);
    CHECK(registerRows(target) == registerRows(exported.source));
}

TEST_CASE("Seen keys: a repeat names the row it first appeared on, across growth", "[io]")
{
    SeenKeys seen;
    CHECK(seen.firstRow(u"", 2) == 0);
    CHECK(seen.firstRow(u"", 3) == 2);
    CHECK(seen.firstRow(u"A", 4) == 0);
    CHECK(seen.firstRow(u"AA", 5) == 0); // a longer key with the same start is another key
    CHECK(seen.firstRow(u"A", 6) == 4);
    // Far past the first table's size: every key kept with its row, none mistaken for another.
    for (int i = 0; i < 50000; ++i)
        REQUIRE(seen.firstRow(QString::number(i * 7919), 10 + i) == 0);
    CHECK(seen.size() == 50003);
    for (int i = 0; i < 50000; i += 997)
        CHECK(seen.firstRow(QString::number(i * 7919), 1) == 10 + i);
    CHECK(seen.firstRow(u"统一社会信用代码", 99) == 0);
    CHECK(seen.firstRow(u"统一社会信用代码", 100) == 99);
    CHECK(seen.size() == 50004);
}
