#pragma once

#include <QString>

#include <vector>

namespace whosaid::analysis {

// The sentence boundaries of a text as ICU's sentence break iterator finds them (UAX #29 with
// the root rules, no abbreviation suppressions). A boundary can only fall after a paragraph
// separator or after a full stop, question or exclamation mark and the closing marks and spaces
// after it; the rules SB6–SB11 decide those few places in a loop that reads each character once,
// with the characters' Sentence_Break classes from ICU. A text with combining marks, format
// characters or characters beyond the BMP, which the rules see through, goes to ICU whole.
class SentenceBreaker final
{
public:
    // Replaces ends with the boundaries after position 0, in order, the text's end last (as
    // ubrk_next() gives them); false on an ICU error.
    static bool split(const QString &text, std::vector<int32_t> &ends);
    // The same from ICU alone: what split() must equal (tests and fuzzing check it).
    static bool splitWithIcu(const QString &text, std::vector<int32_t> &ends);
};

} // namespace whosaid::analysis
