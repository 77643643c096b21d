#pragma once

// What every loader promises whatever its input, checked by the fuzz targets: a message or
// text, and text that is paragraphs without white space at either end or empty paragraphs.

#include "formats/Extraction.h"

namespace whosaid::fuzz {

inline void checkExtraction(const formats::Extraction &result)
{
    const QString &text = result.text;
    const bool trimmed = text.isEmpty() || (!text.front().isSpace() && !text.back().isSpace());
    if ((!result.ok() && !text.isEmpty()) || !trimmed || text.contains(u"\n\n\n"))
        __builtin_trap();
}

} // namespace whosaid::fuzz
