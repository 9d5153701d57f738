#include "EditorDialog.h"

#include "DiscardQuestion.h"

void EditorDialog::reject()
{
    if (hasUnsavedInput() && !DiscardQuestion::confirm(this))
        return;
    QDialog::reject();
}
