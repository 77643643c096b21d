#pragma once

#include "Annotation.h"

#include <QString>

#include <optional>

namespace whosaid::annotation {

// How a quote is found again in its article, as a W3C TextQuoteSelector plus a
// TextPositionSelector: the quoted text with a little context on each side, and where it was.
struct QuoteAnchor
{
    static constexpr qsizetype ContextLength = 32; // characters of context kept on each side

    QString exact;
    QString prefix;
    QString suffix;
    qsizetype start = 0; // code points, where the quote was when the anchor was taken
    qsizetype end = 0;

    // The anchor of range in document.
    [[nodiscard]] static QuoteAnchor of(const Document &document, TextRange range);
    // Where the quote is in document now: at its old position when the text there is unchanged,
    // else the occurrence of the exact text whose context and position fit best; nothing when
    // the text is gone.
    [[nodiscard]] std::optional<TextRange> placeIn(const Document &document) const;

    friend bool operator==(const QuoteAnchor &, const QuoteAnchor &) = default;
};

// A hand-made quote whose text could not be found in the article any more: kept, shown to the
// user, and written back to the sidecar, never dropped silently.
struct UnplacedQuote
{
    QuoteRecord record;
    QuoteAnchor anchor;

    friend bool operator==(const UnplacedQuote &, const UnplacedQuote &) = default;
};

} // namespace whosaid::annotation
