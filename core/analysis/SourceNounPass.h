#pragma once

#include "Pass.h"

namespace whosaid::analysis {

// Gives the noun of a source phrase a mention where no name or role stands there ("according
// to figures released on Friday", "laut dem Bericht", "ersten Angaben zufolge"): the report,
// tally or statement that reported content comes from is its source, and so a speaker of the
// roster, as an organisation is. Runs right after MentionPass, before anything counts mentions.
class SourceNounPass final : public Pass
{
public:
    [[nodiscard]] const char *name() const override { return "source nouns"; }
    void run(Analysis &analysis) const override;
};

} // namespace whosaid::analysis
