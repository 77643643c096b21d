#pragma once

#include "Pass.h"

namespace whosaid::analysis {

// Finds, for each quotation, the cue and the mention of its speaker in the text around it:
// “…,” Mr Trump said / “…,” said the mayor / Hugh Hill, a doctor, said: “…” / “…” —Name /
// a colon introduction / a cue elsewhere in the sentence. Split quotes (“A,” he said, “B.”) and
// the paragraphs of one multi-paragraph quote become one utterance. Mentions are linked here;
// turning them into speakers is the resolution pass's work.
class AttributionPass final : public Pass
{
public:
    [[nodiscard]] const char *name() const override { return "attribution"; }
    void run(Analysis &analysis) const override;
};

} // namespace whosaid::analysis
