#pragma once

#include <gumbo.h>

namespace whosaid::formats {

class BoilerplateFilter;
class ParagraphBuilder;

// Writes the text below an HTML element as paragraphs: each block element (<p>, headings,
// <blockquote>, list items, …) its own, <br> a line break, and <q> wrapped in “…” so that the
// analysis sees the quotation marks the browser would have drawn.
class HtmlTextWriter final
{
public:
    static void write(const GumboNode *container, const BoilerplateFilter &filter,
                      ParagraphBuilder &out);
    // Elements that start and end a paragraph.
    [[nodiscard]] static bool isBlock(GumboTag tag);
};

} // namespace whosaid::formats
