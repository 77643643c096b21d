#include "SpeakerSummary.h"

#include <algorithm>

namespace whosaid::exporting {

using namespace Qt::StringLiterals;

SpeakerSummary::SpeakerSummary(const annotation::AnnotationSet &set)
{
    QList<Entry> bySpeaker(set.speakerCount() + 1); // the last one: no speaker
    for (int i = 0; i < set.speakerCount(); ++i)
        bySpeaker[i].speaker = i;
    Entry &unknown = bySpeaker.last();
    for (const annotation::QuoteRecord &quote : set.quotes()) {
        if (!quote.isSpeech())
            continue;
        const int speaker = set.indexOfSpeaker(quote.speaker);
        Entry &entry = speaker < 0 ? unknown : bySpeaker[speaker];
        const int words = countWords(set.document().view(quote.range));
        ++entry.quotes;
        entry.words += words;
        m_totalWords += words;
    }
    for (Entry &entry : bySpeaker) {
        if (m_totalWords > 0)
            entry.share = double(entry.words) / m_totalWords;
    }
    const Entry last = bySpeaker.takeLast();
    std::copy_if(bySpeaker.cbegin(), bySpeaker.cend(), std::back_inserter(m_entries),
                 [](const Entry &entry) { return entry.quotes > 0; });
    std::stable_sort(m_entries.begin(), m_entries.end(),
                     [](const Entry &l, const Entry &r) { return l.quotes > r.quotes; });
    if (last.quotes > 0)
        m_entries.append(last);
}

int SpeakerSummary::countWords(QStringView text)
{
    int words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const bool letter = c.isLetterOrNumber();
        if (letter && !inWord)
            ++words;
        inWord = letter;
    }
    return words;
}

QString SpeakerSummary::initials(const QString &name)
{
    const QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return u"?"_s;
    // The first character of a word, both halves when it is a surrogate pair.
    const auto first = [](const QString &word) {
        return word.left(word.front().isHighSurrogate() && word.size() > 1 ? 2 : 1);
    };
    QString result = first(words.first());
    if (words.size() > 1)
        result += first(words.last());
    return result.toUpper();
}

} // namespace whosaid::exporting
