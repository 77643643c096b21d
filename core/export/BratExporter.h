#pragma once

#include "ExportOptions.h"
#include "annotation/AnnotationSet.h"

namespace whosaid::exporting {

// brat standoff: the article text (.txt) and its annotations (.ann), offsets in code points.
// Text-bound annotations: each quote (rejected ones left out) as a Quotation, each speaker mention
// as a Speaker and each cue as a Cue; relations SpokenBy (quote to speaker mention) and
// IntroducedBy (quote to cue); attributes Kind and Review on the quotes; the speaker's name,
// role, id and the confidence in an AnnotatorNotes comment. A span across a line break is split
// into fragments there (brat's discontinuous spans), its text the fragments joined by a space.
// annotation.conf and visual.conf declare these types for a brat collection.
class BratExporter final
{
public:
    [[nodiscard]] static ExportResult exportSet(const annotation::AnnotationSet &set,
                                                const ExportOptions &options);
    // The collection's configuration, to put beside the .ann files.
    [[nodiscard]] static QByteArray annotationConf();
    [[nodiscard]] static QByteArray visualConf();
};

} // namespace whosaid::exporting
