#pragma once

#include <QHash>
#include <QList>
#include <QStringList>

namespace whosaid::analysis {

// Multi-word entries of a lexicon ("prime minister", "according to"), indexed by their first
// word so that matching at a token costs one hash lookup, whatever the size of the list.
class PhraseList final
{
public:
    void add(const QStringList &words);
    void sortLongestFirst();

    // The phrases starting with this (lower-case) word, longest first; null when none.
    [[nodiscard]] const QList<QStringList> *startingWith(QStringView word) const;
    [[nodiscard]] qsizetype size() const { return m_count; }
    [[nodiscard]] QList<QString> firstWords() const;
    [[nodiscard]] qsizetype longest() const { return m_longest; }

    // Length in words of the longest phrase matching the words from `first` (wordAt(i) gives
    // the lower-case word at i, for i < limit), or 0.
    template<typename WordAt>
    [[nodiscard]] qsizetype matchAt(qsizetype first, qsizetype limit, WordAt wordAt) const
    {
        if (first >= limit)
            return 0;
        const QList<QStringList> *candidates = startingWith(wordAt(first));
        if (!candidates)
            return 0;
        for (const QStringList &phrase : *candidates) {
            if (first + phrase.size() > limit)
                continue;
            bool match = true;
            for (qsizetype w = 1; w < phrase.size() && match; ++w)
                match = wordAt(first + w) == phrase.at(w);
            if (match)
                return phrase.size();
        }
        return 0;
    }

private:
    struct Bucket
    {
        QString first;
        QList<QStringList> phrases;
    };
    // Keyed by WordFolder::hashOf(first word): a lookup neither copies nor hashes a QString.
    QHash<quint64, Bucket> m_byFirstWord;
    qsizetype m_count = 0;
    qsizetype m_longest = 0;
};

} // namespace whosaid::analysis
