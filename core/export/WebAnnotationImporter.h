#pragma once

#include "Importer.h"

#include <QJsonValue>

namespace whosaid::exporting {

// W3C Web Annotations back into annotations: Whosaid's own export (WebAnnotationExporter) with its
// whosaid: properties, or annotations made elsewhere, whose quotes count as accepted, whose
// speaker is the value of the (first identifying or textual) body, and whose kind is direct.
class WebAnnotationImporter final
{
public:
    // root: an AnnotationCollection (with "first" or "items"), an AnnotationPage, an array of
    // annotations or one annotation.
    [[nodiscard]] static ImportResult read(const QJsonValue &root,
                                           const document::Document &article);
};

} // namespace whosaid::exporting
