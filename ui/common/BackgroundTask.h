#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

// Runs long work off the UI thread behind a modal progress dialog with Cancel. The
// work gets a progress function (percent, stage) that returns false once the user
// cancelled; it must open its own database connection (connections are per thread)
// and report failure by throwing DatabaseError. interactive = false runs the work
// directly, for tests and screenshots.
class BackgroundTask final
{
    Q_DECLARE_TR_FUNCTIONS(BackgroundTask)

public:
    using Progress = std::function<bool(int percent, const QString &stage)>;

    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        QString message;
        QString details;
    };

    static Result run(QWidget *parent, const QString &title, const std::function<void(const Progress &)> &work,
                      bool interactive = true);
};
