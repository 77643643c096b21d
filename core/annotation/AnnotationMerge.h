#pragma once

#include "AnnotationSet.h"
#include "SidecarFile.h"

#include <memory>

namespace whosaid::annotation {

// A fresh analysis with the hand edits of saved annotations on top: what opening an article with
// its sidecar, re-analysing, and restoring a recovery file all do. Hand-made quotes (reviewed,
// edited, added, rejected) are placed again by their anchors and win over any machine quote they
// overlap; edited speakers keep their names, roles and aliases, and the machine's speakers that
// answer to one of their names join them; quotes whose text is gone are kept as unplaced.
class AnnotationMerge final
{
public:
    [[nodiscard]] static std::unique_ptr<AnnotationSet> merge(const analysis::Analysis &fresh,
                                                              const SidecarContents &saved);
};

} // namespace whosaid::annotation
