#pragma once

#include "Extraction.h"

#include <QByteArray>

namespace whosaid::formats {

// Markdown (.md, .markdown) parsed with cmark and written as the text a reader sees: no markup,
// one paragraph per block, images and raw HTML left out. The first top-level heading is the title.
class MarkdownLoader final
{
public:
    [[nodiscard]] static Extraction load(const QByteArray &utf8);
};

} // namespace whosaid::formats
