// libFuzzer target: the fast paths of the word and sentence breakers must split any text (the
// bytes read as UTF-16, so that lone surrogates and every BMP character occur) exactly as ICU does.

#include "analysis/SentenceBreaker.h"
#include "analysis/WordBreaker.h"

#include <QString>

#include <cstddef>
#include <cstdint>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using whosaid::analysis::SentenceBreaker;
    using whosaid::analysis::WordBreaker;
    const QString text(reinterpret_cast<const QChar *>(data), qsizetype(size / 2));
    std::vector<WordBreaker::Piece> fastWords;
    std::vector<WordBreaker::Piece> icuWords;
    if (WordBreaker::split(text, fastWords) != WordBreaker::splitWithIcu(text, icuWords)
        || fastWords != icuWords)
        __builtin_trap();
    std::vector<int32_t> fastEnds;
    std::vector<int32_t> icuEnds;
    if (SentenceBreaker::split(text, fastEnds) != SentenceBreaker::splitWithIcu(text, icuEnds)
        || fastEnds != icuEnds)
        __builtin_trap();
    return 0;
}
