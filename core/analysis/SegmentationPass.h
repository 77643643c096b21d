#pragma once

#include "Pass.h"

namespace whosaid::analysis {

// Sentences and tokens (words and punctuation) with ICU break iterators, paragraph by
// paragraph, so no sentence runs across a paragraph break.
class SegmentationPass final : public Pass
{
public:
    [[nodiscard]] const char *name() const override { return "segmentation"; }
    void run(Analysis &analysis) const override;
};

} // namespace whosaid::analysis
