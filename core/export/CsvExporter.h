#pragma once

#include "ExportOptions.h"
#include "annotation/AnnotationSet.h"

namespace whosaid::exporting {

// One row per quote (rejected ones left out), RFC 4180: a header row, CRLF line ends, fields
// with a comma, quote or line break in double quotes, UTF-8. Offsets are code points.
// Columns: document, quote, speaker, role, kind, confidence, review, start, end, cue,
// speaker_id, edits.
class CsvExporter final
{
public:
    [[nodiscard]] static ExportResult exportSet(const annotation::AnnotationSet &set,
                                                const ExportOptions &options);
    // One field as RFC 4180 wants it.
    [[nodiscard]] static QString field(const QString &value, bool spreadsheet = false);
};

} // namespace whosaid::exporting
