#include "PhraseList.h"

#include <algorithm>

namespace whosaid::analysis {

void PhraseList::add(const QStringList &words)
{
    if (words.isEmpty())
        return;
    m_byFirstWord[words.first()].append(words);
    ++m_count;
    m_longest = std::max(m_longest, words.size());
}

void PhraseList::sortLongestFirst()
{
    for (auto &phrases : m_byFirstWord) {
        std::stable_sort(
            phrases.begin(), phrases.end(),
            [](const QStringList &a, const QStringList &b) { return a.size() > b.size(); });
    }
}

const QList<QStringList> *PhraseList::startingWith(const QString &word) const
{
    const auto it = m_byFirstWord.constFind(word);
    return it == m_byFirstWord.cend() ? nullptr : &it.value();
}

} // namespace whosaid::analysis
