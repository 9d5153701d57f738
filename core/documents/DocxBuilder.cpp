#include "DocxBuilder.h"

#include "util/Refusal.h"
#include "db/OutputFile.h"
#include "ZipWriter.h"

#include <QBuffer>

namespace {

const QByteArray kW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const QByteArray kR = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const QByteArray kRelType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
const QByteArray kXmlHead = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";

// GB/T 9704-2012 in twips (1 mm = 56.7 twips): top 37, bottom 35, left 28, right 26 mm;
// 22 lines in the 225 mm type area, 28.95 pt apart.
constexpr int kTop = 2098, kBottom = 1984, kLeft = 1588, kRight = 1474, kLinePitch = 579;
// The page number sits 7 mm below the type area: its baseline about 23 mm above the edge.
constexpr int kFooter = 1304;
constexpr double kEmuPerMm = 36000.0;

QByteArray xml(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

QByteArray alignment(DocxBuilder::Align align)
{
    switch (align) {
    case DocxBuilder::Align::Center: return "<w:jc w:val=\"center\"/>";
    case DocxBuilder::Align::Right: return "<w:jc w:val=\"right\"/>";
    case DocxBuilder::Align::Justify: return "<w:jc w:val=\"both\"/>";
    case DocxBuilder::Align::Left: break;
    }
    return {};
}

QByteArray rPr(const DocxBuilder::Run &run)
{
    const QByteArray east = xml(DocxBuilder::fontName(run.font));
    const QByteArray size = QByteArray::number(run.halfPoints);
    return "<w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"" + east + "\"/>"
        + QByteArray(run.bold ? "<w:b/><w:bCs/>" : "") + "<w:sz w:val=\"" + size + "\"/><w:szCs w:val=\"" + size + "\"/></w:rPr>";
}

// "— 1 —" in 四号 宋体, a space of one character from the outer edge.
QByteArray footer(bool odd)
{
    const DocxBuilder::Run run{DocxBuilder::Font::Song, DocxBuilder::kSiHao, false};
    const QByteArray props = rPr(run);
    const QByteArray indent = odd ? "<w:ind w:right=\"280\"/>" : "<w:ind w:left=\"280\"/>";
    return kXmlHead + "<w:ftr xmlns:w=\"" + kW + "\"><w:p><w:pPr>" + indent
        + (odd ? "<w:jc w:val=\"right\"/>" : "<w:jc w:val=\"left\"/>") + "</w:pPr>"
        + "<w:r>" + props + "<w:t xml:space=\"preserve\">— </w:t></w:r>"
        + "<w:r>" + props + "<w:fldChar w:fldCharType=\"begin\"/></w:r>"
        + "<w:r>" + props + "<w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
        + "<w:r>" + props + "<w:fldChar w:fldCharType=\"separate\"/></w:r>"
        + "<w:r>" + props + "<w:t>1</w:t></w:r>"
        + "<w:r>" + props + "<w:fldChar w:fldCharType=\"end\"/></w:r>"
        + "<w:r>" + props + "<w:t xml:space=\"preserve\"> —</w:t></w:r></w:p></w:ftr>";
}

} // namespace

QString DocxBuilder::fontName(Font font)
{
    switch (font) {
    case Font::Song: return QStringLiteral("宋体");
    case Font::XiaoBiaoSong: return QStringLiteral("方正小标宋简体");
    case Font::FangSong: return QStringLiteral("仿宋_GB2312");
    case Font::HeiTi: return QStringLiteral("黑体");
    case Font::KaiTi: return QStringLiteral("楷体_GB2312");
    }
    return QStringLiteral("宋体");
}

QString DocxBuilder::fallbackName(Font font)
{
    // What Windows and WPS install: 仿宋 and 楷体 since Windows Vista, 宋体 for the title.
    switch (font) {
    case Font::Song: return QStringLiteral("SimSun");
    case Font::XiaoBiaoSong: return QStringLiteral("宋体");
    case Font::FangSong: return QStringLiteral("仿宋");
    case Font::HeiTi: return QStringLiteral("SimHei");
    case Font::KaiTi: return QStringLiteral("楷体");
    }
    return QStringLiteral("SimSun");
}

QByteArray DocxBuilder::run(const QString &text, const Run &r) const
{
    return "<w:r>" + rPr(r) + "<w:t xml:space=\"preserve\">" + xml(text) + "</w:t></w:r>";
}

void DocxBuilder::paragraph(const QString &text, int halfPoints, bool bold, Align align, int indent)
{
    paragraph(text, Run{Font::Song, halfPoints, bold}, align, indent);
}

void DocxBuilder::paragraph(const QString &text, const Run &r, Align align, int indent)
{
    // w:firstLineChars (hundredths of a character) for Word and WPS; w:firstLine in
    // twips (a character is halfPoints × 10) for LibreOffice, which reads only that.
    const QByteArray ind = indent > 0 ? "<w:ind w:firstLineChars=\"" + QByteArray::number(indent * 100) + "\" w:firstLine=\""
            + QByteArray::number(indent * r.halfPoints * 10) + "\"/>"
                                      : QByteArray();
    const QByteArray spacing = m_official ? "<w:spacing w:line=\"" + QByteArray::number(kLinePitch) + "\" w:lineRule=\"exact\"/>"
                                          : QByteArray();
    m_body += "<w:p><w:pPr>" + spacing + ind + alignment(align) + "</w:pPr>" + run(text, r) + "</w:p>";
}

void DocxBuilder::table(const QList<QStringList> &rows, const Run &r)
{
    m_body += "<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:jc w:val=\"center\"/><w:tblBorders>"
              "<w:top w:val=\"single\" w:sz=\"4\"/><w:left w:val=\"single\" w:sz=\"4\"/>"
              "<w:bottom w:val=\"single\" w:sz=\"4\"/><w:right w:val=\"single\" w:sz=\"4\"/>"
              "<w:insideH w:val=\"single\" w:sz=\"4\"/><w:insideV w:val=\"single\" w:sz=\"4\"/>"
              "</w:tblBorders></w:tblPr>";
    for (int i = 0; i < rows.size(); ++i) {
        m_body += i == 0 ? "<w:tr><w:trPr><w:tblHeader/></w:trPr>" : "<w:tr>"; // the header repeats on each page
        for (int c = 0; c < rows.at(i).size(); ++c) {
            // Numbers (every column after the first) line up on the right.
            // Cells keep their own line height, off the page's 22-line grid.
            const QByteArray jc = c > 0 && i > 0 ? "<w:pPr><w:snapToGrid w:val=\"0\"/><w:jc w:val=\"right\"/></w:pPr>"
                                                 : "<w:pPr><w:snapToGrid w:val=\"0\"/></w:pPr>";
            m_body += "<w:tc><w:p>" + jc + run(rows.at(i).at(c), Run{r.font, r.halfPoints, i == 0 || r.bold}) + "</w:p></w:tc>";
        }
        m_body += "</w:tr>";
    }
    m_body += "</w:tbl>";
}

void DocxBuilder::image(const QImage &picture, double widthMm)
{
    if (picture.isNull() || picture.width() <= 0)
        return;
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!picture.save(&buffer, "PNG"))
        throw Refusal(tr("An image of the document could not be encoded."));
    m_images.append(png);
    const QByteArray n = QByteArray::number(m_images.size());
    const QByteArray cx = QByteArray::number(qint64(widthMm * kEmuPerMm));
    const QByteArray cy = QByteArray::number(qint64(widthMm * kEmuPerMm * picture.height() / picture.width()));
    m_body += "<w:p><w:pPr><w:snapToGrid w:val=\"0\"/><w:jc w:val=\"center\"/></w:pPr><w:r><w:drawing>"
              "<wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"" + cx + "\" cy=\"" + cy + "\"/>"
              "<wp:docPr id=\"" + n + "\" name=\"chart" + n + "\"/>"
              "<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>"
              "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
              "<pic:pic><pic:nvPicPr><pic:cNvPr id=\"" + n + "\" name=\"image" + n + ".png\"/><pic:cNvPicPr/></pic:nvPicPr>"
              "<pic:blipFill><a:blip r:embed=\"rIdImage" + n + "\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>"
              "<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"" + cx + "\" cy=\"" + cy + "\"/></a:xfrm>"
              "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>"
              "</wp:inline></w:drawing></w:r></w:p>";
}

