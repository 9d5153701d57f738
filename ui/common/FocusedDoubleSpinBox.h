#pragma once

#include <QDoubleSpinBox>

// A spin box that takes the mouse wheel only once it has the focus (clicked or tabbed
// into): scrolling down a long form never changes a value on the way.
class FocusedDoubleSpinBox final : public QDoubleSpinBox
{
    Q_OBJECT

public:
    explicit FocusedDoubleSpinBox(QWidget *parent = nullptr);

protected:
    void wheelEvent(QWheelEvent *event) override;
};
