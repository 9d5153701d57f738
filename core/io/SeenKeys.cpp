#include "SeenKeys.h"

#include <QHashFunctions>

#include <algorithm>

int SeenKeys::firstRow(QStringView key, int row)
{
    // At most half full, so a probe ends soon.
    if (size_t(m_count + 1) * 2 > m_slots.size())
        grow();
    const size_t hash = qHash(key);
    const size_t mask = m_slots.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        Slot &slot = m_slots[i];
        if (slot.row == 0) {
            slot = {hash, qsizetype(m_chars.size()), int(key.size()), row};
            m_chars.insert(m_chars.end(), key.utf16(), key.utf16() + key.size());
            ++m_count;
            return 0;
        }
        if (slot.hash == hash && slot.length == key.size()
            && std::equal(key.utf16(), key.utf16() + key.size(), m_chars.data() + slot.offset))
            return slot.row;
    }
}

void SeenKeys::grow()
{
    const size_t capacity = std::max<size_t>(64, m_slots.size() * 2);
    std::vector<Slot> old = std::exchange(m_slots, std::vector<Slot>(capacity));
    const size_t mask = m_slots.size() - 1;
    for (const Slot &slot : old) {
        if (slot.row == 0)
            continue;
        size_t i = slot.hash & mask;
        while (m_slots[i].row != 0)
            i = (i + 1) & mask;
        m_slots[i] = slot;
    }
}
