#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStyle>

#include <functional>

class Page;
class QWidget;

// The pages of the main window, in sidebar order. Adding a page: write its widget
// (a QWidget that also implements Page) and add one line to PageRegistry::all().
class PageRegistry final
{
    Q_DECLARE_TR_FUNCTIONS(PageRegistry)

public:
    struct Entry
    {
        QString id;                   // --page, the manual, the saved last page
        const char *title;            // QT_TRANSLATE_NOOP("PageRegistry", …)
        QStyle::StandardPixmap icon;
        QStringList subPages;         // ids of its tabs that --page may name
        std::function<QWidget *(QWidget *parent)> make;

        QString translatedTitle() const { return tr(title); }
    };

    static const QList<Entry> &all();
    // The sidebar's ids, and those plus every sub-page's.
    static QStringList areaIds();
    static QStringList pageIds();
    // The area that shows a page or sub-page id, or -1.
    static int areaOf(const QString &pageId);

    template<typename T>
    static Entry entry(const char *id, const char *title, QStyle::StandardPixmap icon, QStringList subPages = {})
    {
        return {QString::fromLatin1(id), title, icon, std::move(subPages), [](QWidget *parent) { return new T(parent); }};
    }
};
