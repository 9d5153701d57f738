#pragma once

#include <QStringList>

class QWidget;

// What an editor's fields hold at one moment: texts, choices, ticks and table cells,
// passwords left out. Taken when the editor opens and compared when it closes, it tells
// whether the user entered anything, whatever the editor's fields are.
class InputSnapshot final
{
public:
    InputSnapshot() = default;
    explicit InputSnapshot(const QWidget *editor);

    bool operator==(const InputSnapshot &other) const { return m_values == other.m_values; }
    bool operator!=(const InputSnapshot &other) const { return m_values != other.m_values; }

private:
    QStringList m_values;
};
