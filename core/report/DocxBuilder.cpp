#include "DocxBuilder.h"
#include "db/OutputFile.h"

#include "db/DatabaseError.h"
#include "io/ZipWriter.h"

#include <QFile>

namespace {

QByteArray xml(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

QByteArray run(const QString &text, int halfPoints, bool bold)
{
    return "<w:r><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"宋体\"/>"
        + QByteArray(bold ? "<w:b/><w:bCs/>" : "") + "<w:sz w:val=\"" + QByteArray::number(halfPoints) + "\"/><w:szCs w:val=\""
        + QByteArray::number(halfPoints) + "\"/></w:rPr><w:t xml:space=\"preserve\">" + xml(text) + "</w:t></w:r>";
}

} // namespace

void DocxBuilder::paragraph(const QString &text, int halfPoints, bool bold, Align align, int indent)
{
    const QByteArray jc = align == Align::Center ? "<w:jc w:val=\"center\"/>" : align == Align::Right ? "<w:jc w:val=\"right\"/>" : "";
    // w:firstLineChars (hundredths of a character) for Word and WPS; w:firstLine in
    // twips (a character is halfPoints × 10) for LibreOffice, which reads only that.
    const QByteArray ind = indent > 0 ? "<w:ind w:firstLineChars=\"" + QByteArray::number(indent * 100) + "\" w:firstLine=\""
            + QByteArray::number(indent * halfPoints * 10) + "\"/>"
                                      : QByteArray();
    m_body += "<w:p><w:pPr>" + ind + jc + "</w:pPr>" + run(text, halfPoints, bold) + "</w:p>";
}

void DocxBuilder::table(const QList<QStringList> &rows)
{
    m_body += "<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblBorders>"
              "<w:top w:val=\"single\" w:sz=\"4\"/><w:left w:val=\"single\" w:sz=\"4\"/>"
              "<w:bottom w:val=\"single\" w:sz=\"4\"/><w:right w:val=\"single\" w:sz=\"4\"/>"
              "<w:insideH w:val=\"single\" w:sz=\"4\"/><w:insideV w:val=\"single\" w:sz=\"4\"/>"
              "</w:tblBorders></w:tblPr>";
    for (int r = 0; r < rows.size(); ++r) {
        m_body += "<w:tr>";
        for (const QString &cell : rows.at(r))
            m_body += "<w:tc><w:p>" + run(cell, 21, r == 0) + "</w:p></w:tc>";
        m_body += "</w:tr>";
    }
    m_body += "</w:tbl>";
}

void DocxBuilder::save(const QString &path) const
{
    const QByteArray document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
        + m_body + "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
        "<w:pgMar w:top=\"1440\" w:right=\"1247\" w:bottom=\"1440\" w:left=\"1247\"/></w:sectPr></w:body></w:document>";
    OutputFile out(path, {QStringLiteral("docx")});
    {
        ZipWriter zip(out.temporaryPath());
        zip.add(QStringLiteral("[Content_Types].xml"),
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                "<Override PartName=\"/word/document.xml\" "
                "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
        zip.add(QStringLiteral("_rels/.rels"),
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                "Target=\"word/document.xml\"/></Relationships>");
        zip.add(QStringLiteral("word/document.xml"), document);
        zip.close();
    }
    out.commit();
}
