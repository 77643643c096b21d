#pragma once

#include "Pass.h"

namespace whosaid::analysis {

// Finds who could speak, outside quotations: person names (capitalised, name-shaped runs with
// their titles: "Russian President Vladimir Putin"), organisations and places ("the Kremlin",
// "Ukraine"), role phrases ("a Kremlin spokesman", "the president") and subject pronouns.
// No statistical model: the lexicons plus the article's own capitalisation of each word.
class MentionPass final : public Pass
{
public:
    [[nodiscard]] const char *name() const override { return "mentions"; }
    void run(Analysis &analysis) const override;
};

} // namespace whosaid::analysis
