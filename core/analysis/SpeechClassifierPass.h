#pragma once

#include "Pass.h"

namespace whosaid::analysis {

// Tells speech from mention for each quotation: scare quotes, titles and names of things
// ('point of no return', “Fox News Sunday”) are mentions. The evidence is structural: a cue
// next to the quote, its length, whether it is a clause that ends in punctuation, whether it
// opens its paragraph, title case, and what stands right before it (a determiner, "so-called").
class SpeechClassifierPass final : public Pass
{
public:
    [[nodiscard]] const char *name() const override { return "speech or mention"; }
    void run(Analysis &analysis) const override;
};

} // namespace whosaid::analysis
