#pragma once

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

namespace UiTestSupport {

// Answers the question box the code under test opens next (a modal QMessageBox).
inline void answerNextQuestion(QObject *context, QMessageBox::StandardButton answer)
{
    QTimer::singleShot(0, context, [answer] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(answer)->click();
    });
}

} // namespace UiTestSupport
