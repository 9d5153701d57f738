#pragma once

#include <QCoreApplication>

class QWidget;

// The one question an editor asks before it closes over input not yet saved, so that
// Escape, Cancel and the close button never lose what was typed unasked.
class DiscardQuestion final
{
    Q_DECLARE_TR_FUNCTIONS(DiscardQuestion)

public:
    // True when the user agrees to close and lose the input.
    static bool confirm(QWidget *editor);
};
