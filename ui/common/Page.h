#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

class Database;
class PageHost;

// What the main window knows of a page, beside its being a widget: the open database,
// its own tabs that --page and the manual may name, the records and figures it opens,
// and whether closing would lose what was typed. Pages are registered in PageRegistry;
// the window builds its sidebar from the registry and knows no page by name.
class Page
{
public:
    virtual ~Page() = default;

    // Null when no database is open.
    virtual void setDatabase(Database *database) = 0;
    // Called once, when the window takes the page in.
    virtual void attach(PageHost *host) { m_host = host; }

    // Of the ids the page was registered with as sub-pages: the one to show, and the one
    // in front (empty for the page's first view).
    virtual void showSubPage(const QString &id) { Q_UNUSED(id) }
    virtual QString currentSubPage() const { return {}; }

    // The dashboard's to-do kinds this page opens ("enterprise" for any line that names
    // an enterprise), and the indicators whose records it lists.
    virtual QStringList recordKinds() const { return {}; }
    virtual void openRecord(const QString &kind, qint64 recordId, const QString &uscc, const QDate &date)
    {
        Q_UNUSED(kind) Q_UNUSED(recordId) Q_UNUSED(uscc) Q_UNUSED(date)
    }
    virtual QStringList indicatorIds() const { return {}; }
    virtual void openIndicator(const QString &indicatorId, const QDate &from, const QDate &to)
    {
        Q_UNUSED(indicatorId) Q_UNUSED(from) Q_UNUSED(to)
    }

    // An import brought records in: every page reads its records again (a page whose
    // reload would lose something overrides this).
    virtual void recordsImported(Database *database) { setDatabase(database); }

    // False when the user chose to keep unsaved input (the page asked).
    virtual bool mayClose() { return true; }

protected:
    PageHost *m_host = nullptr;
};