void DocxBuilder::save(const QString &path) const
{
    const QByteArray margins = m_official
        ? "<w:pgMar w:top=\"" + QByteArray::number(kTop) + "\" w:right=\"" + QByteArray::number(kRight) + "\" w:bottom=\""
            + QByteArray::number(kBottom) + "\" w:left=\"" + QByteArray::number(kLeft) + "\" w:header=\"851\" w:footer=\""
            + QByteArray::number(kFooter) + "\" w:gutter=\"0\"/>"
        : QByteArray("<w:pgMar w:top=\"1440\" w:right=\"1247\" w:bottom=\"1440\" w:left=\"1247\"/>");
    const QByteArray footers = m_official ? "<w:footerReference w:type=\"default\" r:id=\"rIdFooterOdd\"/>"
                                            "<w:footerReference w:type=\"even\" r:id=\"rIdFooterEven\"/>"
                                          : QByteArray();
    const QByteArray grid = m_official ? "<w:docGrid w:type=\"lines\" w:linePitch=\"" + QByteArray::number(kLinePitch) + "\"/>" : QByteArray();
    const QByteArray document = kXmlHead + "<w:document xmlns:w=\"" + kW + "\" xmlns:r=\"" + kR
        + "\" xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
          " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
          " xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><w:body>"
        + m_body + "<w:sectPr>" + footers + "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>" + margins + grid + "</w:sectPr></w:body></w:document>";

    QByteArray fonts = kXmlHead + "<w:fonts xmlns:w=\"" + kW + "\">";
    for (Font f : {Font::Song, Font::XiaoBiaoSong, Font::FangSong, Font::HeiTi, Font::KaiTi})
        fonts += "<w:font w:name=\"" + xml(fontName(f)) + "\"><w:altName w:val=\"" + xml(fallbackName(f))
            + "\"/><w:charset w:val=\"86\"/><w:family w:val=\"auto\"/><w:pitch w:val=\"variable\"/></w:font>";
    fonts += "</w:fonts>";

    QByteArray relations = kXmlHead + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rIdFonts\" Type=\"" + kRelType + "fontTable\" Target=\"fontTable.xml\"/>"
        "<Relationship Id=\"rIdSettings\" Type=\"" + kRelType + "settings\" Target=\"settings.xml\"/>";
    if (m_official)
        relations += "<Relationship Id=\"rIdFooterOdd\" Type=\"" + kRelType + "footer\" Target=\"footer1.xml\"/>"
                     "<Relationship Id=\"rIdFooterEven\" Type=\"" + kRelType + "footer\" Target=\"footer2.xml\"/>";
    for (int i = 1; i <= m_images.size(); ++i)
        relations += "<Relationship Id=\"rIdImage" + QByteArray::number(i) + "\" Type=\"" + kRelType + "image\" Target=\"media/image"
            + QByteArray::number(i) + ".png\"/>";
    relations += "</Relationships>";

    const QByteArray footerType = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml";
    QByteArray types = kXmlHead + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Default Extension=\"png\" ContentType=\"image/png\"/>"
        "<Override PartName=\"/word/document.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        "<Override PartName=\"/word/fontTable.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml\"/>"
        "<Override PartName=\"/word/settings.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>";
    if (m_official)
        types += "<Override PartName=\"/word/footer1.xml\" ContentType=\"" + footerType + "\"/>"
                 "<Override PartName=\"/word/footer2.xml\" ContentType=\"" + footerType + "\"/>";
    types += "</Types>";
    // Odd and even pages carry their numbers on their outer sides.
    const QByteArray settings = kXmlHead + "<w:settings xmlns:w=\"" + kW + "\">" + QByteArray(m_official ? "<w:evenAndOddHeaders/>" : "")
        + "<w:defaultTabStop w:val=\"420\"/></w:settings>";

    OutputFile out(path, {QStringLiteral("docx")});
    {
        ZipWriter zip(out.temporaryPath());
        zip.add(QStringLiteral("[Content_Types].xml"), types);
        zip.add(QStringLiteral("_rels/.rels"),
                kXmlHead + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                "<Relationship Id=\"rId1\" Type=\"" + kRelType + "officeDocument\" Target=\"word/document.xml\"/></Relationships>");
        zip.add(QStringLiteral("word/document.xml"), document);
        zip.add(QStringLiteral("word/_rels/document.xml.rels"), relations);
        zip.add(QStringLiteral("word/fontTable.xml"), fonts);
        zip.add(QStringLiteral("word/settings.xml"), settings);
        if (m_official) {
            zip.add(QStringLiteral("word/footer1.xml"), footer(true));
            zip.add(QStringLiteral("word/footer2.xml"), footer(false));
        }
        for (int i = 0; i < m_images.size(); ++i)
            zip.add(QStringLiteral("word/media/image%1.png").arg(i + 1), m_images.at(i));
        zip.close();
    }
    out.commit();
}
