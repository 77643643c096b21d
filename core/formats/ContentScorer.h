#pragma once

#include <gumbo.h>

namespace whosaid::formats {

class BoilerplateFilter;

// Finds the element holding the article on a web page by text density: every paragraph scores
// its text less its link text, for its parent in full and its grandparent by half (the
// Readability approach); the best-scoring element wins, widened to its parent when its
// siblings score too (an article split by an ad slot).
class ContentScorer final
{
public:
    // The element to extract, or body when no paragraph has enough text.
    [[nodiscard]] static const GumboNode *mainContent(const GumboNode *body,
                                                      const BoilerplateFilter &filter);
};

} // namespace whosaid::formats
