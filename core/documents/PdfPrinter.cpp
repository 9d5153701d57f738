#include "PdfPrinter.h"
#include "db/OutputFile.h"

#include "util/Refusal.h"

#include <QFile>
#include <QFont>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

QFont PdfPrinter::font(int points)
{
    return QFont(QStringLiteral("WenQuanYi Micro Hei"), points);
}

void PdfPrinter::requireFonts()
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        throw Refusal(tr("Documents and images with text can be made only by a drawing command."));
}

std::unique_ptr<QTextDocument> PdfPrinter::document(const QString &html, const Images &images)
{
    requireFonts();
    auto document = std::make_unique<QTextDocument>();
    document->setDefaultFont(font());
    for (const auto &[url, image] : images)
        document->addResource(QTextDocument::ImageResource, url, image);
    document->setHtml(html);
    return document;
}

void PdfPrinter::render(QTextDocument &document, QPagedPaintDevice *device)
{
    device->setPageSize(QPageSize(QPageSize::A4));
    device->setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
    // QTextDocument::print paginates, scales to the page and numbers the pages.
    document.print(device);
}

void PdfPrinter::print(const QString &html, const QString &title, const QString &path, const Images &images)
{
    const std::unique_ptr<QTextDocument> doc = document(html, images);
    OutputFile out(path, {QStringLiteral("pdf")});
    {
        QPdfWriter pdf(out.temporaryPath());
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("FairCheck"));
        render(*doc, &pdf);
    }
    out.commit();
}
