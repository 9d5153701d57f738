#include "ErrorDialog.h"

#include "util/Error.h"

#include <QCoreApplication>
#include <QMessageBox>

void ErrorDialog::show(QWidget *parent, const QString &message, const QString &details)
{
    QMessageBox box(QMessageBox::Warning, QCoreApplication::translate("ErrorDialog", "FairCheck"), message,
                    QMessageBox::Ok, parent);
    if (!details.isEmpty())
        box.setDetailedText(details);
    box.exec();
}

void ErrorDialog::show(QWidget *parent, const Error &error)
{
    show(parent, error.message(), error.details());
}

bool ErrorDialog::attempt(QWidget *parent, const std::function<void()> &action)
{
    try {
        action();
        return true;
    } catch (const Error &error) {
        show(parent, error);
        return false;
    }
}
