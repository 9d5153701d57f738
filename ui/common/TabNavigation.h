#pragma once

#include <QObject>

// Tab moves between controls. Qt's item views take Tab for moving between their own
// cells, so keyboard users were caught in every table; this gives it back to the
// window, for every view any page or dialog makes. Arrow keys still move in a table.
class TabNavigation final : public QObject
{
    Q_OBJECT

public:
    // Once per application; later calls do nothing.
    static void install();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};
