#include "PdfPrinter.h"
#include "db/OutputFile.h"

#include "db/DatabaseError.h"

#include <QFile>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

QFont PdfPrinter::font(int points)
{
    return QFont(QStringLiteral("WenQuanYi Micro Hei"), points);
}

void PdfPrinter::print(const QString &html, const QString &title, const QString &path, const Images &images)
{
    QTextDocument document;
    document.setDefaultFont(font());
    for (const auto &[url, image] : images)
        document.addResource(QTextDocument::ImageResource, url, image);
    document.setHtml(html);
    OutputFile out(path, {QStringLiteral("pdf")});
    {
        QPdfWriter pdf(out.temporaryPath());
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("FairCheck"));
        // QTextDocument::print paginates, scales to the page and numbers the pages.
        document.print(&pdf);
    }
    out.commit();
}
