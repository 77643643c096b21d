#pragma once

#include "Pass.h"

namespace whosaid::analysis {

// Pairs quotation marks into quotes. Marks of one family ("“”„ or ‘’‚') pair with each
// other, the direction read from the context rather than the glyph, so German „…“, Swedish
// ”…” and mixed curly/straight pairs all work. Apostrophes are told apart by context; an
// open mark left at a paragraph end either runs on into the next paragraph (the news
// convention) or is closed at the sentence or paragraph end, never swallowing the article.
// Sentences are merged so that no quote crosses a sentence boundary.
class QuoteMarkPass final : public Pass
{
public:
    [[nodiscard]] const char *name() const override { return "quote marks"; }
    void run(Analysis &analysis) const override;
};

} // namespace whosaid::analysis
