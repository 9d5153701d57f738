#include "FocusedDoubleSpinBox.h"

#include <QWheelEvent>

FocusedDoubleSpinBox::FocusedDoubleSpinBox(QWidget *parent)
    : QDoubleSpinBox(parent)
{
    setFocusPolicy(Qt::StrongFocus); // not Qt::WheelFocus: a wheel turn does not take the focus
}

void FocusedDoubleSpinBox::wheelEvent(QWheelEvent *event)
{
    if (hasFocus())
        QDoubleSpinBox::wheelEvent(event);
    else
        event->ignore(); // the scroll area behind it scrolls instead
}
