#include "WordClassTable.h"

#include "WordFolder.h"

#include <cstring>

namespace whosaid::analysis {

namespace {

// Inline, unlike QStringView's operator==, which is a call into Qt for every hit.
bool sameWord(const QString &word, QStringView lower)
{
    return word.size() == lower.size()
        && std::memcmp(word.constData(), lower.data(), std::size_t(lower.size()) * sizeof(QChar))
        == 0;
}

} // namespace

void WordClassTable::insert(const QString &lower, quint32 classes)
{
    if ((m_words.size() + 1) * 4 > m_slots.size())
        grow(); // a quarter full at most: a miss ends at the first slot almost always
    const quint64 hash = WordFolder::hashOf(lower);
    for (std::size_t i = hash & m_mask;; i = (i + 1) & m_mask) {
        Slot &slot = m_slots[i];
        if (slot.word < 0)
            break;
        if (slot.hash == hash && m_words[std::size_t(slot.word)] == lower) {
            slot.classes |= classes;
            return;
        }
    }
    m_words.push_back(lower);
    place({hash, qint32(m_words.size() - 1), classes});
}

quint32 WordClassTable::classesOf(QStringView lower, quint64 hash) const
{
    if (m_slots.empty())
        return 0;
    for (std::size_t i = hash & m_mask;; i = (i + 1) & m_mask) {
        const Slot &slot = m_slots[i];
        if (slot.word < 0)
            return 0;
        if (slot.hash == hash && sameWord(m_words[std::size_t(slot.word)], lower))
            return slot.classes;
    }
}

quint32 WordClassTable::classesOf(QStringView lower) const
{
    return classesOf(lower, WordFolder::hashOf(lower));
}

void WordClassTable::place(const Slot &slot)
{
    std::size_t i = slot.hash & m_mask;
    while (m_slots[i].word >= 0)
        i = (i + 1) & m_mask;
    m_slots[i] = slot;
}

void WordClassTable::grow()
{
    const std::vector<Slot> old = std::move(m_slots);
    const std::size_t capacity = old.empty() ? 1024 : old.size() * 2;
    m_slots.assign(capacity, Slot{});
    m_mask = capacity - 1;
    for (const Slot &slot : old) {
        if (slot.word >= 0)
            place(slot);
    }
}

} // namespace whosaid::analysis
