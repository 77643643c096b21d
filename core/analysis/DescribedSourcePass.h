#pragma once

#include "Pass.h"

namespace whosaid::analysis {

// Gives a mention to a source that is described rather than named, where no name or role
// stands: the noun phrase of a source phrase ("according to figures released on Friday", "laut
// dem Bericht", "ersten Angaben zufolge"), an organisation-like source; and the noun phrase
// next to a cue right after a quotation ("“…,” the organizer told them", "“…,” said one New
// Hampshire Democrat"), a person described by it. Both become speakers of the roster. Runs right
// after MentionPass, before anything counts mentions.
class DescribedSourcePass final : public Pass
{
public:
    [[nodiscard]] const char *name() const override { return "described sources"; }
    void run(Analysis &analysis) const override;
};

} // namespace whosaid::analysis
