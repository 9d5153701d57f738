#pragma once

#include "documents/PdfPrinter.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// The printable inspection notice (检查通知书) of a visit: the enterprise, the date, the
// departments and items, the officers with their certificates, and the inspection code
// the enterprise scans to check the visit and rate it afterwards. A4 PDF.
class VisitNotice final
{
    Q_DECLARE_TR_FUNCTIONS(VisitNotice)

public:
    struct Document
    {
        QString title;
        QString html;
        PdfPrinter::Images images;
    };

    // Needs the right to issue documents, whether printed or saved.
    static Document compose(const QSqlDatabase &db, qint64 visitId);
    static void write(const QSqlDatabase &db, qint64 visitId, const QString &path);
};
