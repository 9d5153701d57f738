#include "WindowPlacement.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

QRect WindowPlacement::initialGeometry(const QRect &available, const QSize &preferred)
{
    if (!available.isValid())
        return QRect(QPoint(0, 0), preferred);
    const QSize size = preferred.boundedTo(available.size());
    QRect geometry(QPoint(0, 0), size);
    geometry.moveCenter(available.center());
    return geometry;
}

bool WindowPlacement::needsMaximising(const QRect &available, const QSize &preferred)
{
    return available.isValid() && (available.width() < preferred.width() || available.height() < preferred.height());
}

void WindowPlacement::place(QWidget *window, const QByteArray &saved)
{
    QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    const QRect available = screen ? screen->availableGeometry() : QRect();
    if (!saved.isEmpty() && window->restoreGeometry(saved)) {
        // A place saved on a larger screen (or a second one since unplugged) is brought
        // back within this one.
        if (available.isValid() && !window->isMaximized() && !available.contains(window->frameGeometry())) {
            window->resize(window->size().boundedTo(available.size()));
            window->move(initialGeometry(available, window->size()).topLeft());
        }
        return;
    }
    window->setGeometry(initialGeometry(available));
    if (needsMaximising(available))
        window->setWindowState(window->windowState() | Qt::WindowMaximized);
}
