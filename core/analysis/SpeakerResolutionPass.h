#pragma once

#include "Pass.h"

namespace whosaid::analysis {

// Turns mentions into speakers: clusters names (Donald Trump = Trump = Mr Trump = President
// Trump), merges strong spelling variants (Zelensky / Zelenskiy), resolves role phrases ("the
// president") to the person holding the role in the article and pronouns to the nearest
// agreeing antecedent, then lists the speakers of the quotes with their aliases and roles.
class SpeakerResolutionPass final : public Pass
{
public:
    [[nodiscard]] const char *name() const override { return "speaker resolution"; }
    void run(Analysis &analysis) const override;
};

} // namespace whosaid::analysis
