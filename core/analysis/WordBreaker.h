#pragma once

#include <QString>

#include <vector>

namespace whosaid::analysis {

// The words and punctuation of a text as ICU's word break iterator finds them (UAX #29, root
// rules), white space left out. Runs of ASCII letters, digits and common punctuation (curly quotes
// and dashes included) are split by the same rules in a tight loop; only the rest goes through
// ICU, which for English news is a few runs in a hundred.
class WordBreaker final
{
public:
    struct Piece
    {
        int32_t start;
        int32_t end;
        bool word; // letters or digits, not punctuation
        friend bool operator==(Piece, Piece) = default;
    };

    // Replaces out with the pieces of text; false on an ICU error.
    static bool split(const QString &text, std::vector<Piece> &out);
    // The same from ICU alone: what split() must equal (tests and fuzzing check it).
    static bool splitWithIcu(const QString &text, std::vector<Piece> &out);
};

} // namespace whosaid::analysis
