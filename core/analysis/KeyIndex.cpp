#include "KeyIndex.h"

namespace whosaid::analysis {

void KeyIndex::insert(quint64 key, int value)
{
    if ((m_keys + 1) * 2 > m_slots.size())
        grow();
    Slot &slot = m_slots[find(key)];
    const int link = int(m_links.size());
    m_links.push_back({value, -1});
    if (slot.first < 0) {
        slot = {key, link, link};
        ++m_keys;
    } else {
        m_links[std::size_t(slot.last)].next = link;
        slot.last = link;
    }
}

KeyIndex::Values KeyIndex::values(quint64 key) const
{
    if (m_slots.empty())
        return {nullptr, -1};
    return {m_links.data(), m_slots[find(key)].first};
}

int KeyIndex::last(quint64 key) const
{
    if (m_slots.empty())
        return -1;
    const int link = m_slots[find(key)].last;
    return link < 0 ? -1 : m_links[std::size_t(link)].value;
}

std::size_t KeyIndex::find(quint64 key) const
{
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = (key ^ (key >> 32)) & mask;; i = (i + 1) & mask) {
        const Slot &slot = m_slots[i];
        if (slot.first < 0 || slot.key == key)
            return i;
    }
}

void KeyIndex::grow()
{
    std::vector<Slot> old(m_slots.empty() ? 16 : m_slots.size() * 2);
    old.swap(m_slots);
    for (const Slot &slot : old) {
        if (slot.first >= 0)
            m_slots[find(slot.key)] = slot;
    }
}

} // namespace whosaid::analysis
