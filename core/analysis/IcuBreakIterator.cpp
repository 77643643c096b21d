#include "IcuBreakIterator.h"

#include <memory>

namespace whosaid::analysis {

namespace {

struct BreakIteratorCloser
{
    void operator()(UBreakIterator *it) const { ubrk_close(it); }
};
using BreakIterator = std::unique_ptr<UBreakIterator, BreakIteratorCloser>;

} // namespace

UBreakIterator *IcuBreakIterator::shared(UBreakIteratorType type)
{
    thread_local BreakIterator sentences;
    thread_local BreakIterator words;
    BreakIterator &slot = type == UBRK_SENTENCE ? sentences : words;
    if (!slot) {
        UErrorCode status = U_ZERO_ERROR;
        // The root rules: breaks after abbreviations ("Mr.", "U.S.") are undone from the
        // lexicon's abbreviations (SegmentationPass), which costs less than ICU's filter.
        slot.reset(ubrk_open(type, "", nullptr, 0, &status));
        Q_ASSERT(U_SUCCESS(status));
    }
    return slot.get();
}

bool IcuBreakIterator::setText(UBreakIterator *it, const QString &text, document::TextRange range)
{
    UErrorCode status = U_ZERO_ERROR;
    ubrk_setText(it, reinterpret_cast<const UChar *>(text.constData()) + range.start,
                 static_cast<int32_t>(range.length()), &status);
    return U_SUCCESS(status);
}

} // namespace whosaid::analysis
