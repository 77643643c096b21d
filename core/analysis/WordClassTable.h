#pragma once

#include <QString>
#include <QStringView>

#include <vector>

namespace whosaid::analysis {

// From a lower-case word to its WordClass bits. Asked once per token, so it is a flat table
// probed by the word's hash (WordFolder::hashOf), small enough to stay in cache: only the
// lexicon's own words are in it, and every other word finds an empty slot.
class WordClassTable final
{
public:
    void insert(const QString &lower, quint32 classes);
    [[nodiscard]] quint32 classesOf(QStringView lower, quint64 hash) const;
    [[nodiscard]] quint32 classesOf(QStringView lower) const;
    [[nodiscard]] qsizetype size() const { return qsizetype(m_words.size()); }

private:
    struct Slot
    {
        quint64 hash = 0;
        qint32 word = -1; // index into m_words; -1: empty
        quint32 classes = 0;
    };

    void place(const Slot &slot);
    void grow();

    std::vector<Slot> m_slots;
    std::vector<QString> m_words;
    std::size_t m_mask = 0;
};

} // namespace whosaid::analysis
