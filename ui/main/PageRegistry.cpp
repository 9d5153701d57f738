#include "PageRegistry.h"

#include "dashboard/DashboardPage.h"
#include "discretion/DiscretionPage.h"
#include "enterprise/EnterpriseArea.h"
#include "planning/InspectionsPage.h"
#include "report/ReportPage.h"
#include "services/ServicesPage.h"
#include "settings/SettingsPage.h"
#include "supervision/SupervisionPage.h"

const QList<PageRegistry::Entry> &PageRegistry::all()
{
    static const QList<Entry> pages = {
        entry<DashboardPage>("dashboard", QT_TRANSLATE_NOOP("PageRegistry", "Dashboard"), QStyle::SP_ComputerIcon),
        entry<InspectionsPage>("inspections", QT_TRANSLATE_NOOP("PageRegistry", "Inspections"), QStyle::SP_FileDialogContentsView),
        entry<EnterpriseArea>("enterprises", QT_TRANSLATE_NOOP("PageRegistry", "Enterprises"), QStyle::SP_DirHomeIcon,
                              {QStringLiteral("credit"), QStringLiteral("credit-rules")}),
        entry<DiscretionPage>("discretion", QT_TRANSLATE_NOOP("PageRegistry", "Discretion"), QStyle::SP_FileDialogDetailedView,
                              {QStringLiteral("cases")}),
        entry<SupervisionPage>("supervision", QT_TRANSLATE_NOOP("PageRegistry", "Supervision"), QStyle::SP_MessageBoxWarning),
        entry<ServicesPage>("services", QT_TRANSLATE_NOOP("PageRegistry", "Services"), QStyle::SP_DialogHelpButton),
        entry<ReportPage>("reports", QT_TRANSLATE_NOOP("PageRegistry", "Reports"), QStyle::SP_FileIcon),
        entry<SettingsPage>("settings", QT_TRANSLATE_NOOP("PageRegistry", "Settings"), QStyle::SP_FileDialogListView,
                            {QStringLiteral("exchange")}),
    };
    return pages;
}

QStringList PageRegistry::areaIds()
{
    QStringList ids;
    for (const Entry &e : all())
        ids.append(e.id);
    return ids;
}

QStringList PageRegistry::pageIds()
{
    QStringList ids = areaIds();
    for (const Entry &e : all())
        ids.append(e.subPages);
    return ids;
}

int PageRegistry::areaOf(const QString &pageId)
{
    for (int i = 0; i < all().size(); ++i) {
        if (all().at(i).id == pageId || all().at(i).subPages.contains(pageId))
            return i;
    }
    return -1;
}
