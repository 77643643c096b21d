#pragma once

#include <QString>
#include <QStringView>

#include <vector>

namespace whosaid::analysis {

// From a lower-case word to its WordClass bits (or to other bits the lexicon keeps by word, such
// as a cue's reporting frames). Asked once per token, so it is a flat table probed by the word's
// hash (WordFolder::hashOf) and small enough to stay in cache: 8-byte slots at most half full
// (64 KB for the English lexicon), with the words themselves in one contiguous pool read only to
// confirm a hit. Only the lexicon's own words are in it; every other word ends at an empty slot,
// nearly always the first or second.
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
        quint32 tag = 0; // high half of the hash, never 0; 0: empty
        quint32 classes = 0;
    };
    struct Word
    {
        quint32 offset; // into m_pool
        quint32 size;
    };

    [[nodiscard]] static quint32 tagOf(quint64 hash) { return quint32(hash >> 32) | 1U; }
    [[nodiscard]] std::size_t find(QStringView lower, quint64 hash) const; // slot or empty slot
    [[nodiscard]] bool sameWord(std::size_t slot, QStringView lower) const;
    void grow();

    std::vector<Slot> m_slots;
    std::vector<qint32> m_wordOfSlot; // parallel to m_slots: index into m_words
    std::vector<quint64> m_hashOfWord;
    std::vector<Word> m_words;
    std::vector<char16_t> m_pool;
    std::size_t m_mask = 0;
};

} // namespace whosaid::analysis
