#pragma once

#include <QStringView>

#include <vector>

// The key of every row an import has read, with the row it first appeared on, so a
// second row with the same key can name the first. One flat table and one buffer of
// characters for all keys, instead of a hash node and a string allocated per row: in
// a million-row roster the per-row allocations of a QHash<QString, int> were a quarter
// of the reading thread's time.
class SeenKeys final
{
public:
    // The row `key` first appeared on, or 0 if it is new; a new key is remembered with `row`
    // (which must be > 0).
    int firstRow(QStringView key, int row);
    qsizetype size() const { return m_count; }

private:
    struct Slot
    {
        size_t hash = 0;
        qsizetype offset = 0; // into m_chars
        int length = 0;
        int row = 0; // 0: the slot is free
    };

    void grow();

    std::vector<Slot> m_slots;
    std::vector<char16_t> m_chars;
    qsizetype m_count = 0;
};
