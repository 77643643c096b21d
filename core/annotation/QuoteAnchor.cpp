#include "QuoteAnchor.h"

namespace whosaid::annotation {

namespace {

// Characters of context that agree: the end of the expected prefix against the text before the
// occurrence, the start of the expected suffix against the text after it.
qsizetype contextScore(const QString &text, qsizetype start, qsizetype end, const QString &prefix,
                       const QString &suffix)
{
    qsizetype score = 0;
    for (qsizetype i = 1; i <= prefix.size() && start - i >= 0; ++i) {
        if (text.at(start - i) != prefix.at(prefix.size() - i))
            break;
        ++score;
    }
    for (qsizetype i = 0; i < suffix.size() && end + i < text.size(); ++i) {
        if (text.at(end + i) != suffix.at(i))
            break;
        ++score;
    }
    return score;
}

} // namespace

QuoteAnchor QuoteAnchor::of(const Document &document, TextRange range)
{
    const QString &text = document.text();
    QuoteAnchor anchor;
    anchor.exact = document.view(range).toString();
    const qsizetype before = std::max<qsizetype>(0, range.start - ContextLength);
    anchor.prefix = text.mid(before, range.start - before);
    anchor.suffix = text.mid(range.end, ContextLength);
    anchor.start = document.codePointOffset(range.start);
    anchor.end = document.codePointOffset(range.end);
    return anchor;
}

std::optional<TextRange> QuoteAnchor::placeIn(const Document &document) const
{
    const QString &text = document.text();
    if (exact.isEmpty())
        return std::nullopt;
    const qsizetype oldStart = document.utf16Offset(std::min(start, document.codePointLength()));
    if (QStringView(text).mid(oldStart, exact.size()) == exact)
        return TextRange{oldStart, oldStart + exact.size()};
    // The text moved: of all places where it occurs, the one with the most context in common,
    // then the nearest to where it was.
    std::optional<TextRange> best;
    qsizetype bestScore = -1;
    qsizetype bestDistance = 0;
    for (qsizetype at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
        const qsizetype score = contextScore(text, at, at + exact.size(), prefix, suffix);
        const qsizetype distance = qAbs(at - oldStart);
        if (score > bestScore || (score == bestScore && distance < bestDistance)) {
            best = TextRange{at, at + exact.size()};
            bestScore = score;
            bestDistance = distance;
        }
    }
    return best;
}

} // namespace whosaid::annotation
