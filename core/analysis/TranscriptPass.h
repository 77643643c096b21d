#pragma once

#include "Pass.h"

namespace whosaid::analysis {

// Unmarked transcripts: a short paragraph announcing someone's words in full ("Below is the
// full transcript of President Putin's statement.") makes the paragraphs after it, up to a
// byline, a heading or the end, one `block` quote of that speaker. Quotations inside keep their
// own speakers; reported speech found inside is part of the block.
class TranscriptPass final : public Pass
{
public:
    [[nodiscard]] const char *name() const override { return "transcripts"; }
    void run(Analysis &analysis) const override;
};

} // namespace whosaid::analysis
