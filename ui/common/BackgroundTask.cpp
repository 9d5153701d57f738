#include "BackgroundTask.h"

#include "db/DatabaseError.h"

#include <QEventLoop>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>

#include <atomic>
#include <memory>

BackgroundTask::Result BackgroundTask::run(QWidget *parent, const QString &title,
                                           const std::function<void(const Progress &)> &work, bool interactive)
{
    std::atomic_bool cancelled{false};
    Result result;
    QProgressDialog dialog(title, tr("Cancel"), 0, 100, parent);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(400);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&cancelled] { cancelled = true; });

    auto body = [&] {
        const Progress progress = [&](int percent, const QString &stage) {
            if (interactive)
                QMetaObject::invokeMethod(&dialog, [&dialog, percent, stage] {
                    dialog.setValue(percent);
                    if (!stage.isEmpty())
                        dialog.setLabelText(stage);
                }, Qt::QueuedConnection);
            return !cancelled.load();
        };
        try {
            work(progress);
            result.ok = true;
        } catch (const Error &error) {
            const auto *failure = dynamic_cast<const DatabaseError *>(&error);
            result.cancelled = failure && failure->kind() == DatabaseError::Kind::Cancelled;
            result.message = error.message();
            result.details = error.details();
        }
    };
    if (!interactive) {
        body();
        return result;
    }
    std::unique_ptr<QThread> thread(QThread::create(body));
    QEventLoop loop;
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec();
    thread->wait();
    return result;
}
