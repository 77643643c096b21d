#include "PhraseList.h"

#include "WordFolder.h"

#include <algorithm>

namespace whosaid::analysis {

void PhraseList::add(const QStringList &words)
{
    if (words.isEmpty())
        return;
    Bucket &bucket = m_byFirstWord[WordFolder::hashOf(words.first())];
    Q_ASSERT(bucket.first.isEmpty() || bucket.first == words.first());
    bucket.first = words.first();
    bucket.phrases.append(words);
    ++m_count;
    m_longest = std::max(m_longest, words.size());
}

void PhraseList::sortLongestFirst()
{
    for (Bucket &bucket : m_byFirstWord) {
        std::stable_sort(
            bucket.phrases.begin(), bucket.phrases.end(),
            [](const QStringList &a, const QStringList &b) { return a.size() > b.size(); });
    }
}

const QList<QStringList> *PhraseList::startingWith(QStringView word) const
{
    const auto it = m_byFirstWord.constFind(WordFolder::hashOf(word));
    return it == m_byFirstWord.cend() || it->first != word ? nullptr : &it->phrases;
}

QList<QString> PhraseList::firstWords() const
{
    QList<QString> words;
    words.reserve(m_byFirstWord.size());
    for (const Bucket &bucket : m_byFirstWord)
        words.append(bucket.first);
    return words;
}

} // namespace whosaid::analysis
