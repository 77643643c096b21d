#pragma once

#include "Pass.h"

namespace whosaid::analysis {

// Gives quotes without a cue the speaker they continue: the other parts of their utterance
// (a multi-paragraph quote), the quote before them in the same paragraph, a paragraph that
// introduced them with a colon ("Scott added:"), or the quote of the paragraph before ("floating"
// quotes, which news writers use for long speeches).
class ContinuationPass final : public Pass
{
public:
    [[nodiscard]] const char *name() const override { return "continuation"; }
    void run(Analysis &analysis) const override;
};

} // namespace whosaid::analysis
