#pragma once

#include <QByteArray>
#include <QRect>

class QWidget;

// Where a main window opens: its saved place when that still fits a screen, else the
// preferred size centred on the available area, shrunk (and maximised) when the screen
// is smaller, so that no edge or title-bar button starts off-screen.
class WindowPlacement final
{
public:
    static constexpr QSize preferredSize() { return {1280, 800}; }
    // The geometry for a first start on a screen whose available area is `available`.
    static QRect initialGeometry(const QRect &available, const QSize &preferred = preferredSize());
    // True when a window of this size would need to be maximised to fit.
    static bool needsMaximising(const QRect &available, const QSize &preferred = preferredSize());
    // Restores `saved` (QWidget::saveGeometry) or places the window afresh; then makes
    // sure the frame lies within the available area of its screen.
    static void place(QWidget *window, const QByteArray &saved);
};
