#pragma once

#include "documents/ZipWriter.h"

#include <QByteArray>
#include <QString>

#include <functional>

// Generators of the damaged and malicious files the readers must refuse quickly and
// with bounded memory: an XLSX whose parts unpack to hundreds of megabytes from a few
// hundred kilobytes (written in pieces, never held whole), and the minimal parts
// around them.
namespace HostileFiles {

inline const QByteArray contentTypes =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>";
inline const QByteArray workbook =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
    "<sheet name=\"企业名录\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
inline const QByteArray relationships =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
    "Target=\"worksheets/sheet1.xml\"/></Relationships>";
inline const QByteArray sheetStart =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
    "<sheetData>";
inline const QByteArray sheetEnd = "</sheetData></worksheet>";

// A workbook whose sheet (and shared strings, when given) are written by the callbacks
// in pieces; each callback gets a function that appends bytes to the part.
using Writer = std::function<void(const std::function<void(QByteArrayView)> &append)>;

inline void workbookWith(const QString &path, const Writer &sheet, const Writer &sharedStrings = {})
{
    ZipWriter zip(path);
    zip.add(QStringLiteral("[Content_Types].xml"), contentTypes);
    zip.add(QStringLiteral("xl/workbook.xml"), workbook);
    zip.add(QStringLiteral("xl/_rels/workbook.xml.rels"), relationships);
    auto part = [&zip](const QString &name, const Writer &write) {
        zip.begin(name);
        write([&zip](QByteArrayView bytes) { zip.append(bytes); });
        zip.end();
    };
    if (sharedStrings)
        part(QStringLiteral("xl/sharedStrings.xml"), sharedStrings);
    part(QStringLiteral("xl/worksheets/sheet1.xml"), sheet);
    zip.close();
}

// `count` copies of `piece`, appended a megabyte at a time.
inline void repeat(const std::function<void(QByteArrayView)> &append, const QByteArray &piece, qint64 count)
{
    const qint64 perChunk = qMax<qint64>(1, (1 << 20) / piece.size());
    const QByteArray chunk = piece.repeated(perChunk);
    for (qint64 done = 0; done < count; done += perChunk)
        append(done + perChunk <= count ? QByteArrayView(chunk) : QByteArrayView(chunk).first((count - done) * piece.size()));
}

} // namespace HostileFiles
