#include "DiscardQuestion.h"

#include <QMessageBox>
#include <QWidget>

bool DiscardQuestion::confirm(QWidget *editor)
{
    return QMessageBox::question(editor, editor->windowTitle(), tr("Close without saving what you entered?"),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}
