#include "TabNavigation.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QEvent>

void TabNavigation::install()
{
    QApplication *app = qApp;
    if (!app || app->findChild<TabNavigation *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    app->installEventFilter(new TabNavigation(app));
}

bool TabNavigation::eventFilter(QObject *watched, QEvent *event)
{
    // Polish comes once, before a widget is first shown: every view, wherever made.
    if (event->type() == QEvent::Polish) {
        if (auto *view = qobject_cast<QAbstractItemView *>(watched))
            view->setTabKeyNavigation(false);
    }
    return false;
}
