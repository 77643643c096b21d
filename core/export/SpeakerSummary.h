#pragma once

#include "annotation/AnnotationSet.h"

#include <QList>
#include <QString>

namespace whosaid::exporting {

// What a legend says of each speaker of an AnnotationSet: the speech quotes attributed to them
// and their share of the quoted words. Rejected quotes and scare quotes do not count.
class SpeakerSummary final
{
public:
    struct Entry
    {
        int speaker = -1; // index into the set's roster, -1 for quotes without a speaker
        int quotes = 0;
        int words = 0;
        double share = 0.0; // of all words in speech quotes, 0 to 1
    };

    explicit SpeakerSummary(const annotation::AnnotationSet &set);

    // Speakers with at least one quote, most quoted first (then in roster order); the quotes
    // without a speaker come last, as speaker -1, when there are any.
    [[nodiscard]] const QList<Entry> &entries() const { return m_entries; }
    [[nodiscard]] int totalWords() const { return m_totalWords; }

    // Words: runs of letters or digits.
    [[nodiscard]] static int countWords(QStringView text);
    // "Dana Whitfield" -> "DW"; one word -> its first letter; "?" for none.
    [[nodiscard]] static QString initials(const QString &name);

private:
    QList<Entry> m_entries;
    int m_totalWords = 0;
};

} // namespace whosaid::exporting
