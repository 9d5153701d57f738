#pragma once

#include <QDate>
#include <QString>

// What a page may ask of the window that holds it: to show another page, to open the
// record or the list a line or a figure names wherever it is worked on, to import a
// file, to open the demo county.
class PageHost
{
public:
    virtual ~PageHost() = default;
    virtual bool showPage(const QString &id) = 0;
    virtual void openRecord(const QString &kind, qint64 recordId, const QString &uscc, const QDate &date) = 0;
    virtual void openIndicator(const QString &indicatorId, const QDate &from, const QDate &to) = 0;
    virtual void importFile(const QString &kind) = 0;
    virtual void openDemo() = 0;
};
