#pragma once

#include "ExportOptions.h"
#include "annotation/AnnotationSet.h"

namespace whosaid::exporting {

// The annotations as the JSON of `whosaid-cli analyze --format json` (code point offsets, quotes
// with text, kind, speaker, confidence, mention, cue, utterance and reason, the roster, the
// text), plus what people decided: each quote's review state and hand edits, each speaker's
// edited flag, and the quotes whose text was lost. Rejected quotes stay in, marked "rejected",
// so that importing the file keeps them rejected. Read back by JsonImporter.
class AnnotationJsonExporter final
{
public:
    static constexpr QStringView Format = u"whosaid-export";
    static constexpr int Version = 1;

    [[nodiscard]] static ExportResult exportSet(const annotation::AnnotationSet &set,
                                                const ExportOptions &options);
};

} // namespace whosaid::exporting
