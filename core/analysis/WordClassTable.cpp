#include "WordClassTable.h"

#include "WordFolder.h"

#include <cstring>

namespace whosaid::analysis {

void WordClassTable::insert(const QString &lower, quint32 classes)
{
    if ((m_words.size() + 1) * 2 > m_slots.size())
        grow();
    const quint64 hash = WordFolder::hashOf(lower);
    const std::size_t i = find(lower, hash);
    if (m_slots[i].tag != 0) {
        m_slots[i].classes |= classes;
        return;
    }
    m_slots[i] = {tagOf(hash), classes};
    m_wordOfSlot[i] = qint32(m_words.size());
    m_words.push_back({quint32(m_pool.size()), quint32(lower.size())});
    m_hashOfWord.push_back(hash);
    const auto *units = reinterpret_cast<const char16_t *>(lower.constData());
    m_pool.insert(m_pool.end(), units, units + lower.size());
}

quint32 WordClassTable::classesOf(QStringView lower, quint64 hash) const
{
    if (m_slots.empty())
        return 0;
    return m_slots[find(lower, hash)].classes; // an empty slot has no classes
}

quint32 WordClassTable::classesOf(QStringView lower) const
{
    return classesOf(lower, WordFolder::hashOf(lower));
}

std::size_t WordClassTable::find(QStringView lower, quint64 hash) const
{
    const quint32 tag = tagOf(hash);
    for (std::size_t i = hash & m_mask;; i = (i + 1) & m_mask) {
        const Slot &slot = m_slots[i];
        if (slot.tag == 0 || (slot.tag == tag && sameWord(i, lower)))
            return i;
    }
}

bool WordClassTable::sameWord(std::size_t slot, QStringView lower) const
{
    const Word &word = m_words[std::size_t(m_wordOfSlot[slot])];
    return word.size == std::size_t(lower.size())
        && std::memcmp(m_pool.data() + word.offset, lower.utf16(), word.size * sizeof(char16_t))
        == 0;
}

void WordClassTable::grow()
{
    const std::vector<Slot> old = std::move(m_slots);
    const std::vector<qint32> oldWords = std::move(m_wordOfSlot);
    const std::size_t capacity = old.empty() ? 1024 : old.size() * 2;
    m_slots.assign(capacity, Slot{});
    m_wordOfSlot.assign(capacity, -1);
    m_mask = capacity - 1;
    for (std::size_t k = 0; k < old.size(); ++k) {
        if (old[k].tag == 0)
            continue;
        const quint64 hash = m_hashOfWord[std::size_t(oldWords[k])];
        std::size_t i = hash & m_mask;
        while (m_slots[i].tag != 0)
            i = (i + 1) & m_mask;
        m_slots[i] = old[k];
        m_wordOfSlot[i] = oldWords[k];
    }
}

} // namespace whosaid::analysis
