#pragma once

#include <QDialog>

// A dialog the user types into. Escape, Cancel and the close button go through reject(),
// which asks first (DiscardQuestion) while hasUnsavedInput() says something would be lost.
class EditorDialog : public QDialog
{
    Q_OBJECT

public:
    using QDialog::QDialog;

    virtual bool hasUnsavedInput() const = 0;
    void reject() override;
};
