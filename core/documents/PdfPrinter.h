#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

// Prints HTML to an A4 PDF with a font whose Chinese text extracts correctly
// (WenQuanYi Micro Hei; Noto CJK from Qt's PDF writer extracts 文 as ⽂), paginated by
// QTextDocument. Written beside the target and renamed: never half a file.
class PdfPrinter final
{
    Q_DECLARE_TR_FUNCTIONS(PdfPrinter)

public:
    using Images = QList<QPair<QUrl, QImage>>;

    static void print(const QString &html, const QString &title, const QString &path, const Images &images = {});
    // The same document for a printer (the print dialog and its preview): one layout for
    // paper and PDF.
    static std::unique_ptr<QTextDocument> document(const QString &html, const Images &images = {});
    static void render(QTextDocument &document, QPagedPaintDevice *device);
    static QFont font(int points = 10);
    // Text layout needs fonts, which need a (headless) GUI application; without one this
    // throws a clear error rather than let Qt abort.
    static void requireFonts();
};
