#pragma once

#include "ExportOptions.h"
#include "annotation/AnnotationSet.h"

namespace whosaid::exporting {

// The annotated article as one self-contained HTML5 page to share: inline CSS, no script, no
// external resources. A header (title, source, export date, Whosaid version), the legend of
// speakers (colour, initials, name, role, quotes, share of the quoted words), the article with
// each quote in a <mark> that carries its speaker, kind, confidence and review state, and the
// quotes grouped by speaker with links back to their place. Rejected quotes are left out.
class HtmlExporter final
{
public:
    // Attributions below this are shown as uncertain (paler, outlined badge with a "?").
    static constexpr double LowConfidence = 0.5;

    [[nodiscard]] static ExportResult exportSet(const annotation::AnnotationSet &set,
                                                const ExportOptions &options);
    [[nodiscard]] static QString toHtml(const annotation::AnnotationSet &set,
                                        const ExportOptions &options);
};

} // namespace whosaid::exporting
