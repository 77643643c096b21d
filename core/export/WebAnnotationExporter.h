#pragma once

#include "ExportOptions.h"
#include "annotation/AnnotationSet.h"

#include <QUuid>

namespace whosaid::exporting {

// The quotes as W3C Web Annotations (JSON-LD): an AnnotationCollection whose first page holds one
// Annotation per quote (rejected ones left out). The body names the speaker (a TextualBody with
// purpose "identifying"); the target is the article with a TextQuoteSelector (exact, prefix,
// suffix) and a TextPositionSelector (code points). What the model has no term for (kind, review
// state, hand edits, confidence, cue) is in "whosaid:" properties. Read back by
// WebAnnotationImporter.
class WebAnnotationExporter final
{
public:
    static constexpr QStringView Context = u"http://www.w3.org/ns/anno.jsonld";
    // The vocabulary of the whosaid: properties.
    static constexpr QStringView Vocabulary = u"urn:whosaid:terms#";
    // Annotation ids are name-based UUIDs in this namespace: the same article and quote give the
    // same id in every export.
    static constexpr QUuid IdNamespace{0x5e0c2d6a, 0x8f1b, 0x4c3e, 0x9a, 0x7d, 0x2b,
                                       0x61,       0xe4,   0x0f,   0x93, 0xc8};

    [[nodiscard]] static ExportResult exportSet(const annotation::AnnotationSet &set,
                                                const ExportOptions &options);
};

} // namespace whosaid::exporting
