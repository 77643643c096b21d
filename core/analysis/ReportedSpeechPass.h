#pragma once

#include "Pass.h"

namespace whosaid::analysis {

// Reported speech: what someone said, told or urged without quotation marks ("Mr Hill said
// the bridge would open in May"), after its cue and the verb's frame from the lexicon, or
// before it ("The bridge opens in May, the mayor said"), or with "according to". The content
// is an `indirect` quote, or `mixed` when a quoted fragment lies inside it.
class ReportedSpeechPass final : public Pass
{
public:
    [[nodiscard]] const char *name() const override { return "reported speech"; }
    void run(Analysis &analysis) const override;
};

} // namespace whosaid::analysis
